package io.unp.examples.unixdomain;

import static io.unp.abi.Constants.MSG_EOR;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.TcpListen.TcpListen;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Send;
import static io.unp.lib.WrapUnix.Close;

import io.unp.examples.Daytime;
import io.unp.net.SockaddrStorage;

/**
 * unixdomain/daytimetcpsrv2: the daytime server of a chapter 14 exercise that sends its
 * line one byte per {@code send}, each with MSG_EOR. Linux's TCP accepts MSG_EOR (it only
 * stops the kernel from appending later data to that segment), so the client sees 26
 * one-byte segments on the wire, but reads them all at once.
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

        byte[] one = new byte[1];
        for (;;) {
            SockaddrStorage cliaddr = new SockaddrStorage();
            int connfd = Accept(listenfd, cliaddr);
            printf("connection from %s\n", SockNtop(cliaddr));

            byte[] buff = Daytime.line(MAXLINE);
            for (byte b : buff) {
                one[0] = b;
                Send(connfd, one, 1, MSG_EOR);
            }

            Close(connfd);
        }
    }
}
