package io.unp.examples.nonblock;

import static io.unp.abi.Constants.F_GETFL;
import static io.unp.abi.Constants.F_SETFL;
import static io.unp.abi.Constants.O_NONBLOCK;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.examples.nonblock.WebDefs.F_CONNECTING;
import static io.unp.examples.nonblock.WebDefs.SERV;
import static io.unp.lib.HostServ.HostServ;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Fcntl;

import io.unp.abi.Errno;
import io.unp.abi.FdSet;
import io.unp.lib.Err;
import io.unp.net.AddrInfo;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/** nonblock/start_connect.c: starts a nonblocking connect for one file. */
final class StartConnect {
    private StartConnect() {}

    static void startConnect(WebDefs.WebFile fptr) {
        AddrInfo ai = HostServ(fptr.fHost, SERV, 0, SOCK_STREAM).get(0);

        int fd = Socket(ai.aiFamily(), ai.aiSocktype(), ai.aiProtocol());
        fptr.fFd = fd;
        printf("start_connect for %s, fd %d\n", fptr.fName, fd);
        if (!FdSet.fits(fd)) { // beyond the book: C's FD_SET would write past the fd_set
            throw Err.quit("descriptor %d does not fit in an fd_set (FD_SETSIZE %d): use fewer connections",
                    fd, FdSet.FD_SETSIZE);
        }

        // Set socket nonblocking
        int flags = Fcntl(fd, F_GETFL, 0);
        Fcntl(fd, F_SETFL, flags | O_NONBLOCK);

        // Initiate nonblocking connect to the server.
        try {
            Sys.connect(fd, ai.aiAddr());
        } catch (ErrnoException e) {
            if (!e.is(Errno.EINPROGRESS)) {
                throw Err.sys("nonblocking connect error");
            }
            fptr.fFlags = F_CONNECTING;
            FD_SET(fd, WebDefs.rset); // select for reading and writing
            FD_SET(fd, WebDefs.wset);
            if (fd > WebDefs.maxfd) {
                WebDefs.maxfd = fd;
            }
            return;
        }
        WriteGetCmd.writeGetCmd(fptr); // connect is already done
    }
}
