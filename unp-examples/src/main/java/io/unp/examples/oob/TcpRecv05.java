package io.unp.examples.oob;

import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Recv;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapUnix.Fcntl;

import io.unp.abi.Constants;
import io.unp.lib.Stdio;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * oob/tcprecv05 (section 21.3): a receiver with a 4096-byte receive buffer that never reads
 * normal data; its SIGURG handler tries to read the out-of-band byte. With tcpsend05 the buffer
 * is full, the urgent byte cannot arrive, but the kernel still signals that it is coming: the
 * {@code recv} fails with EWOULDBLOCK ("recv error: Resource temporarily unavailable").
 */
public final class TcpRecv05 {
    private TcpRecv05() {}

    static int listenfd;
    static volatile int connfd;

    public static void main(String[] args) {
        listenfd = OobPrint.listen(args, "tcprecv05");

        int size = 4096;
        Setsockopt(listenfd, Constants.SOL_SOCKET, Constants.SO_RCVBUF, size);

        connfd = Accept(listenfd, null);

        Signal(Constants.SIGURG, TcpRecv05::sigUrg);
        Fcntl(connfd, Constants.F_SETOWN, Sys.getpid());

        for (;;) {
            try {
                Sys.pause();
            } catch (ErrnoException e) {
                // EINTR: a handler ran; pause again
            }
        }
    }

    static void sigUrg(int signo) {
        byte[] buff = new byte[2048];

        Stdio.printf("SIGURG received\n");
        int n = Recv(connfd, buff, buff.length - 1, Constants.MSG_OOB);
        Stdio.printf("read %d OOB byte\n", n);
    }
}
