package io.unp.lib;

/**
 * The book's {@code in_cksum} ({@code libfree/in_cksum.c}, section 25.5): the Internet
 * checksum of RFC 1071 that IPv4, ICMPv4, IGMP, UDP and TCP use.
 */
public final class InCksum {
    private InCksum() {}

    /**
     * {@code in_cksum}: the one's complement of the one's-complement sum of {@code len} bytes
     * at {@code buf[off]}, taken as 16-bit big-endian words (an odd last byte is padded with a
     * zero). Store the result big-endian in the checksum field (which must be 0 while the sum
     * is computed): the receiver's sum over the whole then comes out 0. Summing a header whose
     * checksum is already in place gives 0 when it is right.
     *
     * @return the checksum, 0 to 0xffff, in network byte order as an {@code int}
     */
    public static int inCksum(byte[] buf, int off, int len) {
        return fold(sum(0, buf, off, len));
    }

    /** {@code in_cksum} of the whole array. */
    public static int inCksum(byte[] buf) {
        return inCksum(buf, 0, buf.length);
    }

    /**
     * Adds {@code len} bytes at {@code buf[off]} to a running 32-bit sum, for a checksum over
     * pieces (a pseudo-header, then the datagram); {@link #fold} ends it. Every piece but the
     * last must have an even length.
     */
    public static long sum(long sum, byte[] buf, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, buf.length);
        int i = off;
        int end = off + len;
        for (; i + 1 < end; i += 2) {
            sum += ((buf[i] & 0xff) << 8) | (buf[i + 1] & 0xff);
        }
        if (i < end) {
            sum += (buf[i] & 0xff) << 8; // mop up an odd byte
        }
        return sum;
    }

    /**
     * The running sum of the IPv4 pseudo-header that UDP and TCP checksums cover (RFC 768):
     * source and destination address, a zero byte, the protocol, the UDP (or TCP) length. Add
     * the header and data with {@link #sum} and end with {@link #fold}.
     */
    public static long pseudoHeaderV4(byte[] src, byte[] dst, int protocol, int length) {
        long sum = sum(0, src, 0, 4);
        sum = sum(sum, dst, 0, 4);
        return sum + (protocol & 0xff) + (length & 0xffff);
    }

    /** Folds the carries of a running sum into 16 bits and complements it. */
    public static int fold(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum >>> 16) + (sum & 0xffff);
        }
        return (int) (~sum & 0xffff);
    }
}
