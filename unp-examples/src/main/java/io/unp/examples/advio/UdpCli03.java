package io.unp.examples.advio;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * advio/udpcli03: the UDP echo client to port 7 (the echo service) linked with
 * {@link DgCliTimeo3}: each reply is awaited at most five seconds with
 * {@code alarm}, the first timeout of section 13.2.
 */
public final class UdpCli03 {
    private UdpCli03() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: udpcli <IPaddress>");
        }

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(7));
        InetPton(AF_INET, args[0], servaddr);

        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        DgCliTimeo3.dgCli(Stdio.stdin(), sockfd, servaddr);
    }
}
