package io.unp.examples.udpcliserv;

import static io.unp.lib.Err.quit;
import static io.unp.lib.UdpClient.UdpClient;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrStorage;

/**
 * udpcliserv/udpcli10: the protocol-independent UDP client ({@code udp_client}, chapter 11)
 * linked with {@code dgclibig}: one 65507-byte datagram to {@code <hostname> <service>},
 * then {@code received N bytes}.
 */
public final class UdpCli10 {
    private UdpCli10() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw quit("usage: udpcli02 <hostname> <service>");
        }

        SockaddrStorage sa = new SockaddrStorage();
        int sockfd = UdpClient(args[0], args[1], sa);

        DgCliBig.dgCli(Stdio.stdin(), sockfd, sa);
    }
}
