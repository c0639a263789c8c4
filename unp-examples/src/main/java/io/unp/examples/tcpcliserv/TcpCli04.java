package io.unp.examples.tcpcliserv;

import static io.unp.lib.Err.quit;
import static io.unp.lib.StrCli.strCli;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * tcpcliserv/tcpcli04 (figure 5.9): the echo client that opens five connections to the server
 * and uses only the first; when it ends, the five server children end together and their
 * SIGCHLDs arrive in a burst (the zombie lesson of section 5.10).
 */
public final class TcpCli04 {
    private TcpCli04() {}

    public static void main(String[] args) {
        int[] sockfd = new int[5];

        if (args.length != 1) {
            throw quit("usage: tcpcli <IPaddress>");
        }

        for (int i = 0; i < 5; i++) {
            sockfd[i] = Socket(AF_INET, SOCK_STREAM, 0);

            SockaddrIn servaddr = new SockaddrIn();
            servaddr.sinPort(htons(SERV_PORT));
            InetPton(AF_INET, args[0], servaddr);

            Connect(sockfd[i], servaddr);
        }

        strCli(Stdio.stdin(), sockfd[0]); // do it all
    }
}
