package io.unp.examples.mcast;

import static io.unp.lib.Err.quit;
import static io.unp.lib.SockFuncs.sockSetPort;
import static io.unp.lib.UdpClient.UdpClient;
import static io.unp.lib.WrapSock.Bind;

import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/**
 * mcast/udpcli06: binds the multicast address itself (port 0) as the socket's local address,
 * then sends the daytime request to it. A multicast address cannot be a datagram's source, so
 * Linux sends from the interface's own address; the servers answer that unicast address, where
 * the socket, bound to the group, does not receive: the kernel answers each reply with an ICMP
 * port unreachable and the client prints nothing before its 5-second alarm. Linked with
 * dgclimcast6.c, which is dgclimcast5.c again ({@link DgCliMcast5}).
 */
public final class UdpCli06 {
    private UdpCli06() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: udpcli06 <IPaddress>");
        }

        SockAddr serv = new SockaddrStorage();
        int sockfd = UdpClient(args[0], "daytime", serv);

        SockAddr cli = serv.copy(); // copy socket address struct
        sockSetPort(cli, 0); // and set port to 0
        Bind(sockfd, cli);

        DgCliMcast5.dgCli(Stdio.stdin(), sockfd, serv);
    }
}
