package io.unp.examples.tcpcliserv;

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
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Fork;
import io.unp.net.SockaddrIn;

/** tcpcliserv/tcpserv01 (figure 5.2): the concurrent echo server, one child process per client. */
public final class TcpServ01 {
    private TcpServ01() {}

    public static void main(String[] args) {
        int listenfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(SERV_PORT));

        Bind(listenfd, servaddr);
        Listen(listenfd, LISTENQ);

        for (;;) {
            SockaddrIn cliaddr = new SockaddrIn();
            int connfd = Accept(listenfd, cliaddr);
            Fork(EchoChild.class, listenfd, connfd);
            Close(connfd); // parent closes connected socket
        }
    }
}
