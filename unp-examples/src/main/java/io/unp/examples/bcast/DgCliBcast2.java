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
 * bcast/dgclibcast2.c (section 18.5), linked by udpcli02: {@link DgCliBcast1}'s loop with
 * {@code alarm(1)} and a {@code sleep(1)} after each reply, which widens the race of section
 * 18.5 until it always happens: the alarm goes off during the sleep (ending it early), the
 * reply is printed, and the next {@code recvfrom} waits forever, as nothing will interrupt it.
 */
final class DgCliBcast2 {
    private DgCliBcast2() {}

    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        SockAddr preplyAddr = pservaddr.copy();

        Setsockopt(sockfd, SOL_SOCKET, SO_BROADCAST, 1);

        Signal(SIGALRM, DgCliBcast2::recvfromAlarm);

        while (Stdio.Fgets(sendline, Unp.MAXLINE, fp) >= 0) {

            Sendto(sockfd, sendline, Stdio.strlen(sendline), 0, pservaddr);

            Sys.alarm(1);
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
                Sys.sleep(1);
                Reply.print(preplyAddr, recvline, n);
            }
        }
    }

    /** Just interrupts the recvfrom. */
    private static void recvfromAlarm(int signo) {
    }
}
