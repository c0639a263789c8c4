package io.unp.examples.udpcliserv;

import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Getsockname;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * udpcliserv/udpcli09 (figure 8.23): connects a UDP socket to the server (no datagram is sent)
 * and prints the local address and port the kernel chose for that destination.
 */
public final class UdpCli09 {
    private UdpCli09() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: udpcli <IPaddress>");
        }

        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(SERV_PORT));
        InetPton(AF_INET, args[0], servaddr);

        Connect(sockfd, servaddr);

        SockaddrIn cliaddr = new SockaddrIn();
        Getsockname(sockfd, cliaddr);
        Stdio.printf("local address %s\n", SockNtop(cliaddr));
    }
}
