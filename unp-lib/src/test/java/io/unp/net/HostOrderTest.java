package io.unp.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** HostOrder writes and reads the bytes a native-order ByteBuffer does, at any offset. */
class HostOrderTest {
    private static ByteBuffer host(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
    }

    @Example
    void anIntOnThisLittleEndianHostHasItsLowByteFirst() {
        assertEquals(ByteOrder.LITTLE_ENDIAN, ByteOrder.nativeOrder(), "these expectations are for x86_64");
        byte[] b = new byte[6];
        HostOrder.i32(b, 1, 0x11223344);
        assertArrayEquals(new byte[] {0, 0x44, 0x33, 0x22, 0x11, 0}, b);
        assertEquals(0x11223344, HostOrder.i32(b, 1));
    }

    @Property
    void i32IsTheNativeOrderInt(@ForAll int v, @ForAll @IntRange(min = 0, max = 12) int off) {
        byte[] b = new byte[16];
        HostOrder.i32(b, off, v);
        assertEquals(v, host(b).getInt(off));
        assertEquals(v, HostOrder.i32(b, off));
    }

    @Property
    void i64IsTheNativeOrderLong(@ForAll long v, @ForAll @IntRange(min = 0, max = 8) int off) {
        byte[] b = new byte[16];
        HostOrder.i64(b, off, v);
        assertEquals(v, host(b).getLong(off));
        assertEquals(v, HostOrder.i64(b, off));
    }

    @Property
    void u16IsTheNativeOrderShortUnsigned(@ForAll @IntRange(min = 0, max = 65535) int v,
            @ForAll @IntRange(min = 0, max = 14) int off) {
        byte[] b = new byte[16];
        HostOrder.u16(b, off, v);
        assertEquals((short) v, host(b).getShort(off));
        assertEquals(v, HostOrder.u16(b, off));
    }

    @Example
    void aFieldPastTheEndOfTheArrayIsAnIndexErrorAndWritesNothing() {
        assertThrows(IndexOutOfBoundsException.class, () -> HostOrder.i32(new byte[4], 1));
        byte[] eight = {1, 2, 3, 4, 5, 6, 7, 8};
        assertThrows(IndexOutOfBoundsException.class, () -> HostOrder.i64(eight, 1, 0));
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, eight, "a store that does not fit writes nothing");
    }
}
