package io.unp.examples.mcast;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * mcast/udpcli05: the daytime client of bcast/udpcli05 with {@link DgCliMcast5}, which sets no
 * SO_BROADCAST: each line of standard input goes to port 13 of the address given, a multicast
 * group (224.0.0.1, all hosts: every daytime server on the subnet answers).
 */
public final class UdpCli05 {
    private UdpCli05() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: udpcli05 <IPaddress>");
        }

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(13)); // standard daytime server
        InetPton(AF_INET, args[0], servaddr);

        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        DgCliMcast5.dgCli(Stdio.stdin(), sockfd, servaddr);
    }
}
