package io.unp.examples.bcast;

import static io.unp.abi.Constants.SIGALRM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_BROADCAST;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapSock.Setsockopt;

import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import io.unp.sys.SigJmpBuf;
import io.unp.sys.Sys;
import java.io.InputStream;

/**
 * bcast/dgclibcast5.c (section 18.5), linked by udpcli05: the second fix. The handler does not
 * return to the loop: it {@code siglongjmp}s out of it, wherever the loop was, so no alarm can
 * be lost between two {@code recvfrom}s.
 *
 * <p>Java has no jump between stack frames; {@link SigJmpBuf} makes the jump an exception that
 * this thread throws at {@code sigsetjmp()} (the alarm came while it was printing) or out of the
 * interrupted {@code Recvfrom} (it was waiting), and the {@code break} is its {@code catch}.
 */
final class DgCliBcast5 {
    private DgCliBcast5() {}

    private static final SigJmpBuf jmpbuf = new SigJmpBuf();

    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        SockAddr preplyAddr = pservaddr.copy();

        Setsockopt(sockfd, SOL_SOCKET, SO_BROADCAST, 1);

        Signal(SIGALRM, DgCliBcast5::recvfromAlarm);

        while (Stdio.Fgets(sendline, Unp.MAXLINE, fp) >= 0) {

            Sendto(sockfd, sendline, Stdio.strlen(sendline), 0, pservaddr);

            Sys.alarm(5);
            try {
                for (;;) {
                    jmpbuf.sigsetjmp();
                    int n = Recvfrom(sockfd, recvline, Unp.MAXLINE, 0, preplyAddr);
                    Reply.print(preplyAddr, recvline, n);
                }
            } catch (SigJmpBuf.Jump j) {
                // sigsetjmp "returned" 1: waited long enough for replies
            }
        }
    }

    private static void recvfromAlarm(int signo) {
        jmpbuf.siglongjmp(1);
    }
}
