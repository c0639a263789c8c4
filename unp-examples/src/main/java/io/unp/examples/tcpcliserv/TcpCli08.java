package io.unp.examples.tcpcliserv;

import static io.unp.examples.tcpcliserv.StrCli08.strCli;
import static io.unp.lib.Err.quit;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/** tcpcliserv/tcpcli08: the text sum client: sends lines such as "3 4" and prints the replies (section 5.18). */
public final class TcpCli08 {
    private TcpCli08() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: tcpcli <IPaddress>");
        }

        int sockfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(SERV_PORT));
        InetPton(AF_INET, args[0], servaddr);

        Connect(sockfd, servaddr);

        strCli(Stdio.stdin(), sockfd); // do it all
    }
}
