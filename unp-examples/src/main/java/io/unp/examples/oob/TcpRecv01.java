package io.unp.examples.oob;

import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Recv;
import static io.unp.lib.WrapUnix.Fcntl;
import static io.unp.lib.WrapUnix.Read;

import io.unp.abi.Constants;
import io.unp.lib.Exit;
import io.unp.lib.Stdio;
import io.unp.sys.Sys;

/**
 * oob/tcprecv01 (section 21.2): reads normal data in its main loop and the out-of-band byte in
 * its SIGURG handler, after {@code fcntl(F_SETOWN)} made this process the socket's owner, the
 * one the kernel signals.
 *
 * <p>The handler runs on a thread of its own while the main thread stays in {@code read};
 * {@link io.unp.sys.Signals} restarts that read afterwards, as SA_RESTART does in C.
 */
public final class TcpRecv01 {
    private TcpRecv01() {}

    static int listenfd;
    static volatile int connfd;

    public static void main(String[] args) {
        byte[] buff = new byte[100];

        listenfd = OobPrint.listen(args, "tcprecv01");

        connfd = Accept(listenfd, null);

        Signal(Constants.SIGURG, TcpRecv01::sigUrg);
        Fcntl(connfd, Constants.F_SETOWN, Sys.getpid());

        for (;;) {
            int n = Read(connfd, buff, buff.length - 1);
            if (n == 0) {
                Stdio.printf("received EOF\n");
                throw new Exit(0);
            }
            OobPrint.read(buff, n);
        }
    }

    static void sigUrg(int signo) {
        byte[] buff = new byte[100];

        Stdio.printf("SIGURG received\n");
        int n = Recv(connfd, buff, buff.length - 1, Constants.MSG_OOB);
        OobPrint.readOob(buff, n);
    }
}
