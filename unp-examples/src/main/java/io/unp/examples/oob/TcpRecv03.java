package io.unp.examples.oob;

import static io.unp.abi.FdSet.FD_CLR;
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
 * oob/tcprecv03 (section 21.2): tcprecv02 fixed: after reading the out-of-band byte it stops
 * asking {@code select} about exceptions until it has read normal data again, so it never
 * reads the same urgent byte twice.
 */
public final class TcpRecv03 {
    private TcpRecv03() {}

    public static void main(String[] args) {
        byte[] buff = new byte[100];
        FdSet rset = new FdSet();
        FdSet xset = new FdSet();
        boolean justreadoob = false;

        int listenfd = OobPrint.listen(args, "tcprecv03");

        int connfd = Accept(listenfd, null);

        FD_ZERO(rset);
        FD_ZERO(xset);
        for (;;) {
            FD_SET(connfd, rset);
            if (!justreadoob) {
                FD_SET(connfd, xset);
            }

            Select(connfd + 1, rset, null, xset, null);

            if (FD_ISSET(connfd, xset)) {
                int n = Recv(connfd, buff, buff.length - 1, Constants.MSG_OOB);
                OobPrint.readOob(buff, n);
                justreadoob = true;
                FD_CLR(connfd, xset);
            }

            if (FD_ISSET(connfd, rset)) {
                int n = Read(connfd, buff, buff.length - 1);
                if (n == 0) {
                    Stdio.printf("received EOF\n");
                    throw new Exit(0);
                }
                OobPrint.read(buff, n);
                justreadoob = false;
            }
        }
    }
}
