package io.unp.examples.sockopt;

import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Getsockopt;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.net.SolSocket.SO_RCVBUF;
import static io.unp.net.TcpProto.TCP_MAXSEG;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * sockopt/rcvbuf: prints a TCP socket's receive buffer size and MSS before and after it
 * connects to the daytime server (port 13) at the given IPv4 address.
 */
public final class Rcvbuf {
    private Rcvbuf() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: rcvbuf <IPaddress>");
        }

        int sockfd = Socket(AF_INET, SOCK_STREAM, 0);

        int rcvbuf = Getsockopt(sockfd, SO_RCVBUF);
        int mss = Getsockopt(sockfd, TCP_MAXSEG);
        Stdio.printf("defaults: SO_RCVBUF = %d, MSS = %d\n", rcvbuf, mss);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(13)); // daytime server
        InetPton(AF_INET, args[0], servaddr);

        Connect(sockfd, servaddr);

        rcvbuf = Getsockopt(sockfd, SO_RCVBUF);
        mss = Getsockopt(sockfd, TCP_MAXSEG);
        Stdio.printf("after connect: SO_RCVBUF = %d, MSS = %d\n", rcvbuf, mss);
    }
}
