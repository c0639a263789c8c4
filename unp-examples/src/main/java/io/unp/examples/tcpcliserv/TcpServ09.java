package io.unp.examples.tcpcliserv;

import static io.unp.examples.tcpcliserv.StrEcho09.strEcho;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.Unp.LISTENQ;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Listen;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Fork;
import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;
import static io.unp.sys.Constants.AF_INET;
import static io.unp.sys.Constants.INADDR_ANY;
import static io.unp.sys.Constants.SIGCHLD;
import static io.unp.sys.Constants.SOCK_STREAM;

import io.unp.lib.Err;
import io.unp.lib.Fork;
import io.unp.net.SockaddrIn;
import io.unp.sys.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * tcpcliserv/tcpserv09: the binary sum server: each child answers {@code struct args} with
 * {@code struct result} (figure 5.20).
 */
public final class TcpServ09 {
    private TcpServ09() {}

    /** The child's branch: close the listening socket, serve the client, exit. */
    public static final class SumChild implements Fork.Child {
        @Override
        public void run(int[] fds) {
            Close(fds[0]); // close listening socket
            strEcho(fds[1]); // process the request
        }
    }

    public static void main(String[] args) {
        int listenfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(SERV_PORT));

        Bind(listenfd, servaddr);

        Listen(listenfd, LISTENQ);

        Signal(SIGCHLD, SigChldWaitpid::sigChld);

        for (;;) {
            SockaddrIn cliaddr = new SockaddrIn();
            int connfd;
            try {
                connfd = Sys.accept(listenfd, cliaddr);
            } catch (ErrnoException e) {
                if (e.is(Errno.EINTR)) {
                    continue; // back to for()
                }
                throw Err.sys("accept error");
            }

            Fork(SumChild.class, listenfd, connfd);
            Close(connfd); // parent closes connected socket
        }
    }
}
