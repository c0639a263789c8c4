package io.unp.examples.tcpcliserv;

import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.Unp.LISTENQ;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Listen;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Fork;
import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.INADDR_ANY;
import static io.unp.abi.Constants.SIGCHLD;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Fork;
import io.unp.net.SockaddrIn;

/**
 * tcpcliserv/tcpserv02: the concurrent echo server with a SIGCHLD handler that calls
 * {@code wait} (figure 5.12 with figure 5.7). Its {@code Accept} treats EINTR as fatal: where
 * {@code signal} does not restart interrupted calls ({@code UNP_NO_RESTART=1}), the first child
 * to end kills the server with {@code accept error: Interrupted system call} (section 5.9).
 */
public final class TcpServ02 {
    private TcpServ02() {}

    public static void main(String[] args) {
        int listenfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(SERV_PORT));

        Bind(listenfd, servaddr);

        Listen(listenfd, LISTENQ);

        Signal(SIGCHLD, SigChldWait::sigChld);

        for (;;) {
            SockaddrIn cliaddr = new SockaddrIn();
            int connfd = Accept(listenfd, cliaddr);

            Fork(EchoChild.class, listenfd, connfd);
            Close(connfd); // parent closes connected socket
        }
    }
}
