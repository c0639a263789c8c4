package io.unp.examples.mcast;

import static io.unp.abi.Constants.SIGALRM;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import io.unp.sys.SigJmpBuf;
import io.unp.sys.Sys;
import java.io.InputStream;

/**
 * mcast/dgclimcast5.c, linked by udpcli05 (and mcast/dgclimcast6.c, the same code, linked by
 * udpcli06): bcast's {@code siglongjmp} {@code dg_cli} (udpcli05, section 18.5) without
 * {@code SO_BROADCAST}, for requests sent to a multicast group: every member's reply is printed
 * until the 5-second alarm.
 */
final class DgCliMcast5 {
    private DgCliMcast5() {}

    private static final SigJmpBuf jmpbuf = new SigJmpBuf();

    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        SockAddr preplyAddr = pservaddr.copy();

        Signal(SIGALRM, DgCliMcast5::recvfromAlarm);

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
                // waited long enough for replies
            }
        }
    }

    private static void recvfromAlarm(int signo) {
        jmpbuf.siglongjmp(1);
    }
}
