package io.unp.examples.mysdr;

import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_REUSEADDR;
import static io.unp.lib.Err.quit;
import static io.unp.lib.UdpClient.UdpClient;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.McastJoin;
import static io.unp.lib.WrapSock.Setsockopt;

import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/**
 * mysdr/main.c (section 19.8): a minimal session directory. Joins the SAP group (by default
 * sap.mcast.net, 224.2.127.254, port 9875; or the group, port and interface given) and prints
 * every session announcement that arrives: the sender, then the SDP text after the SAP header.
 *
 * <p>The lab network ({@code scripts/lab}) names sap.mcast.net in each host's /etc/hosts;
 * elsewhere the name may not resolve, and the program ends with udp_client's message.
 */
public final class Main {
    private Main() {}

    /** Default group name and port. */
    static final String SAP_NAME = "sap.mcast.net";
    static final String SAP_PORT = "9875";

    public static void main(String[] args) {
        SockAddr sa = new SockaddrStorage();
        int sockfd;
        if (args.length == 0) {
            sockfd = UdpClient(SAP_NAME, SAP_PORT, sa);
        } else if (args.length == 3) {
            sockfd = UdpClient(args[0], args[1], sa);
        } else {
            throw quit("usage: mysdr <mcast-addr> <port#> <interface-name>");
        }

        Setsockopt(sockfd, SOL_SOCKET, SO_REUSEADDR, 1);
        Bind(sockfd, sa);

        McastJoin(sockfd, sa, args.length == 3 ? args[2] : null, 0);

        Loop.loop(sockfd); // receive and print
    }
}
