package io.unp.net;

import static io.unp.abi.Layouts.*;

/** {@code struct udphdr} ({@code <netinet/udp.h>}): the UDP header, 8 bytes. */
public final class UdpHdr extends Hdr {
    /** {@code sizeof(struct udphdr)}. */
    public static final int SIZE = UDPHDR_SIZE;

    public UdpHdr(byte[] buf, int off) {
        super(buf, off);
    }

    /** {@code ntohs(uh_sport)}. */
    public int uhSport() {
        return u16(UDPHDR_UH_SPORT);
    }

    public UdpHdr setUhSport(int port) {
        u16(UDPHDR_UH_SPORT, port);
        return this;
    }

    /** {@code ntohs(uh_dport)}. */
    public int uhDport() {
        return u16(UDPHDR_UH_DPORT);
    }

    public UdpHdr setUhDport(int port) {
        u16(UDPHDR_UH_DPORT, port);
        return this;
    }

    /** {@code ntohs(uh_ulen)}: header and data. */
    public int uhUlen() {
        return u16(UDPHDR_UH_ULEN);
    }

    public UdpHdr setUhUlen(int len) {
        u16(UDPHDR_UH_ULEN, len);
        return this;
    }

    /** {@code uh_sum} as on the wire; 0 means the sender computed no checksum (IPv4 only). */
    public int uhSum() {
        return u16(UDPHDR_UH_SUM);
    }

    public UdpHdr setUhSum(int sum) {
        u16(UDPHDR_UH_SUM, sum);
        return this;
    }
}
