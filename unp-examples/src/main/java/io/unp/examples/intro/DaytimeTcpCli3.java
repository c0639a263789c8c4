package io.unp.examples.intro;

import static io.unp.lib.Err.quit;
import static io.unp.lib.Err.sys;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.WrapSock.Getsockname;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.examples.DaytimeReply;
import io.unp.lib.Stdio;
import io.unp.net.Inet;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * intro/daytimetcpcli3 (exercise 4.2): the daytime client that prints its local address, from
 * {@code getsockname}, after connecting.
 */
public final class DaytimeTcpCli3 {
    private DaytimeTcpCli3() {}

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

        SockaddrIn cliaddr = new SockaddrIn();
        Getsockname(sockfd, cliaddr);
        Stdio.printf("local addr: %s\n", SockNtop(cliaddr));

        DaytimeReply.print(sockfd);
    }
}
