package io.unp.examples.udpcliserv;

import static io.unp.lib.Err.quit;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * udpcliserv/udpcli04 (figure 8.17): the UDP echo client on a connected socket ({@link
 * DgCliConnect}), which learns of ICMP port unreachable as ECONNREFUSED.
 */
public final class UdpCli04 {
    private UdpCli04() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: udpcli <IPaddress>");
        }

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(SERV_PORT));
        InetPton(AF_INET, args[0], servaddr);

        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        DgCliConnect.dgCli(Stdio.stdin(), sockfd, servaddr);
    }
}
