package io.unp.net;

import static io.unp.abi.Layouts.*;

/**
 * {@code struct ip6_hdr} ({@code <netinet/ip6.h>}): the fixed IPv6 header. A raw IPv6 socket
 * never returns it (RFC 3542, section 3): it appears only inside ICMPv6 error messages, which
 * carry the start of the offending packet, and in what a packet capture reads.
 */
public final class Ip6Hdr extends Hdr {
    /** {@code sizeof(struct ip6_hdr)}: 40 bytes. */
    public static final int SIZE = IP6_HDR_SIZE;

    public Ip6Hdr(byte[] buf, int off) {
        super(buf, off);
    }

    /** The version (the top 4 bits of {@code ip6_vfc}): 6. */
    public int version() {
        return u8(0) >>> 4;
    }

    /** {@code ntohs(ip6_plen)}: the payload length. */
    public int ip6Plen() {
        return u16(IP6_HDR_IP6_PLEN);
    }

    /** {@code ip6_nxt}: the next header ({@code IPPROTO_UDP}, {@code IPPROTO_ICMPV6} ...). */
    public int ip6Nxt() {
        return u8(IP6_HDR_IP6_NXT);
    }

    /** {@code ip6_hlim}: the hop limit. */
    public int ip6Hlim() {
        return u8(IP6_HDR_IP6_HLIM);
    }

    /** {@code ip6_src}: 16 bytes. */
    public byte[] ip6Src() {
        return bytes(IP6_HDR_IP6_SRC, 16);
    }

    /** {@code ip6_dst}: 16 bytes. */
    public byte[] ip6Dst() {
        return bytes(IP6_HDR_IP6_DST, 16);
    }

    /** Where the next header starts in {@link #buffer()}. */
    public int payloadOffset() {
        return off + SIZE;
    }
}
