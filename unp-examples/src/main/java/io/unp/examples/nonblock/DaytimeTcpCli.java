package io.unp.examples.nonblock;

import static io.unp.abi.Constants.PF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.lib.ConnectNonb.connectNonb;
import static io.unp.lib.Err.quit;
import static io.unp.lib.Err.sys;
import static io.unp.net.NetOrder.htons;

import io.unp.examples.DaytimeReply;
import io.unp.net.Inet;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * nonblock/daytimetcpcli (section 15.4): the daytime client of figure 1.5 that connects with
 * {@code connect_nonb} (no timeout) and takes its address with {@code inet_addr}.
 *
 * <p>The C reads {@code argv[1]} without checking {@code argc} and crashes without it; this
 * prints {@code usage: a.out <IPaddress>} (intro/daytimetcpcli's message) and exits 1. As with
 * {@code inet_addr}, an address it cannot parse becomes 255.255.255.255.
 */
public final class DaytimeTcpCli {
    private DaytimeTcpCli() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            throw quit("usage: a.out <IPaddress>");
        }

        int sockfd;
        try {
            sockfd = Sys.socket(PF_INET, SOCK_STREAM, 0);
        } catch (ErrnoException e) {
            throw sys("socket error");
        }

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(Inet.inetAddr(args[0]));
        servaddr.sinPort(htons(13)); // daytime server

        try {
            connectNonb(sockfd, servaddr, 0);
        } catch (ErrnoException e) {
            throw sys("connect error");
        }

        DaytimeReply.print(sockfd);
    }
}
