package io.unp.examples.names;

import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.SockNtop.SockNtopHost;
import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.UdpClient.UdpClient;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/**
 * names/test2: daytimeudpcli1 that first binds its socket explicitly to the wildcard address
 * (port 0) of the server's family, and prints what it bound.
 */
public final class Test2 {
    private Test2() {}

    public static void main(String[] args) {
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        if (args.length != 2) {
            throw quit("usage: test2 <hostname/IPaddress> <service/port#>");
        }
        SockaddrStorage sa = new SockaddrStorage();
        int sockfd = UdpClient(args[0], args[1], sa);

        // the same as daytimeudpcli1, but the wildcard is bound explicitly
        SockAddr sabind = new SockaddrStorage();
        sabind.setLen(sa.len());
        sabind.setFamily(sa.family());
        Bind(sockfd, sabind);
        printf("bound %s\n", SockNtop(sabind));

        printf("sending to %s\n", SockNtopHost(sa));

        Sendto(sockfd, new byte[1], 1, 0, sa); // send 1-byte datagram

        int n = Recvfrom(sockfd, recvline, Unp.MAXLINE, 0, null);
        recvline[n] = 0; // null terminate
        Fputs(recvline);
    }
}
