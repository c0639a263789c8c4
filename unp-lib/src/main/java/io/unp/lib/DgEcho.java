package io.unp.lib;

import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.net.SockAddr;

/** {@code dg_echo} ({@code lib/dg_echo.c}, figure 8.4): the UDP echo server's loop. */
public final class DgEcho {
    private DgEcho() {}

    /**
     * {@code dg_echo}: forever reads a datagram on {@code sockfd} and sends it back to the
     * address it came from; {@code pcliaddr} is the buffer that receives each client's address
     * (its capacity plays the part of C's {@code clilen}). One process serves every client,
     * one datagram at a time.
     */
    public static void dgEcho(int sockfd, SockAddr pcliaddr) {
        byte[] mesg = new byte[Unp.MAXLINE];
        for (;;) {
            int n = Recvfrom(sockfd, mesg, Unp.MAXLINE, 0, pcliaddr);

            Sendto(sockfd, mesg, n, 0, pcliaddr);
        }
    }
}
