package io.unp.examples.icmpd;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.ICMP6_DST_UNREACH;
import static io.unp.abi.Constants.ICMP6_DST_UNREACH_NOPORT;
import static io.unp.abi.Constants.ICMP6_PACKET_TOO_BIG;
import static io.unp.abi.Constants.ICMP6_TIME_EXCEEDED;
import static io.unp.abi.Constants.ICMP_SOURCEQUENCH;
import static io.unp.abi.Constants.ICMP_TIMXCEED;
import static io.unp.abi.Constants.ICMP_UNREACH;
import static io.unp.abi.Constants.ICMP_UNREACH_NEEDFRAG;
import static io.unp.abi.Constants.ICMP_UNREACH_PORT;
import static io.unp.abi.Constants.IPPROTO_UDP;
import static io.unp.abi.FdSet.FD_CLR;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_SETSIZE;
import static io.unp.examples.icmpd.Icmpd.allset;
import static io.unp.examples.icmpd.Icmpd.client;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtopHost;
import static io.unp.lib.WrapLib.InetNtop;
import static io.unp.lib.WrapLib.ReadFd;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Write;

import io.unp.abi.Errno;
import io.unp.lib.Err;
import io.unp.lib.SockFuncs;
import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.Icmp6Hdr;
import io.unp.net.IcmpHdr;
import io.unp.net.Ip6Hdr;
import io.unp.net.IpHdr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.net.SockaddrStorage;
import io.unp.net.UdpHdr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * icmpd/readable_listen.c, readable_conn.c, readable_v4.c and readable_v6.c (figures
 * 25.32-25.37): what the daemon does when each kind of descriptor is readable. Each returns
 * {@code --nready}, the descriptors still to handle.
 */
final class Readable {
    private Readable() {}

    /** readable_listen: accept a client and keep its descriptor in the first free slot. */
    static int readableListen() {
        SockaddrStorage cliaddr = new SockaddrStorage();
        int connfd = Accept(Icmpd.listenfd, cliaddr);

        int i;
        for (i = 0; i < FD_SETSIZE; i++) { // find first available client[] structure
            if (client[i].connfd < 0) {
                client[i].connfd = connfd; // save descriptor
                break;
            }
        }
        if (i == FD_SETSIZE) {
            throw quit("too many clients");
        }
        Stdio.printf("new connection, i = %d, connfd = %d\n", i, connfd);

        FD_SET(connfd, allset); // add new descriptor to set
        Icmpd.maxfd = Math.max(Icmpd.maxfd, connfd);
        Icmpd.maxi = Math.max(Icmpd.maxi, i);
        return --Icmpd.nready;
    }

    /**
     * readable_conn: a client sent its UDP socket (one byte of data with the descriptor):
     * note the socket's family and local port, binding it to a port first if it has none,
     * answer "1", and close our copy; "0" on failure; end of file ends the client.
     */
    static int readableConn(int i) {
        int unixfd = client[i].connfd;
        int[] recvfd = {-1};
        byte[] c = new byte[1];
        int n = ReadFd(unixfd, c, 1, recvfd);
        if (n == 0) {
            Err.msg("client %d terminated, recvfd = %d", i, recvfd[0]);
            return clientDone(i, unixfd, recvfd[0]); // client probably terminated
        }

        // data from client; should be descriptor
        if (recvfd[0] < 0) {
            Err.msg("read_fd did not return descriptor");
            return clientErr(i, unixfd, recvfd[0]);
        }

        SockaddrStorage un = new SockaddrStorage();
        try {
            Sys.getsockname(recvfd[0], un);
        } catch (ErrnoException e) {
            Err.ret("getsockname error");
            return clientErr(i, unixfd, recvfd[0]);
        }

        client[i].family = un.family();
        client[i].lport = un.family() == AF_INET || un.family() == AF_INET6 ? un.portHost() : 0;
        if (client[i].lport == 0) {
            int port;
            try {
                port = SockFuncs.sockBindWild(recvfd[0], client[i].family); // -1 for a family with no port
            } catch (ErrnoException e) {
                port = -1;
            }
            if (port <= 0) {
                Err.ret("error binding ephemeral port");
                return clientErr(i, unixfd, recvfd[0]);
            }
            client[i].lport = io.unp.net.NetOrder.ntohs(port);
        }
        Write(unixfd, new byte[] {'1'}, 1); // tell client all OK
        FD_SET(unixfd, allset);
        Icmpd.maxfd = Math.max(Icmpd.maxfd, unixfd);
        Icmpd.maxi = Math.max(Icmpd.maxi, i);
        Close(recvfd[0]); // all done with client's UDP socket
        return --Icmpd.nready;
    }

    private static int clientErr(int i, int unixfd, int recvfd) {
        Write(unixfd, new byte[] {'0'}, 1); // tell client error occurred
        return clientDone(i, unixfd, recvfd);
    }

    private static int clientDone(int i, int unixfd, int recvfd) {
        Close(unixfd);
        if (recvfd >= 0) {
            Close(recvfd);
        }
        FD_CLR(unixfd, allset);
        client[i].connfd = -1;
        return --Icmpd.nready;
    }

    /** readable_v4: print the ICMPv4 message; pass an error about a client's UDP port to that client. */
    static int readableV4() {
        byte[] buf = new byte[Unp.MAXLINE];
        SockaddrIn from = new SockaddrIn();
        int n = Recvfrom(Icmpd.fd4, buf, Unp.MAXLINE, 0, from);

        Stdio.printf("%d bytes ICMPv4 from %s:", n, SockNtopHost(from));

        IpHdr ip = new IpHdr(buf, 0); // start of IP header
        int hlen1 = ip.hlen(); // length of IP header
        IcmpHdr icmp = new IcmpHdr(buf, hlen1); // start of ICMP header
        int icmplen = n - hlen1;
        if (icmplen < 8) {
            throw quit("icmplen (%d) < 8", icmplen);
        }
        Stdio.printf(" type = %d, code = %d\n", icmp.icmpType(), icmp.icmpCode());

        if (icmp.icmpType() == ICMP_UNREACH || icmp.icmpType() == ICMP_TIMXCEED
                || icmp.icmpType() == ICMP_SOURCEQUENCH) {
            if (icmplen < 8 + 20 + 8) {
                throw quit("icmplen (%d) < 8 + 20 + 8", icmplen);
            }
            IpHdr hip = icmp.icmpIp();
            Stdio.printf("\tsrcip = %s, dstip = %s, proto = %d\n", InetNtop(AF_INET, hip.ipSrc()),
                    InetNtop(AF_INET, hip.ipDst()), hip.ipP());
            if (hip.ipP() == IPPROTO_UDP) {
                UdpHdr udp = new UdpHdr(buf, hip.payloadOffset());
                int sport = udp.uhSport();

                // find client's Unix domain socket, send headers
                for (int i = 0; i <= Icmpd.maxi; i++) {
                    if (client[i].connfd >= 0 && client[i].family == AF_INET && client[i].lport == sport) {
                        SockaddrIn dest = SockaddrIn.of(hip.ipDst(), udp.uhDport());
                        // convert type & code to reasonable errno value
                        Errno errno = Errno.EHOSTUNREACH; // default
                        if (icmp.icmpType() == ICMP_UNREACH) {
                            if (icmp.icmpCode() == ICMP_UNREACH_PORT) {
                                errno = Errno.ECONNREFUSED;
                            } else if (icmp.icmpCode() == ICMP_UNREACH_NEEDFRAG) {
                                errno = Errno.EMSGSIZE;
                            }
                        }
                        send(i, errno, icmp.icmpType(), icmp.icmpCode(), dest);
                    }
                }
            }
        }
        return --Icmpd.nready;
    }

    /**
     * readable_v6: the same for ICMPv6. The message starts at offset 0 (a raw IPv6 socket
     * returns no IPv6 header; the 2nd edition's C skips 40 bytes that are not there and, on
     * Linux, quits with "next header not IPPROTO_ICMPV6").
     */
    static int readableV6() {
        byte[] buf = new byte[Unp.MAXLINE];
        SockaddrIn6 from = new SockaddrIn6();
        int n = Recvfrom(Icmpd.fd6, buf, Unp.MAXLINE, 0, from);

        Stdio.printf("%d bytes ICMPv6 from %s:", n, SockNtopHost(from));

        Icmp6Hdr icmp6 = new Icmp6Hdr(buf, 0);
        int icmp6len = n;
        if (icmp6len < 8) {
            throw quit("icmp6len (%d) < 8", icmp6len);
        }
        Stdio.printf(" type = %d, code = %d\n", icmp6.icmp6Type(), icmp6.icmp6Code());

        if (icmp6.icmp6Type() == ICMP6_DST_UNREACH || icmp6.icmp6Type() == ICMP6_PACKET_TOO_BIG
                || icmp6.icmp6Type() == ICMP6_TIME_EXCEEDED) {
            if (icmp6len < 8 + 40 + 8) {
                throw quit("icmp6len (%d) < 8 + 40 + 8", icmp6len);
            }
            Ip6Hdr hip6 = icmp6.errorIp6();
            Stdio.printf("\tsrcip = %s, dstip = %s, next hdr = %d\n", InetNtop(AF_INET6, hip6.ip6Src()),
                    InetNtop(AF_INET6, hip6.ip6Dst()), hip6.ip6Nxt());
            if (hip6.ip6Nxt() == IPPROTO_UDP) {
                UdpHdr udp = new UdpHdr(buf, hip6.payloadOffset());
                int sport = udp.uhSport();
                for (int i = 0; i <= Icmpd.maxi; i++) {
                    if (client[i].connfd >= 0 && client[i].family == AF_INET6 && client[i].lport == sport) {
                        SockaddrIn6 dest = SockaddrIn6.of(hip6.ip6Dst(), udp.uhDport());
                        Errno errno = Errno.EHOSTUNREACH; // default
                        // The 2nd edition compares the ICMPv6 code with the ICMPv4 codes 3 and 4,
                        // so an ICMPv6 port unreachable (code 4) became EMSGSIZE; as the 3rd
                        // edition does: port unreachable is ECONNREFUSED, "packet too big" EMSGSIZE
                        if (icmp6.icmp6Type() == ICMP6_DST_UNREACH && icmp6.icmp6Code() == ICMP6_DST_UNREACH_NOPORT) {
                            errno = Errno.ECONNREFUSED;
                        } else if (icmp6.icmp6Type() == ICMP6_PACKET_TOO_BIG) {
                            errno = Errno.EMSGSIZE;
                        }
                        send(i, errno, icmp6.icmp6Type(), icmp6.icmp6Code(), dest);
                    }
                }
            }
        }
        return --Icmpd.nready;
    }

    private static void send(int i, Errno errno, int type, int code, io.unp.net.SockAddr dest) {
        byte[] err = new byte[Unpicmpd.SIZE];
        Unpicmpd.put(err, errno.code(), type, code, dest);
        Write(client[i].connfd, err, Unpicmpd.SIZE);
    }
}
