package io.unp.examples.udpcliserv;

import static io.unp.lib.DgCli.dgCli;
import static io.unp.lib.Err.quit;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.INADDR_ANY;
import static io.unp.abi.Constants.SOCK_DGRAM;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * udpcliserv/udpcli05: the UDP echo client that binds its socket to the wildcard address and
 * port 0 before the first sendto, so the kernel picks the ephemeral port at bind time rather
 * than at the first send. (The C file does not compile: it never declares {@code cliaddr}.)
 */
public final class UdpCli05 {
    private UdpCli05() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: udpcli <IPaddress>");
        }

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(SERV_PORT));
        InetPton(AF_INET, args[0], servaddr);

        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        SockaddrIn cliaddr = new SockaddrIn();
        cliaddr.sinAddr(htonl(INADDR_ANY));
        cliaddr.sinPort(htons(0)); // the kernel chooses the port now
        Bind(sockfd, cliaddr);

        dgCli(Stdio.stdin(), sockfd, servaddr);
    }
}
