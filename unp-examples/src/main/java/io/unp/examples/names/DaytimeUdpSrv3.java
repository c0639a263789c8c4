package io.unp.examples.names;

import static io.unp.examples.names.UdpServerReuseaddr.UdpServerReuseaddr;
import static io.unp.lib.Err.quit;

/**
 * names/daytimeudpsrv3: daytimeudpsrv2 linked with udp_server_reuseaddr, which sets
 * SO_REUSEADDR on the socket before binding it.
 */
public final class DaytimeUdpSrv3 {
    private DaytimeUdpSrv3() {}

    public static void main(String[] args) {
        int sockfd;
        if (args.length == 1) {
            sockfd = UdpServerReuseaddr(null, args[0], new int[1]);
        } else if (args.length == 2) {
            sockfd = UdpServerReuseaddr(args[0], args[1], new int[1]);
        } else {
            throw quit("usage: daytimeudpsrv [ <host> ] <service or port>");
        }
        DaytimeUdp.serve(sockfd);
    }
}
