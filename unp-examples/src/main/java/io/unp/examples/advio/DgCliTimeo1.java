package io.unp.examples.advio;

import static io.unp.lib.ReadableTimeo.ReadableTimeo;
import static io.unp.lib.Stdio.Fgets;
import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.Stdio.strlen;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import java.io.InputStream;

/**
 * {@code dg_cli} of advio/dgclitimeo1.c (section 13.2), linked by udpcli01: before each
 * {@code recvfrom} it waits at most five seconds in {@code select} ({@code readable_timeo}); if
 * nothing arrives it says "socket timeout" and goes on with the next line.
 */
final class DgCliTimeo1 {
    private DgCliTimeo1() {}

    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[MAXLINE];
        byte[] recvline = new byte[MAXLINE + 1];

        while (Fgets(sendline, MAXLINE, fp) >= 0) {

            Sendto(sockfd, sendline, strlen(sendline), 0, pservaddr);

            if (ReadableTimeo(sockfd, 5) == 0) {
                Stdio.err("socket timeout\n");
            } else {
                int n = Recvfrom(sockfd, recvline, MAXLINE, 0, null);
                recvline[n] = 0; // null terminate
                Fputs(recvline);
            }
        }
    }
}
