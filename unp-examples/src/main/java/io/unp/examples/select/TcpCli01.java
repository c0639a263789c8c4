package io.unp.examples.select;

import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * select/tcpcli01 (figure 6.9): the echo client built on select, talking to the standard echo
 * service on port 7; its str_cli ({@link StrCliSelect01}) stops at end of input, losing
 * replies still in flight.
 */
public final class TcpCli01 {
    private TcpCli01() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: tcpcli <IPaddress>");
        }

        int sockfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(7)); // the echo service, not SERV_PORT
        InetPton(AF_INET, args[0], servaddr);

        Connect(sockfd, servaddr);

        StrCliSelect01.strCli(Stdio.stdin(), sockfd); // do it all
    }
}
