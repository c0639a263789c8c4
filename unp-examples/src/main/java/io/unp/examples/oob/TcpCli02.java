package io.unp.examples.oob;

import static io.unp.lib.Err.quit;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;

import io.unp.abi.Constants;
import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * oob/tcpcli02 (section 21.5): the echo client with a heartbeat ({@link StrCliSelect02}): it
 * gives up with "server is unreachable" when five probes a second apart go unanswered.
 */
public final class TcpCli02 {
    private TcpCli02() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: tcpcli <IPaddress>");
        }

        int sockfd = Socket(Constants.AF_INET, Constants.SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(SERV_PORT));
        InetPton(Constants.AF_INET, args[0], servaddr);

        Connect(sockfd, servaddr);

        StrCliSelect02.strCli(Stdio.stdin(), sockfd); // do it all
    }
}
