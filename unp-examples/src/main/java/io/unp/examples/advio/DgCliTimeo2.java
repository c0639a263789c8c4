package io.unp.examples.advio;

import static io.unp.lib.Stdio.Fgets;
import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.Stdio.strlen;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapSock.Setsockopt;

import io.unp.abi.Errno;
import io.unp.abi.Timeval;
import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import io.unp.net.SolSocket;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.InputStream;

/**
 * {@code dg_cli} of advio/dgclitimeo2.c (section 13.2), linked by udpcli02: sets SO_RCVTIMEO to
 * five seconds once, and every {@code recvfrom} that waits longer fails with EWOULDBLOCK, which
 * it reports as "socket timeout". The option applies to every read on the socket, not only to
 * this one call.
 */
final class DgCliTimeo2 {
    private DgCliTimeo2() {}

    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[MAXLINE];
        byte[] recvline = new byte[MAXLINE + 1];

        Setsockopt(sockfd, SolSocket.SO_RCVTIMEO, new Timeval(5, 0));

        while (Fgets(sendline, MAXLINE, fp) >= 0) {

            Sendto(sockfd, sendline, strlen(sendline), 0, pservaddr);

            int n;
            try {
                n = Sys.recvfrom(sockfd, recvline, 0, MAXLINE, 0, null);
            } catch (ErrnoException e) {
                if (e.is(Errno.EWOULDBLOCK)) {
                    Stdio.err("socket timeout\n");
                    continue;
                }
                throw Err.sys("recvfrom error");
            }

            recvline[n] = 0; // null terminate
            Fputs(recvline);
        }
    }
}
