package io.unp.examples.oob;

import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Sockatmark;
import static io.unp.lib.WrapUnix.Read;

import io.unp.abi.Constants;
import io.unp.lib.Exit;
import io.unp.lib.Stdio;
import io.unp.sys.Sys;

/**
 * oob/tcprecv04 (section 21.3): receives out-of-band data inline (SO_OOBINLINE, set on the
 * listening socket so the connected one inherits it), sleeps five seconds so that everything
 * has arrived, then reads, saying "at OOB mark" when {@code sockatmark} says the next byte is
 * the urgent one: a read never goes past the mark, so the data before it comes first. tcprecv06
 * is the same program.
 */
public final class TcpRecv04 {
    private TcpRecv04() {}

    public static void main(String[] args) {
        recv(args, "tcprecv04");
    }

    /** The program, for tcprecv04 and tcprecv06. */
    static void recv(String[] args, String program) {
        byte[] buff = new byte[100];

        int listenfd = OobPrint.listen(args, program);

        Setsockopt(listenfd, Constants.SOL_SOCKET, Constants.SO_OOBINLINE, 1);

        int connfd = Accept(listenfd, null);
        Sys.sleep(5);

        for (;;) {
            if (Sockatmark(connfd)) {
                Stdio.printf("at OOB mark\n");
            }

            int n = Read(connfd, buff, buff.length - 1);
            if (n == 0) {
                Stdio.printf("received EOF\n");
                throw new Exit(0);
            }
            OobPrint.read(buff, n);
        }
    }
}
