package io.unp.examples.advio;

import static io.unp.abi.Constants.MSG_PEEK;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtopHost;
import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.UdpConnect.UdpConnect;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Getpeername;
import static io.unp.lib.WrapSock.Recv;
import static io.unp.lib.WrapUnix.Ioctl;
import static io.unp.lib.WrapUnix.Read;
import static io.unp.lib.WrapUnix.Write;

import io.unp.net.IntRef;
import io.unp.net.Ioctls;
import io.unp.net.SockaddrStorage;

/**
 * advio/daytimeudpcli4 (section 13.7): daytimeudpcli3 on a connected UDP socket
 * ({@code udp_connect}), so it can use {@code write}, {@code recv(MSG_PEEK)} and {@code read}.
 * Its request is two zero bytes: the C writes 2 bytes from the 1-byte string {@code ""} (the
 * comment says "1-byte datagram"); the port sends what a C compiler lays out there, the NUL and
 * the following byte, as zeros.
 */
public final class DaytimeUdpCli4 {
    private DaytimeUdpCli4() {}

    public static void main(String[] args) {
        byte[] recvline = new byte[MAXLINE + 1];
        if (args.length != 2) {
            throw quit("usage: a.out <hostname or IPaddress> <service or port#>");
        }

        int sockfd = UdpConnect(args[0], args[1]);

        SockaddrStorage sa = new SockaddrStorage();
        Getpeername(sockfd, sa);
        printf("connected to %s\n", SockNtopHost(sa));

        Write(sockfd, new byte[2], 2); // send 1-byte datagram

        int n = Recv(sockfd, recvline, MAXLINE, MSG_PEEK);

        IntRef nq = new IntRef();
        Ioctl(sockfd, Ioctls.FIONREAD, nq); // check FIONREAD support
        printf("%d bytes from PEEK, %d bytes pending\n", n, nq.value());

        n = Read(sockfd, recvline, MAXLINE);
        recvline[n] = 0; // null terminate
        Fputs(recvline);
    }
}
