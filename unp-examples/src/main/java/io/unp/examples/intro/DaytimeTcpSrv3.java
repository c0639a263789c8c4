package io.unp.examples.intro;

import static io.unp.lib.Unp.LISTENQ;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapLib.InetNtop;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Listen;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Write;
import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;
import static io.unp.net.NetOrder.ntohs;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.INADDR_ANY;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.examples.Daytime;
import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/** intro/daytimetcpsrv3: {@code daytimetcpsrv1}, which prints each client's address and port, on port 9999. */
public final class DaytimeTcpSrv3 {
    private DaytimeTcpSrv3() {}

    public static void main(String[] args) {
        int listenfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(9999));

        Bind(listenfd, servaddr);
        Listen(listenfd, LISTENQ);

        for (;;) {
            SockaddrIn cliaddr = new SockaddrIn();
            int connfd = Accept(listenfd, cliaddr);
            Stdio.printf("connection from %s, port %d\n",
                    InetNtop(AF_INET, cliaddr.addressBytes()), ntohs(cliaddr.sinPort()));
            byte[] buff = Daytime.line(MAXLINE);
            Write(connfd, buff, buff.length);
            Close(connfd);
        }
    }
}
