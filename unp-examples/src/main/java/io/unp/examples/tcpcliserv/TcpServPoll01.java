package io.unp.examples.tcpcliserv;

import static io.unp.lib.Unp.LISTENQ;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Listen;
import static io.unp.lib.WrapSock.Poll;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.Writen.Writen;
import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.INADDR_ANY;
import static io.unp.abi.Constants.INFTIM;
import static io.unp.abi.Constants.POLLERR;
import static io.unp.abi.Constants.POLLRDNORM;
import static io.unp.abi.Constants.RLIMIT_NOFILE;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Err;
import io.unp.lib.Readline;
import io.unp.net.SockaddrIn;
import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.abi.PollFd;
import io.unp.abi.Rlimit;
import io.unp.sys.Sys;

/**
 * tcpcliserv/tcpservpoll01 (figures 6.25 and 6.26): the echo server as one process that serves
 * every client with poll, reading each with readline.
 *
 * <p>The C sizes its {@code pollfd} array with {@code OPEN_MAX}, which today's Linux headers no
 * longer define. Here {@code OPEN_MAX} is what {@code sysconf(_SC_OPEN_MAX)} reports on Linux:
 * the soft {@code RLIMIT_NOFILE}, which the server first raises to the hard limit (as the
 * JVM does by default), so it can hold as many clients as the hard limit allows (20000 on the
 * test machine; {@code ulimit -Hn} shows it).
 */
public final class TcpServPoll01 {
    private TcpServPoll01() {}

    public static void main(String[] args) {
        final int OPEN_MAX = openMax();
        byte[] line = new byte[MAXLINE];
        PollFd[] client = PollFd.array(OPEN_MAX);

        int listenfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(SERV_PORT));

        Bind(listenfd, servaddr);

        Listen(listenfd, LISTENQ);

        client[0].fd(listenfd);
        client[0].events(POLLRDNORM);
        for (int i = 1; i < OPEN_MAX; i++) {
            client[i].fd(-1); // -1 indicates available entry
        }
        int maxi = 0; // max index into client[] array

        for (;;) {
            int nready = Poll(client, maxi + 1, INFTIM);

            if ((client[0].revents() & POLLRDNORM) != 0) { // new client connection
                SockaddrIn cliaddr = new SockaddrIn();
                int connfd = Accept(listenfd, cliaddr);

                int i;
                for (i = 1; i < OPEN_MAX; i++) {
                    if (client[i].fd() < 0) {
                        client[i].fd(connfd); // save descriptor
                        break;
                    }
                }
                if (i == OPEN_MAX) {
                    throw Err.quit("too many clients");
                }

                client[i].events(POLLRDNORM);
                if (i > maxi) {
                    maxi = i; // max index in client[] array
                }

                if (--nready <= 0) {
                    continue; // no more readable descriptors
                }
            }

            for (int i = 1; i <= maxi; i++) { // check all clients for data
                int sockfd = client[i].fd();
                if (sockfd < 0) {
                    continue;
                }
                if ((client[i].revents() & (POLLRDNORM | POLLERR)) != 0) {
                    int n;
                    try {
                        n = Readline.readline(sockfd, line, MAXLINE);
                    } catch (ErrnoException e) {
                        if (!e.is(Errno.ECONNRESET)) {
                            throw Err.sys("readline error");
                        }
                        n = -1; // connection reset by client
                    }
                    if (n <= 0) { // reset, or closed by client
                        Close(sockfd);
                        client[i].fd(-1);
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
     * {@code sysconf(_SC_OPEN_MAX)} after raising the soft descriptor limit to the hard one:
     * the number of descriptors this process may have open.
     */
    private static int openMax() {
        Rlimit rlim = Sys.getrlimit(RLIMIT_NOFILE);
        if (rlim.rlimCur() != rlim.rlimMax()) {
            rlim = new Rlimit(rlim.rlimMax(), rlim.rlimMax());
            Sys.setrlimit(RLIMIT_NOFILE, rlim);
        }
        long max = rlim.rlimCur() < 0 ? Integer.MAX_VALUE : rlim.rlimCur();
        return (int) Math.min(max, 1 << 20);
    }
}
