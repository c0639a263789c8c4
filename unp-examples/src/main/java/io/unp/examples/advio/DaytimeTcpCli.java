package io.unp.examples.advio;

import static io.unp.abi.Constants.MSG_PEEK;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtopHost;
import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.TcpConnect.TcpConnect;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Getpeername;
import static io.unp.lib.WrapSock.Recv;
import static io.unp.lib.WrapUnix.Ioctl;
import static io.unp.lib.WrapUnix.Read;

import io.unp.net.IntRef;
import io.unp.net.Ioctls;
import io.unp.net.SockaddrStorage;

/**
 * advio/daytimetcpcli (section 13.7): the daytime client that first looks at what has arrived
 * with {@code recv(MSG_PEEK)}, which leaves the data in the socket, and asks how much is queued
 * with {@code ioctl(FIONREAD)}, then reads it for real.
 */
public final class DaytimeTcpCli {
    private DaytimeTcpCli() {}

    public static void main(String[] args) {
        byte[] recvline = new byte[MAXLINE + 1];
        if (args.length != 2) {
            throw quit("usage: a.out <hostname or IPaddress> <service or port#>");
        }

        int sockfd = TcpConnect(args[0], args[1]);

        SockaddrStorage sa = new SockaddrStorage();
        Getpeername(sockfd, sa);
        printf("connected to %s\n", SockNtopHost(sa));

        for (;;) {
            int n = Recv(sockfd, recvline, MAXLINE, MSG_PEEK);
            if (n == 0) {
                break; // server closed connection
            }

            IntRef npend = new IntRef();
            Ioctl(sockfd, Ioctls.FIONREAD, npend); // check FIONREAD support
            printf("%d bytes from PEEK, %d bytes pending\n", n, npend.value());

            n = Read(sockfd, recvline, MAXLINE);
            recvline[n] = 0; // null terminate
            Fputs(recvline);
        }
    }
}
