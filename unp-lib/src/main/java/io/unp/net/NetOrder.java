package io.unp.net;

/**
 * {@code htons}, {@code ntohs}, {@code htonl}, {@code ntohl}: between host and network byte
 * order. On a little-endian host (x86_64) they swap; on a big-endian one they return their
 * argument, as in C.
 */
public final class NetOrder {
    private NetOrder() {}

    private static final boolean LITTLE = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN;

    /** {@code htons(3)}: a 16-bit value from host to network order; returns 0..65535. */
    public static int htons(int hostShort) {
        int v = hostShort & 0xffff;
        return LITTLE ? ((v >>> 8) | (v << 8)) & 0xffff : v;
    }

    /** {@code ntohs(3)}: a 16-bit value from network to host order; returns 0..65535. */
    public static int ntohs(int netShort) {
        return htons(netShort);
    }

    /** {@code htonl(3)}: a 32-bit value from host to network order. */
    public static int htonl(int hostLong) {
        return LITTLE ? Integer.reverseBytes(hostLong) : hostLong;
    }

    /** {@code ntohl(3)}: a 32-bit value from network to host order. */
    public static int ntohl(int netLong) {
        return htonl(netLong);
    }
}
