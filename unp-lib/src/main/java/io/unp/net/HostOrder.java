package io.unp.net;

import java.nio.ByteOrder;
import java.util.Objects;

/**
 * Integers stored in a byte array in this machine's byte order, as C sees a struct field: the
 * {@code int}s of a {@code struct cmsghdr}, {@code struct ifreq} or {@code sockaddr_in6}, an
 * {@code int} passed by address, a raw header's field read without {@code ntohs}. Plain byte
 * accesses and shifts rather than a {@code ByteBuffer} (an object per field) or a byte-array
 * {@code VarHandle} (whose access code is set up at its first use: that was the first
 * connection of every preforked child of serv05, about 5 ms each); nothing to set up, and a
 * handful of instructions once compiled.
 */
final class HostOrder {
    private HostOrder() {}

    private static final boolean LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    /** The 16-bit field at {@code off}, 0..65535. */
    static int u16(byte[] b, int off) {
        int lo = b[off] & 0xff;
        int hi = b[off + 1] & 0xff;
        return LITTLE ? lo | hi << 8 : lo << 8 | hi;
    }

    static void u16(byte[] b, int off, int v) {
        Objects.checkFromIndexSize(off, 2, b.length); // all or nothing, as a C store
        b[off] = (byte) (LITTLE ? v : v >>> 8);
        b[off + 1] = (byte) (LITTLE ? v >>> 8 : v);
    }

    /** The 32-bit field at {@code off}. */
    static int i32(byte[] b, int off) {
        int le = (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
        return LITTLE ? le : Integer.reverseBytes(le);
    }

    static void i32(byte[] b, int off, int v) {
        Objects.checkFromIndexSize(off, 4, b.length);
        int le = LITTLE ? v : Integer.reverseBytes(v);
        b[off] = (byte) le;
        b[off + 1] = (byte) (le >>> 8);
        b[off + 2] = (byte) (le >>> 16);
        b[off + 3] = (byte) (le >>> 24);
    }

    /** The 64-bit field at {@code off}. */
    static long i64(byte[] b, int off) {
        long lo = i32(b, off) & 0xffffffffL;
        long hi = i32(b, off + 4) & 0xffffffffL;
        return LITTLE ? lo | hi << 32 : lo << 32 | hi;
    }

    static void i64(byte[] b, int off, long v) {
        Objects.checkFromIndexSize(off, 8, b.length);
        i32(b, off, (int) (LITTLE ? v : v >>> 32));
        i32(b, off + 4, (int) (LITTLE ? v >>> 32 : v));
    }
}
