package io.unp.examples.intro;

import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Unp.LISTENQ;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Listen;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Write;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.examples.Daytime;
import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn6;

/**
 * intro/daytimetcpsrvv6: the daytime server of figure 1.9 on an IPv6 socket bound to {@code ::}; prints each
 * client's address with {@code sock_ntop}. On Linux it serves IPv4 clients too, as IPv4-mapped addresses
 * ({@code ::ffff:127.0.0.1}).
 */
public final class DaytimeTcpSrvv6 {
    private DaytimeTcpSrvv6() {}

    /** {@code in6addr_any}: the IPv6 wildcard address, all zeros. */
    private static final byte[] IN6ADDR_ANY = new byte[16];

    public static void main(String[] args) {
        int listenfd = Socket(AF_INET6, SOCK_STREAM, 0);

        SockaddrIn6 servaddr = new SockaddrIn6();
        servaddr.setAddressBytes(IN6ADDR_ANY); // the wildcard ::
        servaddr.sin6Port(htons(13)); // daytime server

        Bind(listenfd, servaddr);
        Listen(listenfd, LISTENQ);

        for (;;) {
            SockaddrIn6 cliaddr = new SockaddrIn6();
            int connfd = Accept(listenfd, cliaddr);
            Stdio.printf("connection from %s\n", SockNtop(cliaddr));
            byte[] buff = Daytime.line(MAXLINE);
            Write(connfd, buff, buff.length);
            Close(connfd);
        }
    }
}
