package io.unp.examples.names;

import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.examples.Daytime;
import io.unp.net.SockaddrStorage;

/**
 * The loop daytimeudpsrv2 and daytimeudpsrv3 share (their C mains differ only in the call that
 * makes the socket): each datagram's sender is printed and sent the daytime line.
 */
final class DaytimeUdp {
    private DaytimeUdp() {}

    static void serve(int sockfd) {
        byte[] buff = new byte[MAXLINE];
        for (;;) {
            SockaddrStorage cliaddr = new SockaddrStorage();
            Recvfrom(sockfd, buff, MAXLINE, 0, cliaddr);
            printf("datagram from %s\n", SockNtop(cliaddr));

            byte[] line = Daytime.line(MAXLINE);
            Sendto(sockfd, line, line.length, 0, cliaddr);
        }
    }
}
