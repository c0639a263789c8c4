package io.unp.examples.bcast;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * bcast/udpcli03 (section 18.5): the broadcast client that blocks SIGALRM outside recvfrom: still
 * racy. Each line of standard input goes to port 13 (daytime) of the address given, normally a
 * subnet's broadcast address, as one datagram.
 */
public final class UdpCli03 {
    private UdpCli03() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: udpcli03 <IPaddress>");
        }

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(13)); // standard daytime server
        InetPton(AF_INET, args[0], servaddr);

        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        DgCliBcast3.dgCli(Stdio.stdin(), sockfd, servaddr);
    }
}
