package io.unp.examples.tcpcliserv;

import static io.unp.lib.Err.quit;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.Writen.Writen;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;
import io.unp.sys.Sys;

/**
 * tcpcliserv/tcpcli06: a test client that sends {@code foo} without a newline and then sits for
 * 30 seconds, to show a server that waits for a whole line (tcpservselect01 in section 6.8)
 * blocked by one slow client.
 */
public final class TcpCli06 {
    private TcpCli06() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: tcpcli <IPaddress>");
        }

        int sockfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(SERV_PORT));
        InetPton(AF_INET, args[0], servaddr);

        Connect(sockfd, servaddr);

        Writen(sockfd, "foo".getBytes(Stdio.BYTES), 3); // no newline
        Sys.sleep(30);
    }
}
