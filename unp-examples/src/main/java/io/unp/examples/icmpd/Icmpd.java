package io.unp.examples.icmpd;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.IPPROTO_ICMP;
import static io.unp.abi.Constants.IPPROTO_ICMPV6;
import static io.unp.abi.Constants.SOCK_RAW;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_SETSIZE;
import static io.unp.abi.FdSet.FD_ZERO;
import static io.unp.lib.Err.quit;
import static io.unp.lib.TcpListen.TcpListen;
import static io.unp.lib.WrapSock.Select;
import static io.unp.lib.WrapSock.Socket;

import io.unp.abi.FdSet;

/**
 * icmpd/icmpd.c (figures 25.30, 25.31) with icmpd.h: the ICMP message daemon. It reads every
 * ICMPv4 and ICMPv6 message on two raw sockets, accepts clients on the Unix domain socket
 * /tmp/icmpd, takes from each client its UDP socket (descriptor passing) to learn the socket's
 * local port, and writes to the client each ICMP error about a datagram sent from that port.
 * Needs root (raw sockets).
 */
public final class Icmpd {
    private Icmpd() {}

    /** {@code struct client}: one per client connection. */
    static final class Client {
        int connfd = -1; // Unix domain stream socket to client
        int family; // AF_INET or AF_INET6
        int lport; // local port bound to client's UDP socket (host order here)
    }

    static final Client[] client = new Client[FD_SETSIZE];
    static int fd4;
    static int fd6;
    static int listenfd;
    static int maxi;
    static int maxfd;
    static int nready;
    static FdSet rset = new FdSet();
    static FdSet allset = new FdSet();

    public static void main(String[] args) {
        if (args.length != 0) {
            throw quit("usage: icmpd");
        }

        maxi = -1; // index into client[] array
        for (int i = 0; i < FD_SETSIZE; i++) {
            client[i] = new Client(); // connfd -1: available entry
        }
        FD_ZERO(allset);

        fd4 = Socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
        FD_SET(fd4, allset);
        maxfd = fd4;

        fd6 = Socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
        FD_SET(fd6, allset);
        maxfd = Math.max(maxfd, fd6);

        listenfd = TcpListen("/unix", Unpicmpd.ICMPD_PATH, null);
        FD_SET(listenfd, allset);
        maxfd = Math.max(maxfd, listenfd);

        for (;;) {
            rset.assign(allset);
            nready = Select(maxfd + 1, rset, null, null, null);

            if (FD_ISSET(listenfd, rset)) {
                if (Readable.readableListen() <= 0) {
                    continue;
                }
            }
            if (FD_ISSET(fd4, rset)) {
                if (Readable.readableV4() <= 0) {
                    continue;
                }
            }
            if (FD_ISSET(fd6, rset)) {
                if (Readable.readableV6() <= 0) {
                    continue;
                }
            }
            for (int i = 0; i <= maxi; i++) { // check all clients for data
                int sockfd = client[i].connfd;
                if (sockfd < 0) {
                    continue;
                }
                if (FD_ISSET(sockfd, rset)) {
                    if (Readable.readableConn(i) <= 0) {
                        break; // no more readable descriptors
                    }
                }
            }
        }
    }
}
