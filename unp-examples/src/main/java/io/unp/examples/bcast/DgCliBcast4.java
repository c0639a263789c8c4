package io.unp.examples.bcast;

import static io.unp.abi.Constants.SIGALRM;
import static io.unp.abi.Constants.SIG_BLOCK;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_BROADCAST;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapUnix.Sigaddset;
import static io.unp.lib.WrapUnix.Sigemptyset;
import static io.unp.lib.WrapUnix.Sigprocmask;

import io.unp.abi.Errno;
import io.unp.abi.FdSet;
import io.unp.abi.SigSet;
import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.InputStream;

/**
 * bcast/dgclibcast4.c (section 18.5), linked by udpcli04: the first fix. SIGALRM stays blocked;
 * {@code pselect} unblocks it only while it waits, atomically, so an alarm that came while the
 * loop was printing is pending and ends the next {@code pselect} with EINTR at once.
 */
final class DgCliBcast4 {
    private DgCliBcast4() {}

    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        SockAddr preplyAddr = pservaddr.copy();
        FdSet rset = new FdSet();
        SigSet sigsetAlrm = new SigSet();
        SigSet sigsetEmpty = new SigSet();

        Setsockopt(sockfd, SOL_SOCKET, SO_BROADCAST, 1);

        FD_ZERO(rset);

        Sigemptyset(sigsetEmpty);
        Sigemptyset(sigsetAlrm);
        Sigaddset(sigsetAlrm, SIGALRM);

        Signal(SIGALRM, DgCliBcast4::recvfromAlarm);

        while (Stdio.Fgets(sendline, Unp.MAXLINE, fp) >= 0) {
            Sendto(sockfd, sendline, Stdio.strlen(sendline), 0, pservaddr);

            Sigprocmask(SIG_BLOCK, sigsetAlrm, null);
            Sys.alarm(5);
            for (;;) {
                FD_SET(sockfd, rset);
                int n;
                try {
                    n = Sys.pselect(sockfd + 1, rset, null, null, null, sigsetEmpty);
                } catch (ErrnoException e) {
                    if (e.is(Errno.EINTR)) {
                        break;
                    }
                    throw Err.sys("pselect error");
                }
                if (n != 1) {
                    throw Err.sys("pselect error: returned %d", n);
                }

                n = Recvfrom(sockfd, recvline, Unp.MAXLINE, 0, preplyAddr);
                Reply.print(preplyAddr, recvline, n);
            }
        }
    }

    /** Just interrupts the pselect. */
    private static void recvfromAlarm(int signo) {
    }
}
