package io.unp.lib;

import static io.unp.abi.Constants.*;

import io.unp.net.AddrInfo;
import io.unp.net.Inet;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrStorage;
import io.unp.sys.GaiException;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;
import java.util.List;

/**
 * A tiny program for {@link AddrInfoHelpersTest} and {@link ResolverIsolatedTest}: calls the
 * chapter 11 helpers as a book program would, so the test sees their messages and exit status.
 */
public final class AddrInfoChild {
    private AddrInfoChild() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exit e) {
            System.exit(e.status());
        }
        System.exit(0);
    }

    private static void run(String[] a) {
        switch (a[0]) {
            case "tcp_connect":
                TcpConnect.TcpConnect(a[1], a[2]);
                Stdio.printf("connected\n");
                break;
            case "tcp_listen-null":
                TcpListen.TcpListen(null, a[1], null);
                break;
            case "udp_server":
                UdpServer.UdpServer(a[1], a[2], null);
                break;
            case "udp_server-twice": {
                int fd = UdpServer.UdpServer(a[1], "0", null);
                SockAddr sa = new SockaddrStorage();
                Sys.getsockname(fd, sa);
                UdpServer.UdpServer(a[1], String.valueOf(sa.portHost()), null);
                break;
            }
            case "udp_client":
                UdpClient.UdpClient(a[1], a[2], new SockaddrStorage());
                break;
            case "udp_connect":
                UdpConnect.UdpConnect(a[1], a[2]);
                break;
            case "host_serv-null":
                HostServ.HostServ(null, null, AF_UNSPEC, 0);
                break;
            case "lookups": // names that only the private hosts file defines, in a namespace without DNS
                lookups();
                break;
            case "tcp_connect-tries-each": {
                // listen on the last address the name resolves to, so every earlier one is refused
                List<AddrInfo> answers = Sys.getaddrinfo(a[1], null, AddrInfo.hints(0, AF_INET, SOCK_STREAM));
                byte[] last = answers.get(answers.size() - 1).aiAddr().asIn().addressBytes();
                int lfd = TcpListen.TcpListen(Inet.inetNtop(AF_INET, last), "0", null);
                SockAddr bound = new SockaddrStorage();
                Sys.getsockname(lfd, bound);
                int fd = TcpConnect.TcpConnect(a[1], String.valueOf(bound.portHost()));
                SockAddr peer = new SockaddrStorage();
                Sys.getpeername(fd, peer);
                Stdio.printf("%d answers, listening on %s, connected to %s\n", answers.size(),
                        SockNtop.sockNtop(bound), SockNtop.sockNtop(peer));
                break;
            }
            default:
                throw new IllegalArgumentException(a[0]);
        }
    }

    private static void lookups() {
        try {
            Sys.gethostbyname("no-such-host.test");
        } catch (HostErrnoException e) {
            Stdio.printf("gethostbyname: %d %s\n", e.hErrno(), e.getMessage());
        }
        try {
            Sys.getaddrinfo("no-such-host.test", "daytime", null);
        } catch (GaiException e) {
            Stdio.printf("getaddrinfo: %d %s\n", e.code(), e.getMessage());
        }
        SockaddrIn doc = SockaddrIn.of(new byte[] {(byte) 192, 0, 2, 1}, 13);
        Stdio.printf("getnameinfo: %s\n", Sys.getnameinfo(doc, 0).host());
        try {
            Sys.getnameinfo(doc, NI_NAMEREQD);
        } catch (GaiException e) {
            Stdio.printf("getnameinfo NI_NAMEREQD: %d %s\n", e.code(), e.getMessage());
        }
        Stdio.printf("host_serv: %s\n", HostServ.hostServ("no-such-host.test", null, AF_UNSPEC, 0));
        Stdio.printf("canonical: %s\n", HostServ.HostServ("alias.test", null, AF_INET, SOCK_STREAM).get(0).aiCanonname());
    }
}
