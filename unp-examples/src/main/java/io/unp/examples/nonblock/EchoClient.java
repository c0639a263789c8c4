package io.unp.examples.nonblock;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;

import io.unp.net.SockaddrIn;

/**
 * The opening the four tcpcli programs of nonblock/ share: check for the one argument, make a
 * TCP socket and connect it to {@code <IPaddress>.port}.
 */
final class EchoClient {
    private EchoClient() {}

    /** The connected socket; ends with "usage: tcpcli <IPaddress>" unless there is exactly one argument. */
    static int connect(String[] args, int port) {
        if (args.length != 1) {
            throw quit("usage: tcpcli <IPaddress>");
        }

        int sockfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(port));
        InetPton(AF_INET, args[0], servaddr);

        Connect(sockfd, servaddr);
        return sockfd;
    }
}
