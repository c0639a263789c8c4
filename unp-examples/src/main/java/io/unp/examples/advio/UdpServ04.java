package io.unp.examples.advio;

import static io.unp.abi.Constants.IFF_BROADCAST;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_REUSEADDR;
import static io.unp.lib.Err.quit;
import static io.unp.lib.IfiInfo.GetIfiInfo;
import static io.unp.lib.SockFuncs.sockGetPort;
import static io.unp.lib.SockFuncs.sockSetPort;
import static io.unp.lib.SockFuncs.sockSetWild;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.UdpClient.UdpClient;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Getsockname;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Fork;

import io.unp.abi.Errno;
import io.unp.lib.Err;
import io.unp.lib.Fork;
import io.unp.lib.IfiInfo;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * advio/udpserv04 (section 20.6): udpserv03 made protocol independent: the family and port come
 * from {@code udp_client} on the optional host and the service ("::" or an IPv6 host gives an
 * IPv6 server), then one socket per interface address of that family, per broadcast address,
 * and one on the wildcard address, each echoed by a child that prints what it received. Each
 * child learns its bound address with {@code getsockname}, where the C passes a pointer.
 */
public final class UdpServ04 {
    private UdpServ04() {}

    /** {@code mydg_echo} in a child process. */
    public static final class MyDgEcho implements Fork.Child {
        @Override
        public void run(int[] fds) {
            SockaddrStorage myaddr = new SockaddrStorage();
            Getsockname(fds[0], myaddr);
            UdpServ03.mydgEcho(fds[0], new SockaddrStorage(), myaddr);
        }
    }

    public static void main(String[] args) {
        SockaddrStorage sa = new SockaddrStorage();
        int sockfd;
        if (args.length == 1) {
            sockfd = UdpClient(null, args[0], sa);
        } else if (args.length == 2) {
            sockfd = UdpClient(args[0], args[1], sa);
        } else {
            throw quit("usage: udpserv04 [ <host> ] <service or port>");
        }
        int family = sa.family();
        int port = sockGetPort(sa);
        Close(sockfd); // we just want family, port, salen

        for (IfiInfo ifi = GetIfiInfo(family, 1); ifi != null; ifi = ifi.ifiNext()) {

            // bind unicast address
            sockfd = Socket(family, SOCK_DGRAM, 0);
            Setsockopt(sockfd, SOL_SOCKET, SO_REUSEADDR, 1);

            SockAddr addr = ifi.ifiAddr().copy();
            sockSetPort(addr, port);
            Bind(sockfd, addr);
            printf("bound %s\n", SockNtop(addr));

            Fork(MyDgEcho.class, sockfd); // child: mydg_echo(sockfd, ...)

            if ((ifi.ifiFlags() & IFF_BROADCAST) != 0 && ifi.ifiBrdaddr() != null) {
                // try to bind broadcast address
                sockfd = Socket(family, SOCK_DGRAM, 0);
                Setsockopt(sockfd, SOL_SOCKET, SO_REUSEADDR, 1);

                SockAddr brd = ifi.ifiBrdaddr().copy();
                sockSetPort(brd, port);
                try {
                    Sys.bind(sockfd, brd);
                } catch (ErrnoException e) {
                    if (e.is(Errno.EADDRINUSE)) {
                        printf("EADDRINUSE: %s\n", SockNtop(brd));
                        continue;
                    }
                    throw Err.sys("bind error for %s", SockNtop(brd));
                }
                printf("bound %s\n", SockNtop(brd));

                Fork(MyDgEcho.class, sockfd);
            }
        }

        // bind wildcard address
        sockfd = Socket(family, SOCK_DGRAM, 0);
        Setsockopt(sockfd, SOL_SOCKET, SO_REUSEADDR, 1);

        SockAddr wild = sa.copy(); // copy family and port
        sockSetWild(wild);

        Bind(sockfd, wild);
        printf("bound %s\n", SockNtop(wild));

        Fork(MyDgEcho.class, sockfd);
    }
}
