package io.unp.examples.oob;

import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Recv;
import static io.unp.lib.WrapSock.Select;
import static io.unp.lib.WrapUnix.Read;

import io.unp.abi.Constants;
import io.unp.abi.FdSet;
import io.unp.lib.Exit;
import io.unp.lib.Stdio;

/**
 * oob/tcprecv02 (section 21.2): learns of out-of-band data from {@code select}'s exception
 * set instead of SIGURG. On the book's BSD the exception condition stays on after the byte is
 * read, until the read pointer passes the mark, so the second {@code recv(MSG_OOB)} fails with
 * EINVAL; Linux clears it once the byte is read, and this program works there (see
 * docs/chapter21.md).
 */
public final class TcpRecv02 {
    private TcpRecv02() {}

    public static void main(String[] args) {
        byte[] buff = new byte[100];
        FdSet rset = new FdSet();
        FdSet xset = new FdSet();

        int listenfd = OobPrint.listen(args, "tcprecv02");

        int connfd = Accept(listenfd, null);

        FD_ZERO(rset);
        FD_ZERO(xset);
        for (;;) {
            FD_SET(connfd, rset);
            FD_SET(connfd, xset);

            Select(connfd + 1, rset, null, xset, null);

            if (FD_ISSET(connfd, xset)) {
                int n = Recv(connfd, buff, buff.length - 1, Constants.MSG_OOB);
                OobPrint.readOob(buff, n);
            }

            if (FD_ISSET(connfd, rset)) {
                int n = Read(connfd, buff, buff.length - 1);
                if (n == 0) {
                    Stdio.printf("received EOF\n");
                    throw new Exit(0);
                }
                OobPrint.read(buff, n);
            }
        }
    }
}
