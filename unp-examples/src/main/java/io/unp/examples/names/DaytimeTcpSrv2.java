package io.unp.examples.names;

import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.TcpListen.TcpListen;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Write;

import io.unp.examples.Daytime;
import io.unp.net.SockaddrStorage;

/**
 * names/daytimetcpsrv2: daytimetcpsrv1 with an optional host argument, whose family picks
 * the server's: "0.0.0.0" for IPv4, "::" for IPv6 (which also accepts IPv4 clients, printed
 * as IPv4-mapped addresses, chapter 10).
 */
public final class DaytimeTcpSrv2 {
    private DaytimeTcpSrv2() {}

    public static void main(String[] args) {
        int listenfd;
        if (args.length == 1) {
            listenfd = TcpListen(null, args[0], new int[1]);
        } else if (args.length == 2) {
            listenfd = TcpListen(args[0], args[1], new int[1]);
        } else {
            throw quit("usage: daytimetcpsrv2 [ <host> ] <service or port>");
        }

        for (;;) {
            SockaddrStorage cliaddr = new SockaddrStorage();
            int connfd = Accept(listenfd, cliaddr);
            printf("connection from %s\n", SockNtop(cliaddr));

            byte[] buff = Daytime.line(MAXLINE);
            Write(connfd, buff, buff.length);

            Close(connfd);
        }
    }
}
