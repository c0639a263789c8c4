package io.unp.examples.names;

import io.unp.examples.DaytimeReply;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtopHost;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.TcpConnect.TcpConnect;
import static io.unp.lib.WrapSock.Getpeername;

import io.unp.net.SockaddrStorage;

/**
 * names/daytimetcpcli: the protocol-independent daytime client of section 11.9: connects
 * with {@code tcp_connect} to a host name or address and a service name or port, prints
 * the peer's address, then what the server sends.
 */
public final class DaytimeTcpCli {
    private DaytimeTcpCli() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw quit("usage: daytimetcpcli <hostname/IPaddress> <service/port#>");
        }
        int sockfd = TcpConnect(args[0], args[1]);

        SockaddrStorage sa = new SockaddrStorage();
        Getpeername(sockfd, sa);
        printf("connected to %s\n", SockNtopHost(sa));

        DaytimeReply.print(sockfd);
    }
}
