package io.unp.examples.oob;

import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Poll;
import static io.unp.lib.WrapSock.Recv;
import static io.unp.lib.WrapUnix.Read;

import io.unp.abi.Constants;
import io.unp.abi.PollFd;
import io.unp.lib.Exit;
import io.unp.lib.Stdio;

/**
 * oob/tcprecv03p: tcprecv03 with {@code poll}: POLLRDBAND reports the out-of-band byte,
 * POLLRDNORM normal data, and POLLRDBAND is turned off after reading the byte until normal data
 * has been read.
 */
public final class TcpRecv03p {
    private TcpRecv03p() {}

    public static void main(String[] args) {
        byte[] buff = new byte[100];
        boolean justreadoob = false;

        int listenfd = OobPrint.listen(args, "tcprecv03p");

        int connfd = Accept(listenfd, null);

        PollFd[] pollfd = {new PollFd(connfd, Constants.POLLRDNORM)};
        for (;;) {
            if (!justreadoob) {
                pollfd[0].events(pollfd[0].events() | Constants.POLLRDBAND);
            }

            Poll(pollfd, 1, Constants.INFTIM);

            if ((pollfd[0].revents() & Constants.POLLRDBAND) != 0) {
                int n = Recv(connfd, buff, buff.length - 1, Constants.MSG_OOB);
                OobPrint.readOob(buff, n);
                justreadoob = true;
                pollfd[0].events(pollfd[0].events() & ~Constants.POLLRDBAND); // turn bit off
            }

            if ((pollfd[0].revents() & Constants.POLLRDNORM) != 0) {
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
