package io.unp.examples.names;

import static io.unp.lib.Err.quit;
import static io.unp.lib.UdpServer.UdpServer;


/**
 * names/daytimeudpsrv2: the protocol-independent UDP daytime server of section 11.13: binds
 * with {@code udp_server} and answers every datagram with the time, printing its sender.
 */
public final class DaytimeUdpSrv2 {
    private DaytimeUdpSrv2() {}

    public static void main(String[] args) {
        int sockfd;
        if (args.length == 1) {
            sockfd = UdpServer(null, args[0], new int[1]);
        } else if (args.length == 2) {
            sockfd = UdpServer(args[0], args[1], new int[1]);
        } else {
            throw quit("usage: daytimeudpsrv [ <host> ] <service or port>");
        }
        DaytimeUdp.serve(sockfd);
    }
}
