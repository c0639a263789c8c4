package io.unp.examples.names;

import static io.unp.lib.Err.quit;
import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.UdpConnect.UdpConnect;
import static io.unp.lib.WrapUnix.Read;
import static io.unp.lib.WrapUnix.Write;

import io.unp.lib.Unp;

/**
 * names/daytimeudpcli2: the UDP daytime client with a connected socket ({@code udp_connect},
 * section 11.12): write a 1-byte datagram, read the reply. With no server, the read fails
 * with "Connection refused" (the ICMP error reaches a connected socket).
 */
public final class DaytimeUdpCli2 {
    private DaytimeUdpCli2() {}

    public static void main(String[] args) {
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        if (args.length != 2) {
            throw quit("usage: daytimeudpcli2 <hostname/IPaddress> <service/port#>");
        }
        int sockfd = UdpConnect(args[0], args[1]);

        Write(sockfd, new byte[1], 1); // send 1-byte datagram

        int n = Read(sockfd, recvline, Unp.MAXLINE);
        recvline[n] = 0; // null terminate
        Fputs(recvline);
    }
}
