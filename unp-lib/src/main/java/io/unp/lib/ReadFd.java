package io.unp.lib;

import static io.unp.abi.Constants.SCM_RIGHTS;
import static io.unp.abi.Constants.SOL_SOCKET;

import io.unp.net.Cmsg;
import io.unp.net.MsgHdr;
import io.unp.sys.Sys;

/**
 * {@code read_fd} ({@code lib/read_fd.c}, section 14.7): reads data and, if the sender passed
 * one, a descriptor from a Unix-domain socket.
 */
public final class ReadFd {
    private ReadFd() {}

    /**
     * {@code read_fd}: one {@code recvmsg} of up to {@code nbytes} bytes into {@code ptr}, with
     * room for one {@code SCM_RIGHTS} descriptor. {@code recvfd[0]} gets the new descriptor, or
     * -1 when none came with the data (no control message, or one that is not exactly one
     * descriptor, as the book checks {@code cmsg_len == CMSG_LEN(sizeof(int))}).
     *
     * <p>Ends the program with "control level != SOL_SOCKET" or "control type != SCM_RIGHTS"
     * when a one-int control message of another kind arrives, as the book does. The sender must
     * send at least one byte with the descriptor: on a stream socket a receive of 0 means end
     * of file, and then {@code recvfd[0]} is left alone.
     *
     * @return the bytes read, 0 at end of file
     * @throws io.unp.sys.ErrnoException if recvmsg fails
     */
    public static int readFd(int fd, byte[] ptr, int nbytes, int[] recvfd) {
        MsgHdr msg = new MsgHdr().setIov(ptr, 0, nbytes).setControl(new byte[Cmsg.CMSG_SPACE(Integer.BYTES)]);

        int n = Sys.recvmsg(fd, msg, 0);
        if (n <= 0) {
            return n;
        }

        Cmsg cmptr = msg.firstHdr();
        if (cmptr != null && cmptr.len() == Cmsg.CMSG_LEN(Integer.BYTES)) {
            if (cmptr.level() != SOL_SOCKET) {
                throw Err.quit("control level != SOL_SOCKET");
            }
            if (cmptr.type() != SCM_RIGHTS) {
                throw Err.quit("control type != SCM_RIGHTS");
            }
            recvfd[0] = cmptr.dataInt(0);
        } else {
            recvfd[0] = -1; // descriptor was not passed
        }
        return n;
    }
}
