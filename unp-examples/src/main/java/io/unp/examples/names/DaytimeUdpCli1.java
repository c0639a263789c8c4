package io.unp.examples.names;

import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtopHost;
import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.UdpClient.UdpClient;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.lib.Unp;
import io.unp.net.SockaddrStorage;

/**
 * names/daytimeudpcli1: the protocol-independent UDP daytime client of section 11.11: makes
 * a socket with {@code udp_client}, sends the server a 1-byte datagram and prints the reply.
 */
public final class DaytimeUdpCli1 {
    private DaytimeUdpCli1() {}

    public static void main(String[] args) {
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        if (args.length != 2) {
            throw quit("usage: daytimeudpcli1 <hostname/IPaddress> <service/port#>");
        }
        SockaddrStorage sa = new SockaddrStorage();
        int sockfd = UdpClient(args[0], args[1], sa);

        printf("sending to %s\n", SockNtopHost(sa));

        Sendto(sockfd, new byte[1], 1, 0, sa); // send 1-byte datagram

        int n = Recvfrom(sockfd, recvline, Unp.MAXLINE, 0, null);
        recvline[n] = 0; // null terminate
        Fputs(recvline);
    }
}
