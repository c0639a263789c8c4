package io.unp.examples.tcpcliserv;

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
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.INADDR_ANY;
import static io.unp.abi.Constants.SIGCHLD;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Err;
import io.unp.lib.Fork;
import io.unp.net.SockaddrIn;
import io.unp.abi.Errno;
import io.unp.sys.Signals;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * tcpcliserv/tcpserv03: the concurrent echo server that restarts {@code accept} itself after
 * EINTR, with the SIGCHLD handler that calls {@code wait} once (figure 5.7); several children
 * ending together still leave zombies (section 5.10).
 */
public final class TcpServ03 {
    private TcpServ03() {}

    public static void main(String[] args) {
        serve(SigChldWait::sigChld, EchoChild.class);
    }

    /**
     * The server's main loop, shared by the programs that the book builds from this same
     * {@code main} linked with another {@code sig_chld} or {@code str_echo}: tcpserv04 (with
     * sigchldwaitpid), tcpserv08 and tcpserv09 (with str_echo08/09).
     */
    public static void serve(Signals.Handler sigChld, Class<? extends Fork.Child> child) {
        int listenfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(SERV_PORT));

        Bind(listenfd, servaddr);

        Listen(listenfd, LISTENQ);

        Signal(SIGCHLD, sigChld);

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

            Fork(child, listenfd, connfd);
            Close(connfd); // parent closes connected socket
        }
    }
}
