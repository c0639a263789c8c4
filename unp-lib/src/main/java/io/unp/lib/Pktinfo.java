package io.unp.lib;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.IPPROTO_IP;
import static io.unp.abi.Constants.IPPROTO_IPV6;
import static io.unp.abi.Constants.IPV6_PKTINFO;
import static io.unp.abi.Constants.IPV6_RECVPKTINFO;
import static io.unp.abi.Constants.IP_PKTINFO;

import io.unp.abi.Errno;
import io.unp.abi.Layouts;
import io.unp.net.Cmsg;
import io.unp.net.In6Pktinfo;
import io.unp.net.InPktinfo;
import io.unp.net.MsgHdr;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Packet information for UDP (section 20.8, and Linux's IPv4 counterpart): with one socket on
 * the wildcard address, learn each datagram's destination address and arriving interface, and
 * choose each reply's source address and outgoing interface, through ancillary data.
 *
 * <p>IPv6 is the book's: {@code IPV6_PKTINFO} with a {@code struct in6_pktinfo}, received after
 * setting the option the book calls {@code IPV6_PKTINFO} and RFC 3542 (Linux) calls
 * {@code IPV6_RECVPKTINFO}. IPv4 is Linux's {@code IP_PKTINFO} with a {@code struct in_pktinfo},
 * which does what BSD's {@code IP_RECVDSTADDR}/{@code IP_RECVIF} do on receipt and, on
 * {@code sendmsg}, what BSD's {@code IP_SENDSRCADDR} does (its {@code ipi_spec_dst} is the
 * source address, {@code ipi_ifindex} the interface).
 *
 * <p>The classic use: a server with several addresses answering from the one the client sent
 * to, without a socket per address (compare udpserv03, section 20.6). A client on a connected
 * socket accepts only replies from the address it sent to.
 *
 * <p>Each thread reuses one {@link MsgHdr} and control buffer: nothing is allocated per datagram
 * here beyond what the caller passes.
 */
public final class Pktinfo {
    private Pktinfo() {}

    /** Room for one IP_PKTINFO or IPV6_PKTINFO control message. */
    public static final int CONTROL_SIZE = Math.max(Cmsg.CMSG_SPACE(Layouts.IN_PKTINFO_SIZE),
            Cmsg.CMSG_SPACE(Layouts.IN6_PKTINFO_SIZE));

    private static final ThreadLocal<MsgHdr> MSG = ThreadLocal.withInitial(MsgHdr::new);
    private static final ThreadLocal<byte[]> CONTROL = ThreadLocal.withInitial(() -> new byte[CONTROL_SIZE]);

    /**
     * Asks the kernel for packet information with every datagram received on {@code fd}:
     * {@code IP_PKTINFO} for an AF_INET socket, {@code IPV6_RECVPKTINFO} (the book's
     * {@code IPV6_PKTINFO}) for an AF_INET6 one.
     *
     * @throws ErrnoException EPROTONOSUPPORT for another family, or the setsockopt's errno
     */
    public static void setRecvPktinfo(int fd) {
        switch (SockFuncs.sockfdToFamily(fd)) {
            case AF_INET:
                Sys.setsockopt(fd, IPPROTO_IP, IP_PKTINFO, 1);
                return;
            case AF_INET6:
                Sys.setsockopt(fd, IPPROTO_IPV6, IPV6_RECVPKTINFO, 1);
                return;
            default:
                Sys.setErrno(Errno.EPROTONOSUPPORT.code());
                throw new ErrnoException("setsockopt", Errno.EPROTONOSUPPORT.code());
        }
    }

    /**
     * {@code recvmsg} of one datagram into {@code buf[0..nbytes)}: {@code from} gets the
     * sender's address; {@code pkt4} and {@code pkt6} (either may be null) are cleared and the
     * one of the datagram's family is filled from its control message.
     *
     * @return the bytes received
     * @throws ErrnoException the recvmsg's errno
     */
    public static int recvPktinfo(int fd, byte[] buf, int nbytes, SockAddr from, InPktinfo pkt4, In6Pktinfo pkt6) {
        MsgHdr msg = MSG.get();
        msg.setName(from);
        msg.setIov(buf, 0, nbytes);
        msg.setControl(CONTROL.get());
        int n;
        try {
            n = Sys.recvmsg(fd, msg, 0);
        } finally {
            msg.setName(null);
        }
        if (pkt4 != null) {
            pkt4.clear();
        }
        if (pkt6 != null) {
            pkt6.clear();
        }
        for (Cmsg c = msg.firstHdr(); c != null; c = msg.nxtHdr(c)) {
            if (pkt4 != null && c.level() == IPPROTO_IP && c.type() == IP_PKTINFO) {
                pkt4.set(c);
            } else if (pkt6 != null && c.level() == IPPROTO_IPV6 && c.type() == IPV6_PKTINFO) {
                pkt6.set(c);
            }
        }
        return n;
    }

    /**
     * {@code sendmsg} of {@code buf[0..nbytes)} to {@code to} from source address {@code src}
     * (4 or 16 bytes as {@code to}'s family; null: the kernel's choice) out of interface
     * {@code ifindex} (0: the route's), given as an IP_PKTINFO or IPV6_PKTINFO control message.
     *
     * @return the bytes sent
     * @throws ErrnoException the sendmsg's errno (EINVAL for a source address that is not this
     *     host's)
     */
    public static int sendPktinfo(int fd, byte[] buf, int nbytes, SockAddr to, byte[] src, int ifindex) {
        MsgHdr msg = MSG.get();
        msg.setName(to);
        msg.setIov(buf, 0, nbytes);
        msg.setControl(CONTROL.get(), 0);
        if (to.family() == AF_INET6) {
            msg.addCmsg(IPPROTO_IPV6, IPV6_PKTINFO, new In6Pktinfo(src, ifindex).bytes());
        } else {
            ByteBuffer b = ByteBuffer.allocate(Layouts.IN_PKTINFO_SIZE).order(ByteOrder.nativeOrder());
            b.putInt(Layouts.IN_PKTINFO_IPI_IFINDEX, ifindex);
            if (src != null) {
                b.put(Layouts.IN_PKTINFO_IPI_SPEC_DST, src, 0, 4);
            }
            msg.addCmsg(IPPROTO_IP, IP_PKTINFO, b.array());
        }
        try {
            return Sys.sendmsg(fd, msg, 0);
        } finally {
            msg.setName(null);
        }
    }
}
