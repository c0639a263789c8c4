package io.unp.examples.rtt;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * rtt/udpcli01 (section 20.5): the UDP echo client, to port 7 (echo), made reliable with the
 * RTT library: each line goes out with a sequence number and a timestamp and is retransmitted
 * with a doubling timeout until its echo comes back ({@code dg_send_recv}), which reports each
 * send, receive and timeout on standard error.
 */
public final class UdpCli01 {
    private UdpCli01() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: udpcli <IPaddress>");
        }

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(7));
        InetPton(AF_INET, args[0], servaddr);

        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        DgCli.dgCli(Stdio.stdin(), sockfd, servaddr);
    }
}
