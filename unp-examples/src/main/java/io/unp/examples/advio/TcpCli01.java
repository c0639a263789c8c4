package io.unp.examples.advio;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.lib.ConnectTimeo.ConnectTimeo;
import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;

import io.unp.lib.Stdio;
import io.unp.lib.StrCli;
import io.unp.net.SockaddrIn;

/**
 * advio/tcpcli01: the TCP echo client to port 7 (the echo service) whose connect gives up after
 * ten seconds ({@code connect_timeo}, section 13.2): against an address that never answers it
 * ends with "connect_timeo error: Connection timed out" after ten seconds, where a plain connect
 * would wait for the kernel's own limit, about two minutes on Linux.
 */
public final class TcpCli01 {
    private TcpCli01() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: tcpcli <IPaddress>");
        }

        int sockfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(7));
        InetPton(AF_INET, args[0], servaddr);

        ConnectTimeo(sockfd, servaddr, 10);

        StrCli.strCli(Stdio.stdin(), sockfd); // do it all
    }
}
