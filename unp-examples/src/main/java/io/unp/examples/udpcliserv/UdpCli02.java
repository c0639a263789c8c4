package io.unp.examples.udpcliserv;

import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * udpcliserv/udpcli02 (figure 8.9): the UDP echo client to port 7 that ignores replies from any
 * address but the server's ({@link DgCliAddr}).
 */
public final class UdpCli02 {
    private UdpCli02() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: udpcli <IPaddress>");
        }

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(7));
        InetPton(AF_INET, args[0], servaddr);

        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        DgCliAddr.dgCli(Stdio.stdin(), sockfd, servaddr);
    }
}
