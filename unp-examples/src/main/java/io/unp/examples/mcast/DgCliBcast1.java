package io.unp.examples.mcast;

import static io.unp.abi.Constants.SIGALRM;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.abi.Errno;
import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.InputStream;

/**
 * mcast/dgclibcast1.c, linked by mcast/udpcli01: bcast's first {@code dg_cli} without
 * {@code SO_BROADCAST}: sending to a multicast group needs no option, and sending to a
 * broadcast address without it fails with EACCES ({@code sendto error: Permission denied}).
 */
final class DgCliBcast1 {
    private DgCliBcast1() {}

    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        SockAddr preplyAddr = pservaddr.copy();

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
