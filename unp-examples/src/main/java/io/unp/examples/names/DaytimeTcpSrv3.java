package io.unp.examples.names;

import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.TcpListen.TcpListen;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Write;

import io.unp.examples.Daytime;
import io.unp.net.Linger;
import io.unp.net.SockaddrStorage;
import io.unp.net.SolSocket;
import io.unp.sys.Sys;

/**
 * names/daytimetcpsrv3: daytimetcpsrv2 that closes each connection with SO_LINGER set to
 * zero, so the client gets an RST instead of a FIN, after waiting 2 seconds for the data to
 * get across.
 */
public final class DaytimeTcpSrv3 {
    private DaytimeTcpSrv3() {}

    public static void main(String[] args) {
        int listenfd;
        if (args.length == 1) {
            listenfd = TcpListen(null, args[0], new int[1]);
        } else if (args.length == 2) {
            listenfd = TcpListen(args[0], args[1], new int[1]);
        } else {
            throw quit("usage: daytimetcpsrv3 [ <host> ] <service or port>");
        }

        for (;;) {
            SockaddrStorage cliaddr = new SockaddrStorage();
            int connfd = Accept(listenfd, cliaddr);
            printf("connection from %s\n", SockNtop(cliaddr));

            Setsockopt(connfd, SolSocket.SO_LINGER, new Linger(1, 0)); // RST instead of FIN

            byte[] buff = Daytime.line(MAXLINE);
            Write(connfd, buff, buff.length);

            Sys.sleep(2); // let the data get across before the RST
            Close(connfd);
        }
    }
}
