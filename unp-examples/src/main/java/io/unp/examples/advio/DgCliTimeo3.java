package io.unp.examples.advio;

import static io.unp.abi.Constants.SIGALRM;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.Stdio.Fgets;
import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.Stdio.strlen;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.abi.Errno;
import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.InputStream;

/**
 * {@code dg_cli} of advio/dgclitimeo3.c (section 13.2), linked by udpcli03: {@code alarm(5)}
 * before each {@code recvfrom}; SIGALRM's handler does nothing, but since the book's
 * {@code Signal} installs it without SA_RESTART, the blocked {@code recvfrom} returns EINTR,
 * reported as "socket timeout". A reply turns the alarm off.
 */
final class DgCliTimeo3 {
    private DgCliTimeo3() {}

    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[MAXLINE];
        byte[] recvline = new byte[MAXLINE + 1];

        Signal(SIGALRM, DgCliTimeo3::sigAlrm);

        while (Fgets(sendline, MAXLINE, fp) >= 0) {

            Sendto(sockfd, sendline, strlen(sendline), 0, pservaddr);

            Sys.alarm(5);
            int n;
            try {
                n = Sys.recvfrom(sockfd, recvline, 0, MAXLINE, 0, null);
            } catch (ErrnoException e) {
                if (e.is(Errno.EINTR)) {
                    Stdio.err("socket timeout\n");
                    continue;
                }
                throw Err.sys("recvfrom error");
            }
            Sys.alarm(0);
            recvline[n] = 0; // null terminate
            Fputs(recvline);
        }
    }

    /** SIGALRM's handler: returns, just to interrupt the recvfrom. */
    private static void sigAlrm(int signo) {
        // nothing to do
    }
}
