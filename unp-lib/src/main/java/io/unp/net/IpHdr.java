package io.unp.net;

import static io.unp.abi.Layouts.*;

import io.unp.abi.Constants;

/**
 * {@code struct ip} ({@code <netinet/ip.h>}): the IPv4 header, as a raw IPv4 socket returns it
 * in front of every datagram and as a program writes it with {@code IP_HDRINCL}.
 */
public final class IpHdr extends Hdr {
    /** {@code sizeof(struct ip)}: the header without options, 20 bytes. */
    public static final int SIZE = IP_HDR_SIZE;

    /** The IPv4 header at {@code buf[off]}. */
    public IpHdr(byte[] buf, int off) {
        super(buf, off);
    }

    /** {@code ip_v}: the version, 4. */
    public int ipV() {
        return u8(0) >>> 4;
    }

    /** {@code ip_hl}: the header length in 32-bit words; {@code ipHl() << 2} is its length in bytes. */
    public int ipHl() {
        return u8(0) & 0x0f;
    }

    /** The header length in bytes, options included ({@code ip_hl << 2}). */
    public int hlen() {
        return ipHl() << 2;
    }

    /** Sets {@code ip_v} and {@code ip_hl} (in 32-bit words). */
    public IpHdr setVHl(int v, int hl) {
        u8(0, (v << 4) | (hl & 0x0f));
        return this;
    }

    public int ipTos() {
        return u8(IP_HDR_IP_TOS);
    }

    public IpHdr setIpTos(int tos) {
        u8(IP_HDR_IP_TOS, tos);
        return this;
    }

    /** {@code ntohs(ip_len)}: the datagram's total length. */
    public int ipLen() {
        return u16(IP_HDR_IP_LEN);
    }

    /** Sets {@code ip_len} in network byte order (what Linux wants with IP_HDRINCL). */
    public IpHdr setIpLen(int len) {
        u16(IP_HDR_IP_LEN, len);
        return this;
    }

    public int ipId() {
        return u16(IP_HDR_IP_ID);
    }

    public IpHdr setIpId(int id) {
        u16(IP_HDR_IP_ID, id);
        return this;
    }

    /** {@code ntohs(ip_off)}: flags (DF 0x4000, MF 0x2000) and fragment offset. */
    public int ipOff() {
        return u16(IP_HDR_IP_OFF);
    }

    public IpHdr setIpOff(int v) {
        u16(IP_HDR_IP_OFF, v);
        return this;
    }

    public int ipTtl() {
        return u8(IP_HDR_IP_TTL);
    }

    public IpHdr setIpTtl(int ttl) {
        u8(IP_HDR_IP_TTL, ttl);
        return this;
    }

    /** {@code ip_p}: the protocol of what follows ({@code IPPROTO_ICMP}, {@code IPPROTO_UDP} ...). */
    public int ipP() {
        return u8(IP_HDR_IP_P);
    }

    public IpHdr setIpP(int p) {
        u8(IP_HDR_IP_P, p);
        return this;
    }

    /** {@code ip_sum} as it is on the wire (network byte order). */
    public int ipSum() {
        return u16(IP_HDR_IP_SUM);
    }

    public IpHdr setIpSum(int sum) {
        u16(IP_HDR_IP_SUM, sum);
        return this;
    }

    /** {@code ip_src}: 4 bytes, network order. */
    public byte[] ipSrc() {
        return bytes(IP_HDR_IP_SRC, 4);
    }

    public IpHdr setIpSrc(byte[] addr) {
        bytes(IP_HDR_IP_SRC, addr, 4);
        return this;
    }

    /** {@code ip_dst}: 4 bytes, network order. */
    public byte[] ipDst() {
        return bytes(IP_HDR_IP_DST, 4);
    }

    public IpHdr setIpDst(byte[] addr) {
        bytes(IP_HDR_IP_DST, addr, 4);
        return this;
    }

    /** The options between the fixed header and the payload ({@code hlen() - 20} bytes). */
    public byte[] options() {
        return bytes(SIZE, Math.max(0, hlen() - SIZE));
    }

    /** The header that follows this one (its payload) starts at this offset of {@link #buffer()}. */
    public int payloadOffset() {
        return off + hlen();
    }

    /**
     * True if {@code len} bytes from this header's start hold a whole IPv4 header: version 4,
     * a length of at least 20 bytes, and that many bytes present.
     */
    public boolean valid(int len) {
        return len >= SIZE && ipV() == Constants.IPVERSION && hlen() >= SIZE && hlen() <= len;
    }
}
