package io.unp.lib;

import io.unp.net.Cmsg;
import io.unp.net.MsgHdr;
import io.unp.sys.Sys;

/**
 * {@code write_fd} ({@code lib/write_fd.c}, section 14.7): sends data and a descriptor over a
 * Unix-domain socket.
 */
public final class WriteFd {
    private WriteFd() {}

    /**
     * {@code write_fd}: one {@code sendmsg} of {@code ptr[0..nbytes)} with an {@code SCM_RIGHTS}
     * message carrying {@code sendfd}. The receiver gets a new descriptor for the same open
     * file (file offset and status flags shared); {@code sendfd} stays open here, and the
     * kernel keeps the file open while the message is in flight even if the sender closes it.
     *
     * @return the bytes sent
     * @throws io.unp.sys.ErrnoException if sendmsg fails (EBADF if {@code sendfd} is not open)
     */
    public static int writeFd(int fd, byte[] ptr, int nbytes, int sendfd) {
        MsgHdr msg = new MsgHdr().setIov(ptr, 0, nbytes)
                .setControl(new byte[Cmsg.CMSG_SPACE(Integer.BYTES)]).clearControl()
                .addRights(sendfd);
        return Sys.sendmsg(fd, msg, 0);
    }
}
