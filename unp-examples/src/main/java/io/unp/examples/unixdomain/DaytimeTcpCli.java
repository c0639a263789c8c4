package io.unp.examples.unixdomain;

import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtopHost;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.TcpConnect.TcpConnect;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Getpeername;
import static io.unp.lib.WrapUnix.Read;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrStorage;
import io.unp.sys.Sys;

/**
 * unixdomain/daytimetcpcli: the daytime client of a chapter 14 exercise: connects with
 * {@code tcp_connect}, sleeps five seconds so that everything the server sends is queued, then
 * prints each {@code read} with its byte count, showing how many reads the data takes. Against
 * unixdomain/daytimetcpsrv2, which sends one byte per {@code send} with MSG_EOR, TCP still
 * hands back all 26 bytes in one read: it keeps no record boundaries.
 */
public final class DaytimeTcpCli {
    private DaytimeTcpCli() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw quit("usage: daytimetcpcli <hostname/IPaddress> <service/port#>");
        }

        int sockfd = TcpConnect(args[0], args[1]);

        SockaddrStorage sa = new SockaddrStorage();
        Getpeername(sockfd, sa);
        printf("connected to %s\n", SockNtopHost(sa));
        Sys.sleep(5);

        byte[] recvline = new byte[MAXLINE + 1];
        int n;
        while ((n = Read(sockfd, recvline, MAXLINE)) > 0) {
            recvline[n] = 0; // null terminate
            printf("%d bytes: %s", n, Stdio.str(recvline));
        }
    }
}
