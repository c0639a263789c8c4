package io.unp.lib;

import static io.unp.abi.Constants.IPPROTO_IP;
import static io.unp.abi.Constants.IP_PKTINFO;
import static io.unp.abi.Constants.MSG_CTRUNC;

import io.unp.abi.Layouts;
import io.unp.net.Cmsg;
import io.unp.net.InPktinfo;
import io.unp.net.MsgHdr;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * {@code recvfrom_flags} (advio/recvfromflags.c, section 20.2): {@code recvfrom} that
 * also returns the flags {@code recvmsg} gives back ({@code MSG_TRUNC}, {@code MSG_CTRUNC})
 * and, from the ancillary data, the datagram's destination address and the interface it came
 * in on.
 *
 * <p>On Linux both come in one {@code IP_PKTINFO} control message, enabled with
 * {@code setsockopt(IPPROTO_IP, IP_PKTINFO)}; the book's BSD sends two ({@code IP_RECVDSTADDR}
 * and {@code IP_RECVIF}), which Linux does not have. The control buffer has the book's size,
 * room for both of those (56 bytes on x86_64), which holds an IP_PKTINFO message (32). As in
 * the C, any other control message ends the program ("unknown ancillary data").
 *
 * <p>Each thread reuses one {@link MsgHdr} and control buffer, so a server calling this for
 * every datagram allocates nothing per call here.
 */
public final class RecvfromFlags {
    private RecvfromFlags() {}

    /** {@code CMSG_SPACE(sizeof(struct in_addr)) + CMSG_SPACE(sizeof(struct in_pktinfo))}. */
    public static final int CONTROL_SIZE = Cmsg.CMSG_SPACE(4) + Cmsg.CMSG_SPACE(Layouts.IN_PKTINFO_SIZE);

    private static final ThreadLocal<MsgHdr> MSG = ThreadLocal.withInitial(MsgHdr::new);
    private static final ThreadLocal<byte[]> CONTROL = ThreadLocal.withInitial(() -> new byte[CONTROL_SIZE]);

    /**
     * {@code recvfrom_flags}: receives one datagram of at most {@code nbytes} bytes into
     * {@code ptr}. {@code flagsp[0]} goes in as recvmsg's flags and comes back as
     * {@code msg_flags}; the sender's address is stored in {@code sa} (its capacity is C's
     * {@code *salenptr}, its length is set). {@code pktp}, if not null, is cleared (0.0.0.0,
     * interface 0) and then filled from an IP_PKTINFO control message if one came.
     *
     * @return the bytes received (at most {@code nbytes}: with MSG_TRUNC in the returned flags
     *     the datagram was longer), or -1 with errno set
     */
    public static int recvfromFlags(int fd, byte[] ptr, int nbytes, int[] flagsp, SockAddr sa, InPktinfo pktp) {
        MsgHdr msg = MSG.get();
        msg.setName(sa);
        msg.setIov(ptr, 0, nbytes);
        msg.setControl(CONTROL.get());
        msg.setFlags(0);

        int n;
        try {
            n = Sys.recvmsg(fd, msg, flagsp[0]);
        } catch (ErrnoException e) {
            return -1;
        } finally {
            msg.setName(null); // keep no reference to the caller's address
        }

        if (pktp != null) {
            pktp.clear(); // 0.0.0.0, i/f = 0
        }
        flagsp[0] = msg.flags(); // pass back results
        if (msg.controllen() < Cmsg.HDR_SIZE || (msg.flags() & MSG_CTRUNC) != 0 || pktp == null) {
            return n;
        }

        for (Cmsg cmptr = msg.firstHdr(); cmptr != null; cmptr = msg.nxtHdr(cmptr)) {
            if (cmptr.level() == IPPROTO_IP && cmptr.type() == IP_PKTINFO) {
                pktp.set(cmptr);
                continue;
            }
            throw Err.quit("unknown ancillary data, len = %d, level = %d, type = %d",
                    cmptr.len(), cmptr.level(), cmptr.type());
        }
        return n;
    }

    /** {@code Recvfrom_flags}: {@link #recvfromFlags}, ending the program with "recvfrom_flags error". */
    public static int RecvfromFlags(int fd, byte[] ptr, int nbytes, int[] flagsp, SockAddr sa, InPktinfo pktp) {
        int n = recvfromFlags(fd, ptr, nbytes, flagsp, sa, pktp);
        if (n < 0) {
            throw Err.quit("recvfrom_flags error");
        }
        return n;
    }
}
