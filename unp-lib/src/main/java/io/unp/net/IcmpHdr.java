package io.unp.net;

import static io.unp.abi.Layouts.*;

/**
 * {@code struct icmp} ({@code <netinet/ip_icmp.h>}): an ICMPv4 message, the 8-byte header and
 * what follows it ({@code icmp_data}; in an error, {@code icmp_ip}: the IP header and the
 * first 8 bytes of the datagram that caused it).
 *
 * <p>{@code icmp_id} and {@code icmp_seq} are read and written as the book's ping does, by
 * plain assignment with no {@code htons}: the value is stored in this machine's byte order
 * ({@link #icmpId()}, {@link #setIcmpId}); {@link #icmpIdNet()} reads it as network order
 * (what tcpdump shows).
 */
public final class IcmpHdr extends Hdr {
    /** The header: type, code, checksum, and 4 bytes of id and sequence (or unused). */
    public static final int HDR_SIZE = ICMP_ICMP_DATA;

    public IcmpHdr(byte[] buf, int off) {
        super(buf, off);
    }

    public int icmpType() {
        return u8(ICMP_ICMP_TYPE);
    }

    public IcmpHdr setIcmpType(int type) {
        u8(ICMP_ICMP_TYPE, type);
        return this;
    }

    public int icmpCode() {
        return u8(ICMP_ICMP_CODE);
    }

    public IcmpHdr setIcmpCode(int code) {
        u8(ICMP_ICMP_CODE, code);
        return this;
    }

    /** {@code icmp_cksum} as on the wire. */
    public int icmpCksum() {
        return u16(ICMP_ICMP_CKSUM);
    }

    /** Stores a checksum computed by {@code in_cksum} (a network-order value). */
    public IcmpHdr setIcmpCksum(int sum) {
        u16(ICMP_ICMP_CKSUM, sum);
        return this;
    }

    /** {@code icmp_id} as C reads it without {@code ntohs}. */
    public int icmpId() {
        return u16Native(ICMP_ICMP_ID);
    }

    /** {@code icmp->icmp_id = id}: stored in this machine's byte order, as the book's ping does. */
    public IcmpHdr setIcmpId(int id) {
        u16Native(ICMP_ICMP_ID, id);
        return this;
    }

    /** {@code ntohs(icmp_id)}. */
    public int icmpIdNet() {
        return u16(ICMP_ICMP_ID);
    }

    /** {@code icmp_seq} as C reads it without {@code ntohs}. */
    public int icmpSeq() {
        return u16Native(ICMP_ICMP_SEQ);
    }

    /** {@code icmp->icmp_seq = seq}: this machine's byte order, as the book's ping does. */
    public IcmpHdr setIcmpSeq(int seq) {
        u16Native(ICMP_ICMP_SEQ, seq);
        return this;
    }

    /** {@code ntohs(icmp_seq)}. */
    public int icmpSeqNet() {
        return u16(ICMP_ICMP_SEQ);
    }

    /** Where {@code icmp_data} (and {@code icmp_ip} of an error) starts in {@link #buffer()}. */
    public int dataOffset() {
        return off + ICMP_ICMP_DATA;
    }

    /** The IP header an ICMP error carries ({@code icmp_ip}). */
    public IpHdr icmpIp() {
        return new IpHdr(buf, off + ICMP_ICMP_IP);
    }
}
