package io.unp.net;

import static io.unp.abi.Layouts.*;

/**
 * {@code struct icmp6_hdr} ({@code <netinet/icmp6.h>}): an ICMPv6 message. A raw ICMPv6
 * socket returns it at the start of the buffer (no IPv6 header in front) and the kernel
 * computes its checksum on output. {@code icmp6_id}/{@code icmp6_seq} are copied in this
 * machine's byte order, as the book's ping assigns them (see {@link IcmpHdr}).
 */
public final class Icmp6Hdr extends Hdr {
    /** {@code sizeof(struct icmp6_hdr)}: 8 bytes. */
    public static final int SIZE = ICMP6_HDR_SIZE;

    public Icmp6Hdr(byte[] buf, int off) {
        super(buf, off);
    }

    public int icmp6Type() {
        return u8(0);
    }

    public Icmp6Hdr setIcmp6Type(int type) {
        u8(0, type);
        return this;
    }

    public int icmp6Code() {
        return u8(1);
    }

    public Icmp6Hdr setIcmp6Code(int code) {
        u8(1, code);
        return this;
    }

    public int icmp6Cksum() {
        return u16(ICMP6_HDR_ICMP6_CKSUM);
    }

    public int icmp6Id() {
        return u16Native(ICMP6_HDR_ICMP6_ID);
    }

    public Icmp6Hdr setIcmp6Id(int id) {
        u16Native(ICMP6_HDR_ICMP6_ID, id);
        return this;
    }

    public int icmp6Seq() {
        return u16Native(ICMP6_HDR_ICMP6_SEQ);
    }

    public Icmp6Hdr setIcmp6Seq(int seq) {
        u16Native(ICMP6_HDR_ICMP6_SEQ, seq);
        return this;
    }

    /** Where the message body starts ({@code icmp6 + 1} in C). */
    public int dataOffset() {
        return off + SIZE;
    }

    /** The IPv6 header an ICMPv6 error carries after its 8-byte header. */
    public Ip6Hdr errorIp6() {
        return new Ip6Hdr(buf, off + SIZE);
    }
}
