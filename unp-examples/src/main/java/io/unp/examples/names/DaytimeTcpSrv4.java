package io.unp.examples.names;

import static io.unp.lib.Err.quit;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.TcpListen.TcpListen;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Write;
import static io.unp.abi.Constants.NI_NUMERICHOST;
import static io.unp.abi.Constants.NI_NUMERICSERV;

import io.unp.examples.Daytime;
import io.unp.net.NameInfo;
import io.unp.net.SockaddrStorage;
import io.unp.sys.GaiException;
import io.unp.sys.Sys;

/**
 * names/daytimetcpsrv4: daytimetcpsrv2 that prints each client with {@code getnameinfo}
 * (NI_NUMERICHOST | NI_NUMERICSERV) instead of {@code sock_ntop}; nothing is printed when
 * getnameinfo fails.
 */
public final class DaytimeTcpSrv4 {
    private DaytimeTcpSrv4() {}

    public static void main(String[] args) {
        int listenfd;
        if (args.length == 1) {
            listenfd = TcpListen(null, args[0], new int[1]);
        } else if (args.length == 2) {
            listenfd = TcpListen(args[0], args[1], new int[1]);
        } else {
            throw quit("usage: daytimetcpsrv4 [ <host> ] <service or port>");
        }

        for (;;) {
            SockaddrStorage cliaddr = new SockaddrStorage();
            int connfd = Accept(listenfd, cliaddr);
            try {
                NameInfo ni = Sys.getnameinfo(cliaddr, NI_NUMERICHOST | NI_NUMERICSERV);
                printf("connection from %s.%s\n", ni.host(), ni.serv());
            } catch (GaiException e) {
                // the C prints nothing when getnameinfo fails
            }

            byte[] buff = Daytime.line(MAXLINE);
            Write(connfd, buff, buff.length);

            Close(connfd);
        }
    }
}
