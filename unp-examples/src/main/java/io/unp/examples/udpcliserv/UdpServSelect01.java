package io.unp.examples.udpcliserv;

import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.Unp.LISTENQ;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Listen;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Fork;
import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.INADDR_ANY;
import static io.unp.abi.Constants.SIGCHLD;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_REUSEADDR;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;

import io.unp.lib.Err;
import io.unp.examples.tcpcliserv.EchoChild;
import io.unp.examples.tcpcliserv.SigChldWaitpid;
import io.unp.net.SockaddrIn;
import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.abi.FdSet;
import io.unp.sys.Sys;

/**
 * udpcliserv/udpservselect01 (figures 8.24 and 8.25): one server for TCP and UDP echo on port
 * 9877. select waits on the listening TCP socket and the UDP socket together; a TCP client gets
 * a child process of its own (as tcpserv04), a UDP datagram is echoed by the parent at once.
 */
public final class UdpServSelect01 {
    private UdpServSelect01() {}


    public static void main(String[] args) {
        byte[] mesg = new byte[MAXLINE];

        // the listening TCP socket
        int listenfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(SERV_PORT));

        Setsockopt(listenfd, SOL_SOCKET, SO_REUSEADDR, 1);
        Bind(listenfd, servaddr);

        Listen(listenfd, LISTENQ);

        // the UDP socket, on the same port
        int udpfd = Socket(AF_INET, SOCK_DGRAM, 0);

        servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(SERV_PORT));

        Bind(udpfd, servaddr);

        Signal(SIGCHLD, SigChldWaitpid::sigChld); // must call waitpid()

        FdSet rset = new FdSet();
        FD_ZERO(rset);
        int maxfdp1 = Math.max(listenfd, udpfd) + 1;
        for (;;) {
            FD_SET(listenfd, rset);
            FD_SET(udpfd, rset);
            try {
                Sys.select(maxfdp1, rset, null, null, null);
            } catch (ErrnoException e) {
                if (e.is(Errno.EINTR)) {
                    continue; // back to for()
                }
                throw Err.sys("select error");
            }

            if (FD_ISSET(listenfd, rset)) {
                SockaddrIn cliaddr = new SockaddrIn();
                int connfd = Accept(listenfd, cliaddr);

                Fork(EchoChild.class, listenfd, connfd);
                Close(connfd); // parent closes connected socket
            }

            if (FD_ISSET(udpfd, rset)) {
                SockaddrIn cliaddr = new SockaddrIn();
                int n = Recvfrom(udpfd, mesg, MAXLINE, 0, cliaddr);

                Sendto(udpfd, mesg, n, 0, cliaddr);
            }
        }
    }
}
