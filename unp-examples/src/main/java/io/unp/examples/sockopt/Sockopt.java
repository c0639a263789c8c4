package io.unp.examples.sockopt;

import static io.unp.lib.WrapSock.Getsockopt;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.SolSocket.SO_SNDBUF;
import static io.unp.net.TcpProto.TCP_MAXSEG;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Stdio;

/**
 * sockopt/sockopt: prints a new TCP socket's maximum segment size, then sets its send buffer
 * to 65536 bytes and prints the size the kernel reports back (Linux doubles it).
 */
public final class Sockopt {
    private Sockopt() {}

    public static void main(String[] args) {
        int sockfd = Socket(AF_INET, SOCK_STREAM, 0);

        // the TCP maximum segment size
        int mss = Getsockopt(sockfd, TCP_MAXSEG);
        Stdio.printf("TCP mss = %d\n", mss);

        // set the send buffer size, then read it back
        int sendbuff = 65536;
        Setsockopt(sockfd, SO_SNDBUF, sendbuff);
        sendbuff = Getsockopt(sockfd, SO_SNDBUF);
        Stdio.printf("send buffer size = %d\n", sendbuff);
    }
}
