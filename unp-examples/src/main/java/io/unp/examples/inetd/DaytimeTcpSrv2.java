package io.unp.examples.inetd;

import static io.unp.lib.DaemonInit.daemonInit;
import static io.unp.lib.Err.msg;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.TcpListen.TcpListen;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Write;

import io.unp.examples.Daytime;
import io.unp.net.SockaddrStorage;

/**
 * inetd/daytimetcpsrv2 (section 12.4): the protocol-independent daytime server of chapter 11 as
 * a daemon. It calls {@code daemon_init} before anything else, so the shell gets its prompt
 * back at once and even a usage error goes to syslog; each client's address is logged with
 * {@code err_msg}, which a daemon's error functions send to syslog at LOG_INFO.
 */
public final class DaytimeTcpSrv2 {
    private DaytimeTcpSrv2() {}

    public static void main(String[] args) {
        daemonInit("daytimetcpsrv2", 0);

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
            msg("connection from %s", SockNtop(cliaddr));

            byte[] buff = Daytime.line(MAXLINE);
            Write(connfd, buff, buff.length);

            Close(connfd);
        }
    }
}
