package io.unp.examples.intro;

import static io.unp.lib.Err.quit;
import static io.unp.lib.Err.sys;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.examples.DaytimeReply;
import io.unp.lib.Stdio;
import io.unp.net.Inet;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/** intro/daytimetcpcli1 (exercise 1.5): the daytime client that counts its reads and prints {@code counter = N}. */
public final class DaytimeTcpCli1 {
    private DaytimeTcpCli1() {}

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

        int counter = DaytimeReply.print(sockfd);

        Stdio.printf("counter = %d\n", counter);
    }
}
