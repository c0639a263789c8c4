package io.unp.examples.tcpcliserv;

import static io.unp.lib.Readline.Readline;
import static io.unp.lib.Unp.LISTENQ;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Listen;
import static io.unp.lib.WrapSock.Select;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.Writen.Writen;
import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.FD_SETSIZE;
import static io.unp.abi.Constants.INADDR_ANY;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.abi.FdSet.FD_CLR;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;

import io.unp.lib.Err;
import io.unp.net.SockaddrIn;
import io.unp.abi.FdSet;

/**
 * tcpcliserv/tcpservselect01 (figures 6.21 and 6.22): the echo server as one process that
 * serves every client with select, reading each with readline.
 *
 * <p>Beyond the book: a connection whose descriptor does not fit in an {@code fd_set}
 * ({@code >= FD_SETSIZE}, 1024) is closed at once with a "too many clients" message, and the
 * server goes on serving the others. The C would hand such a descriptor to {@code FD_SET},
 * which writes past the set (or, with {@code _FORTIFY_SOURCE}, aborts); its own
 * "too many clients" check, on the {@code client[]} array, cannot be reached first on Linux.
 */
public final class TcpServSelect01 {
    private TcpServSelect01() {}

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
                SockaddrIn cliaddr = new SockaddrIn();
                int connfd = Accept(listenfd, cliaddr);

                if (!FdSet.fits(connfd)) { // beyond the book: refuse, never overrun the fd_set
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
                    int n = Readline(sockfd, line, MAXLINE);
                    if (n == 0) { // connection closed by client
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
}
