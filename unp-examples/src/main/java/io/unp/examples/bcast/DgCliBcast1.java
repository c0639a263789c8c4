package io.unp.examples.bcast;

import static io.unp.abi.Constants.SIGALRM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_BROADCAST;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapSock.Setsockopt;

import io.unp.abi.Errno;
import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.InputStream;

/**
 * bcast/dgclibcast1.c (section 18.4), linked by udpcli01: {@code dg_cli} that broadcasts each
 * line and prints every reply until a 5-second alarm interrupts {@code recvfrom} with EINTR.
 *
 * <p>It has the race of section 18.5: if SIGALRM comes while the loop is between two
 * {@code recvfrom}s (printing a reply), nothing interrupts the next one, which then blocks for
 * good. Rare here; {@code udpcli02} makes it happen every time.
 */
final class DgCliBcast1 {
    private DgCliBcast1() {}

    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        SockAddr preplyAddr = pservaddr.copy();

        Setsockopt(sockfd, SOL_SOCKET, SO_BROADCAST, 1);

        Signal(SIGALRM, DgCliBcast1::recvfromAlarm);

        while (Stdio.Fgets(sendline, Unp.MAXLINE, fp) >= 0) {

            Sendto(sockfd, sendline, Stdio.strlen(sendline), 0, pservaddr);

            Sys.alarm(5);
            for (;;) {
                int n;
                try {
                    n = Sys.recvfrom(sockfd, recvline, 0, Unp.MAXLINE, 0, preplyAddr);
                } catch (ErrnoException e) {
                    if (e.is(Errno.EINTR)) {
                        break; // waited long enough for replies
                    }
                    throw Err.sys("recvfrom error");
                }
                Reply.print(preplyAddr, recvline, n);
            }
        }
    }

    /** Just interrupts the recvfrom. */
    private static void recvfromAlarm(int signo) {
    }
}
