package io.unp.examples.tcpcliserv;

import static io.unp.lib.Err.quit;
import static io.unp.lib.StrCli.strCli;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_LINGER;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * tcpcliserv/tcpcli10: the echo client that sets {@code SO_LINGER} with a zero linger time
 * before it exits, so the close aborts the connection with an RST instead of a FIN; the
 * server's child then sees {@code ECONNRESET}.
 */
public final class TcpCli10 {
    private TcpCli10() {}

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

        // struct linger {int l_onoff; int l_linger;}: on, zero seconds
        byte[] ling = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putInt(1).putInt(0).array();
        Setsockopt(sockfd, SOL_SOCKET, SO_LINGER, ling, ling.length);
    }
}
