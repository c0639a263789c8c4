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
 * names/daytimetcpsrv1: the protocol-independent daytime server of section 11.10: listens
 * with {@code tcp_listen} on the wildcard address and the given service or port, and prints
 * each client's address with {@code sock_ntop}.
 */
public final class DaytimeTcpSrv1 {
    private DaytimeTcpSrv1() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: daytimetcpsrv1 <service or port#>");
        }
        int listenfd = TcpListen(null, args[0], new int[1]);

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
