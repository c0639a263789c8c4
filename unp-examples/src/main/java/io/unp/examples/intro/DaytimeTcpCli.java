package io.unp.examples.intro;

import static io.unp.lib.Err.quit;
import static io.unp.lib.Err.sys;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.examples.DaytimeReply;
import io.unp.net.Inet;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/** intro/daytimetcpcli (figure 1.5): a TCP daytime client, protocol-dependent, IPv4. */
public final class DaytimeTcpCli {
    private DaytimeTcpCli() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: a.out <IPaddress>");
        }

        int sockfd;
        try {
            sockfd = Sys.socket(AF_INET, SOCK_STREAM, 0);
        } catch (ErrnoException e) {
            throw sys("socket error");
        }

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(13)); // daytime server
        if (Inet.inetPton(AF_INET, args[0], servaddr) <= 0) {
            throw quit("inet_pton error for %s", args[0]);
        }

        try {
            Sys.connect(sockfd, servaddr);
        } catch (ErrnoException e) {
            throw sys("connect error");
        }

        DaytimeReply.print(sockfd);
    }
}
