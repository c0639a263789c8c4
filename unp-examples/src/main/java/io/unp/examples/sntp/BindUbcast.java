package io.unp.examples.sntp;

import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_REUSEADDR;
import static io.unp.lib.SockFuncs.sockCmpAddr;
import static io.unp.lib.SockFuncs.sockSetPort;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;

import io.unp.abi.Errno;
import io.unp.lib.Err;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/** sntp/bind_ubcast.c (section 19.10): binds a unicast or broadcast address to the NTP port. */
final class BindUbcast {
    private BindUbcast() {}

    /**
     * {@code bind_ubcast}: a socket bound to {@code sabind} with {@code port} (network byte
     * order), unless that address is bound already; EADDRINUSE is reported and skipped.
     */
    static void bindUbcast(SockAddr sabind, int port, int alias, int bcast) {
        // first see if we've already bound this address
        for (Addrs a : Addrs.addrs) {
            if (sockCmpAddr(a.sa, sabind) == 0) {
                return;
            }
        }

        int fd = Socket(sabind.family(), SOCK_DGRAM, 0);

        sockSetPort(sabind, port);

        Setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, 1);

        printf("binding %s\n", SockNtop(sabind));
        try {
            Sys.bind(fd, sabind);
        } catch (ErrnoException e) {
            if (e.is(Errno.EADDRINUSE)) {
                printf("  (address already in use)\n");
                Sys.close(fd);
                return;
            }
            throw Err.sys("bind error");
        }

        Addrs.add(new Addrs(sabind, null, fd, bcast != 0 ? Addrs.ADDR_BCAST : 0));
    }
}
