package io.unp.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** htons / ntohs / htonl / ntohl on this (little-endian) host. */
class NetOrderTest {
    @Example
    void swapOnLittleEndianX86() {
        assertEquals(ByteOrder.LITTLE_ENDIAN, ByteOrder.nativeOrder(), "these expectations are for x86_64");
        assertEquals(0x9526, NetOrder.htons(9877));
        assertEquals(0x0d00, NetOrder.htons(13));
        assertEquals(9877, NetOrder.ntohs(0x9526));
        assertEquals(0x0100007f, NetOrder.htonl(0x7f000001));
        assertEquals(0x7f000001, NetOrder.ntohl(0x0100007f));
        assertEquals(0xffff, NetOrder.htons(-1), "only the low 16 bits count, as with uint16_t");
        assertEquals(0x3412, NetOrder.htons(0xabcd1234));
    }

    /** What htons returns, stored in host order, is the port's bytes in network (big-endian) order. */
    @Property
    void htonsStoredInHostOrderIsBigEndianInMemory(@ForAll @IntRange(min = 0, max = 65535) int port) {
        byte[] mem = ByteBuffer.allocate(2).order(ByteOrder.nativeOrder()).putShort((short) NetOrder.htons(port)).array();
        assertArrayEquals(ByteBuffer.allocate(2).putShort((short) port).array(), mem);
        assertEquals(port, NetOrder.ntohs(NetOrder.htons(port)));
    }

    @Property
    void htonlStoredInHostOrderIsBigEndianInMemory(@ForAll int addr) {
        byte[] mem = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(NetOrder.htonl(addr)).array();
        assertArrayEquals(ByteBuffer.allocate(4).putInt(addr).array(), mem);
        assertEquals(addr, NetOrder.ntohl(NetOrder.htonl(addr)));
    }
}
