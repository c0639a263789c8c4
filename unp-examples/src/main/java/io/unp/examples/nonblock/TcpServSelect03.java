package io.unp.examples.nonblock;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.FD_SETSIZE;
import static io.unp.abi.Constants.F_GETFL;
import static io.unp.abi.Constants.F_SETFL;
import static io.unp.abi.Constants.INADDR_ANY;
import static io.unp.abi.Constants.O_NONBLOCK;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.abi.FdSet.FD_CLR;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.Unp.LISTENQ;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapSock.AcceptNonb;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Listen;
import static io.unp.lib.WrapSock.Select;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Fcntl;
import static io.unp.lib.Writen.Writen;
import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;

import io.unp.abi.Errno;
import io.unp.abi.FdSet;
import io.unp.lib.Err;
import io.unp.lib.Readline;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * nonblock/tcpservselect03 (section 15.6): the select echo server of chapter 6 that, once
 * select says the listening socket is readable, prints "listening socket readable" and sleeps
 * five seconds before it accepts, to give a client time to go away first (tcpcli03 connects
 * and resets at once).
 *
 * <p>The C accepts with a blocking {@code Accept}: on the book's Berkeley kernel, which drops
 * the reset connection from the queue, it then waits in accept for the next client and serves
 * none of the others meanwhile. This port applies the section's fix: the listening socket is
 * nonblocking, and accept's EWOULDBLOCK, ECONNABORTED, EPROTO and EINTR send it back to select
 * ({@link io.unp.lib.AcceptNonb}).
 *
 * <p>Linux keeps a reset connection in the queue: accept returns it, and the client's RST
 * shows up as ECONNRESET on the first read, which ends the C server with "readline error:
 * Connection reset by peer". This port closes that one client instead and serves the others.
 */
public final class TcpServSelect03 {
    private TcpServSelect03() {}

    public static void main(String[] args) {
        int[] client = new int[FD_SETSIZE];
        FdSet rset = new FdSet();
        FdSet allset = new FdSet();
        byte[] line = new byte[MAXLINE];

        int listenfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(SERV_PORT));

        Bind(listenfd, servaddr);

        Listen(listenfd, LISTENQ);

        int flags = Fcntl(listenfd, F_GETFL, 0); // section 15.6: never block in accept
        Fcntl(listenfd, F_SETFL, flags | O_NONBLOCK);

        int maxfd = listenfd; // initialize
        int maxi = -1; // index into client[] array
        for (int i = 0; i < FD_SETSIZE; i++) {
            client[i] = -1; // -1 indicates available entry
        }
        FD_ZERO(allset);
        FD_SET(listenfd, allset);

        for (;;) {
            rset.assign(allset); // structure assignment
            int nready = Select(maxfd + 1, rset, null, null, null);

            if (FD_ISSET(listenfd, rset)) { // new client connection
                printf("listening socket readable\n");
                Sys.sleep(5);
                SockaddrIn cliaddr = new SockaddrIn();
                int connfd = AcceptNonb(listenfd, cliaddr);

                if (connfd < 0) {
                    // the connection went away before accept: nothing to add
                } else if (!FdSet.fits(connfd)) { // never overrun the fd_set (as tcpservselect01)
                    Err.msg("too many clients: descriptor %d does not fit in an fd_set (FD_SETSIZE %d),"
                            + " connection closed", connfd, FD_SETSIZE);
                    Close(connfd);
                } else {
                    int i;
                    for (i = 0; i < FD_SETSIZE; i++) {
                        if (client[i] < 0) {
                            client[i] = connfd; // save descriptor
                            break;
                        }
                    }
                    if (i == FD_SETSIZE) {
                        throw Err.quit("too many clients");
                    }

                    FD_SET(connfd, allset); // add new descriptor to set
                    if (connfd > maxfd) {
                        maxfd = connfd; // for select
                    }
                    if (i > maxi) {
                        maxi = i; // max index in client[] array
                    }
                }

                if (--nready <= 0) {
                    continue; // no more readable descriptors
                }
            }

            for (int i = 0; i <= maxi; i++) { // check all clients for data
                int sockfd = client[i];
                if (sockfd < 0) {
                    continue;
                }
                if (FD_ISSET(sockfd, rset)) {
                    int n = readlineOrReset(sockfd, line);
                    if (n == 0) { // connection closed (or reset) by client
                        Close(sockfd);
                        FD_CLR(sockfd, allset);
                        client[i] = -1;
                    } else {
                        Writen(sockfd, line, n);
                    }

                    if (--nready <= 0) {
                        break; // no more readable descriptors
                    }
                }
            }
        }
    }

    /**
     * {@code Readline}, except that a client's reset counts as its end of file: on Linux a
     * client that resets before accept is accepted anyway, and its first read fails with
     * ECONNRESET. Any other error ends the server with "readline error", as in C.
     */
    private static int readlineOrReset(int sockfd, byte[] line) {
        try {
            return Readline.readline(sockfd, line, MAXLINE);
        } catch (ErrnoException e) {
            if (e.is(Errno.ECONNRESET)) {
                return 0;
            }
            throw Err.sys("readline error");
        }
    }
}
