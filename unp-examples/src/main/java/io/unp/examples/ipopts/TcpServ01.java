package io.unp.examples.ipopts;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.INADDR_ANY;
import static io.unp.abi.Constants.IPPROTO_IP;
import static io.unp.abi.Constants.IP_OPTIONS;
import static io.unp.abi.Constants.SIGCHLD;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.Unp.LISTENQ;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Getsockopt;
import static io.unp.lib.WrapSock.Listen;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Fork;
import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;

import io.unp.abi.Errno;
import io.unp.examples.tcpcliserv.EchoChild;
import io.unp.examples.tcpcliserv.SigChldWaitpid;
import io.unp.lib.Err;
import io.unp.lib.SourceRoute;
import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * ipopts/tcpserv01.c (figure 24.8's server): the concurrent echo server that, for each new
 * connection, fetches the IP options the client's SYN carried ({@code getsockopt(IP_OPTIONS)})
 * and prints a source route it finds, as the kernel reversed it for the replies. Linked, as in
 * the book, with sourceroute.c ({@link SourceRoute}) and sigchldwaitpid.c (tcpcliserv's
 * {@link SigChldWaitpid}, the same file).
 */
public final class TcpServ01 {
    private TcpServ01() {}

    public static void main(String[] args) {
        byte[] opts = new byte[SourceRoute.SIZE];

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

            int len = Getsockopt(connfd, IPPROTO_IP, IP_OPTIONS, opts);
            if (len > 0) {
                Stdio.printf("received IP options, len = %d\n", len);
                SourceRoute.inetSrcrtPrint(opts, len, cliaddr);
            }

            Fork(EchoChild.class, listenfd, connfd);
            Close(connfd); // parent closes connected socket
        }
    }
}
