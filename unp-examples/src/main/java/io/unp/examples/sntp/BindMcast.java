package io.unp.examples.sntp;

import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_REUSEADDR;
import static io.unp.lib.SockNtop.SockNtopHost;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.McastJoin;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;

import io.unp.net.SockAddr;

/** sntp/bind_mcast.c (section 19.10): a socket bound to the NTP group, joined on one interface. */
final class BindMcast {
    private BindMcast() {}

    /** {@code bind_mcast}: one join per interface, so nothing for an alias. */
    static void bindMcast(String ifname, SockAddr mcastsa, int alias) {
        if (alias != 0) {
            return; // only one mcast join per interface
        }

        printf("joining %s on %s\n", SockNtopHost(mcastsa), ifname);

        int fd = Socket(mcastsa.family(), SOCK_DGRAM, 0);

        Setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, 1);
        Bind(fd, mcastsa);

        McastJoin(fd, mcastsa, ifname, 0);

        Addrs.add(new Addrs(mcastsa, ifname, fd, Addrs.ADDR_MCAST));
    }
}
