package io.unp.examples.sockopt;

import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Getsockopt;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.net.SolSocket.SO_RCVBUF;
import static io.unp.net.TcpProto.TCP_MAXSEG;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * sockopt/rcvbufset: as {@link Rcvbuf}, but sets the receive buffer to 9973 bytes (a prime)
 * before connecting, and prints what the kernel made of it (Linux doubles it).
 */
public final class Rcvbufset {
    private Rcvbufset() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: rcvbufset <IPaddress>");
        }

        int sockfd = Socket(AF_INET, SOCK_STREAM, 0);

        int rcvbuf = Getsockopt(sockfd, SO_RCVBUF);
        int mss = Getsockopt(sockfd, TCP_MAXSEG);
        Stdio.printf("defaults: SO_RCVBUF = %d, MSS = %d\n", rcvbuf, mss);

        rcvbuf = 9973; // a prime number
        Setsockopt(sockfd, SO_RCVBUF, rcvbuf);
        rcvbuf = Getsockopt(sockfd, SO_RCVBUF);
        Stdio.printf("SO_RCVBUF = %d (after setting it to 9973)\n", rcvbuf);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(13)); // daytime server
        InetPton(AF_INET, args[0], servaddr);

        Connect(sockfd, servaddr);

        rcvbuf = Getsockopt(sockfd, SO_RCVBUF);
        mss = Getsockopt(sockfd, TCP_MAXSEG);
        Stdio.printf("after connect: SO_RCVBUF = %d, MSS = %d\n", rcvbuf, mss);
    }
}
