package io.unp.net;

import io.unp.abi.Constants;
import io.unp.abi.Layouts;
import java.util.Arrays;

/**
 * {@code struct in_pktinfo}: the data of Linux's {@code IP_PKTINFO} control message, which
 * gives, for each received IPv4 datagram, the interface it arrived on ({@code ipi_ifindex}),
 * the destination address in its IP header ({@code ipi_addr}) and the local address a reply
 * would come from ({@code ipi_spec_dst}). It does on Linux what the book's BSD does with two
 * options, {@code IP_RECVDSTADDR} (the destination address) and {@code IP_RECVIF} (a
 * {@code sockaddr_dl} naming the interface); the book's {@code recvfrom_flags} (section 20.2)
 * already returns its results in this structure.
 *
 * <p>Addresses are the four bytes of an {@code in_addr}, in network byte order.
 */
public final class InPktinfo {
    /** {@code sizeof(struct in_pktinfo)}. */
    public static final int SIZE = Layouts.IN_PKTINFO_SIZE;

    private int ipiIfindex;
    private final byte[] ipiSpecDst = new byte[4];
    private final byte[] ipiAddr = new byte[4];

    /** All zero: address 0.0.0.0, interface 0 (none). */
    public InPktinfo() {}

    /** {@code ipi_ifindex}: the receiving interface's index, 0 if unknown. */
    public int ipiIfindex() {
        return ipiIfindex;
    }

    /** {@code ipi_addr}: the datagram's destination address (a copy). */
    public byte[] ipiAddr() {
        return ipiAddr.clone();
    }

    /** {@code ipi_spec_dst}: the local address the kernel would send a reply from (a copy). */
    public byte[] ipiSpecDst() {
        return ipiSpecDst.clone();
    }

    /** {@code bzero(pktp, sizeof(struct in_pktinfo))}. */
    public InPktinfo clear() {
        ipiIfindex = 0;
        Arrays.fill(ipiSpecDst, (byte) 0);
        Arrays.fill(ipiAddr, (byte) 0);
        return this;
    }

    /**
     * Fills this structure from an {@code IPPROTO_IP}/{@code IP_PKTINFO} control message.
     *
     * @throws IllegalArgumentException if {@code cmsg} is another kind of message or too short
     */
    public InPktinfo set(Cmsg cmsg) {
        if (cmsg.level() != Constants.IPPROTO_IP || cmsg.type() != Constants.IP_PKTINFO || cmsg.dataLen() < SIZE) {
            throw new IllegalArgumentException("not an IP_PKTINFO control message: " + cmsg);
        }
        ipiIfindex = cmsg.dataInt(Layouts.IN_PKTINFO_IPI_IFINDEX / Integer.BYTES);
        cmsg.getData(Layouts.IN_PKTINFO_IPI_SPEC_DST, ipiSpecDst, 0, 4);
        cmsg.getData(Layouts.IN_PKTINFO_IPI_ADDR, ipiAddr, 0, 4);
        return this;
    }

    @Override
    public String toString() {
        return "in_pktinfo[ifindex=" + ipiIfindex + ", spec_dst=" + Inet.inetNtoa(ipiSpecDst) + ", addr="
                + Inet.inetNtoa(ipiAddr) + "]";
    }
}
