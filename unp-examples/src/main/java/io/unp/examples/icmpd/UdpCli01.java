package io.unp.examples.icmpd;

import static io.unp.lib.Err.quit;
import static io.unp.lib.UdpClient.UdpClient;

import io.unp.net.SockaddrStorage;

/** icmpd/udpcli01.c (figure 25.38's client): the UDP echo client whose dg_cli asks icmpd for ICMP errors. */
public final class UdpCli01 {
    private UdpCli01() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw quit("usage: udpcli01 <hostname> <service>");
        }
        SockaddrStorage sa = new SockaddrStorage();
        int sockfd = UdpClient(args[0], args[1], sa);

        DgCli01.dgCli(io.unp.lib.Stdio.stdin(), sockfd, sa);
    }
}
