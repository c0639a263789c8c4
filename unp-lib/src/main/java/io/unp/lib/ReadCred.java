package io.unp.lib;

import static io.unp.abi.Constants.SCM_CREDENTIALS;
import static io.unp.abi.Constants.SOL_SOCKET;

import io.unp.abi.Ucred;
import io.unp.net.Cmsg;
import io.unp.net.MsgHdr;
import io.unp.sys.Sys;

/**
 * {@code read_cred} ({@code unixdomain/readcred.c}, section 14.8), on Linux: reads data and the
 * sender's credentials from a Unix-domain socket whose receiver has turned on
 * {@code SO_PASSCRED}.
 *
 * <p>The book's BSD sent a {@code struct fcred} (real and effective ids, the group list) in an
 * {@code SCM_CREDS} message when the sender asked; Linux sends a {@code struct ucred} (pid,
 * uid, gid) in {@code SCM_CREDENTIALS} whenever the receiver has {@code SO_PASSCRED} set,
 * filled in by the kernel if the sender did not supply (and could not forge) one.
 */
public final class ReadCred {
    private ReadCred() {}

    /**
     * {@code read_cred}: one {@code recvmsg} of up to {@code nbytes} bytes into {@code ptr} (both
     * may be null/0: then only the credentials of the next data are read, the data stays
     * queued), with room for one {@code SCM_CREDENTIALS} message. If {@code ucredptr} is not
     * null, {@code ucredptr[0]} gets the credentials, or all zeros when none came.
     *
     * <p>Ends the program with "control length = N", "control level != SOL_SOCKET" or "control
     * type != SCM_CREDENTIALS" when something else arrives, as the book does.
     *
     * @return the bytes read (0 with {@code nbytes} 0, and at end of file)
     * @throws io.unp.sys.ErrnoException if recvmsg fails
     */
    public static int readCred(int fd, byte[] ptr, int nbytes, Ucred[] ucredptr) {
        MsgHdr msg = new MsgHdr().setIov(ptr, 0, nbytes).setControl(new byte[Cmsg.CMSG_SPACE(Ucred.SIZE)]);

        int n = Sys.recvmsg(fd, msg, 0);

        if (ucredptr != null) {
            if (msg.controllen() > Cmsg.HDR_SIZE) {
                Cmsg cmptr = msg.firstHdr();
                if (cmptr.len() != Cmsg.CMSG_LEN(Ucred.SIZE)) {
                    throw Err.quit("control length = %d", cmptr.len());
                }
                if (cmptr.level() != SOL_SOCKET) {
                    throw Err.quit("control level != SOL_SOCKET");
                }
                if (cmptr.type() != SCM_CREDENTIALS) {
                    throw Err.quit("control type != SCM_CREDENTIALS");
                }
                ucredptr[0] = cmptr.ucred();
            } else {
                ucredptr[0] = new Ucred(0, 0, 0); // none returned
            }
        }
        return n;
    }
}
