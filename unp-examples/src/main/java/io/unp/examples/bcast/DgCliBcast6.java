package io.unp.examples.bcast;

import static io.unp.abi.Constants.SIGALRM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_BROADCAST;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapUnix.Pipe;
import static io.unp.lib.WrapUnix.Read;
import static io.unp.lib.WrapUnix.Write;

import io.unp.abi.Errno;
import io.unp.abi.FdSet;
import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.InputStream;

/**
 * bcast/dgclibcast6.c (section 18.5), linked by udpcli06: the third fix, IPC from the signal
 * handler. The handler writes a byte to a pipe and {@code select} waits on the socket and the
 * pipe together: a late alarm leaves its byte in the pipe, so it cannot be lost.
 */
final class DgCliBcast6 {
    private DgCliBcast6() {}

    private static final int[] pipefd = new int[2];

    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        SockAddr preplyAddr = pservaddr.copy();
        FdSet rset = new FdSet();

        Setsockopt(sockfd, SOL_SOCKET, SO_BROADCAST, 1);

        Pipe(pipefd);
        int maxfdp1 = Math.max(sockfd, pipefd[0]) + 1;

        FD_ZERO(rset);

        Signal(SIGALRM, DgCliBcast6::recvfromAlarm);

        while (Stdio.Fgets(sendline, Unp.MAXLINE, fp) >= 0) {
            Sendto(sockfd, sendline, Stdio.strlen(sendline), 0, pservaddr);

            Sys.alarm(5);
            for (;;) {
                FD_SET(sockfd, rset);
                FD_SET(pipefd[0], rset);
                try {
                    Sys.select(maxfdp1, rset, null, null, null);
                } catch (ErrnoException e) {
                    if (e.is(Errno.EINTR)) {
                        continue;
                    }
                    throw Err.sys("pselect error"); // sic: the C's message
                }

                if (FD_ISSET(sockfd, rset)) {
                    int n = Recvfrom(sockfd, recvline, Unp.MAXLINE, 0, preplyAddr);
                    Reply.print(preplyAddr, recvline, n);
                }

                if (FD_ISSET(pipefd[0], rset)) {
                    Read(pipefd[0], new byte[1], 1); // timer expired
                    break;
                }
            }
        }
    }

    private static void recvfromAlarm(int signo) {
        Write(pipefd[1], new byte[1], 1); // write 1 null byte to pipe
    }
}
