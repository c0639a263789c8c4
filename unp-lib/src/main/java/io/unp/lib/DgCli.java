package io.unp.lib;

import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.net.SockAddr;
import java.io.InputStream;

/** {@code dg_cli} ({@code lib/dg_cli.c}, figure 8.8): the UDP echo client's loop. */
public final class DgCli {
    private DgCli() {}

    /**
     * {@code dg_cli}: sends each line of {@code fp} as one datagram to {@code pservaddr} and
     * prints the next datagram that arrives, from whomever it comes. There is no timeout: a
     * lost datagram, in either direction, leaves the client blocked in recvfrom for good.
     */
    public static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        int n;
        while ((n = Stdio.Fgets(sendline, Unp.MAXLINE, fp)) >= 0) {
            Sendto(sockfd, sendline, Stdio.strlen(sendline), 0, pservaddr);

            n = Recvfrom(sockfd, recvline, Unp.MAXLINE, 0, null);

            recvline[n] = 0; // the reply is text: end it for fputs
            Stdio.Fputs(recvline);
        }
    }
}
