package io.unp.examples.tcpcliserv;

import static io.unp.examples.tcpcliserv.StrCli11.strCli;
import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/** tcpcliserv/tcpcli11: the echo client that writes each line in two pieces, to port 7; against a peer that has closed, the second write raises SIGPIPE and kills it (section 5.13). */
public final class TcpCli11 {
    private TcpCli11() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: tcpcli <IPaddress>");
        }

        int sockfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(7));
        InetPton(AF_INET, args[0], servaddr);

        Connect(sockfd, servaddr);

        strCli(Stdio.stdin(), sockfd); // do it all
    }
}
