package io.unp.examples.bcast;

import static io.unp.abi.Constants.SIGALRM;
import static io.unp.abi.Constants.SIG_BLOCK;
import static io.unp.abi.Constants.SIG_UNBLOCK;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_BROADCAST;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapUnix.Sigaddset;
import static io.unp.lib.WrapUnix.Sigemptyset;
import static io.unp.lib.WrapUnix.Sigprocmask;

import io.unp.abi.Errno;
import io.unp.abi.SigSet;
import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.InputStream;

/**
 * bcast/dgclibcast3.c (section 18.5), linked by udpcli03: blocks SIGALRM except around
 * {@code recvfrom}. Still wrong: a SIGALRM held while the loop printed is delivered the moment
 * it is unblocked, just before {@code recvfrom}, which then blocks for good. Unblocking and
 * waiting must be one atomic step: {@code pselect} (udpcli04).
 *
 * <p>In Java the handler itself runs on a signal thread whatever this thread's mask; what the
 * mask holds is the handler's interruption of this thread ({@code Sys.sigprocmask}), which is
 * what the race is about.
 */
final class DgCliBcast3 {
    private DgCliBcast3() {}

    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        SockAddr preplyAddr = pservaddr.copy();
        SigSet sigsetAlrm = new SigSet();

        Setsockopt(sockfd, SOL_SOCKET, SO_BROADCAST, 1);

        Sigemptyset(sigsetAlrm);
        Sigaddset(sigsetAlrm, SIGALRM);

        Signal(SIGALRM, DgCliBcast3::recvfromAlarm);

        while (Stdio.Fgets(sendline, Unp.MAXLINE, fp) >= 0) {

            Sendto(sockfd, sendline, Stdio.strlen(sendline), 0, pservaddr);

            Sys.alarm(5);
            for (;;) {
                int n;
                Sigprocmask(SIG_UNBLOCK, sigsetAlrm, null);
                try {
                    n = Sys.recvfrom(sockfd, recvline, 0, Unp.MAXLINE, 0, preplyAddr);
                } catch (ErrnoException e) {
                    n = -1;
                }
                Sigprocmask(SIG_BLOCK, sigsetAlrm, null);
                if (n < 0) {
                    if (Sys.errno() == Errno.EINTR.code()) {
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
