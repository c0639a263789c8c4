package io.unp.examples.advio;

import static io.unp.abi.Constants.MSG_PEEK;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtopHost;
import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.UdpClient.UdpClient;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapUnix.Ioctl;

import io.unp.net.IntRef;
import io.unp.net.Ioctls;
import io.unp.net.SockaddrStorage;

/**
 * advio/daytimeudpcli3 (section 13.7): the UDP daytime client of section 11.11 that peeks at
 * the reply ({@code recvfrom(MSG_PEEK)}) and asks {@code ioctl(FIONREAD)} how much is queued
 * before reading it. On a UDP socket Linux's FIONREAD gives the size of the first queued
 * datagram, the one the next read returns.
 */
public final class DaytimeUdpCli3 {
    private DaytimeUdpCli3() {}

    public static void main(String[] args) {
        byte[] recvline = new byte[MAXLINE + 1];
        if (args.length != 2) {
            throw quit("usage: a.out <hostname or IPaddress> <service or port#>");
        }

        SockaddrStorage sa = new SockaddrStorage();
        int sockfd = UdpClient(args[0], args[1], sa);

        printf("sending to %s\n", SockNtopHost(sa));

        Sendto(sockfd, new byte[1], 1, 0, sa); // send 1-byte datagram

        int n = Recvfrom(sockfd, recvline, MAXLINE, MSG_PEEK, null);

        IntRef nq = new IntRef();
        Ioctl(sockfd, Ioctls.FIONREAD, nq); // check FIONREAD support
        printf("%d bytes from PEEK, %d bytes pending\n", n, nq.value());

        n = Recvfrom(sockfd, recvline, MAXLINE, 0, null);
        recvline[n] = 0; // null terminate
        Fputs(recvline);
    }
}
