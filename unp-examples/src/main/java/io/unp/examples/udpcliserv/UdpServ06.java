package io.unp.examples.udpcliserv;

import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.INADDR_ANY;
import static io.unp.abi.Constants.SOCK_DGRAM;

import io.unp.net.SockaddrIn;

/**
 * udpcliserv/udpserv06: the counting UDP server on port 9877 ({@link DgEchoLoop1}): reads and
 * counts datagrams without replying, and prints the count on SIGINT.
 */
public final class UdpServ06 {
    private UdpServ06() {}

    public static void main(String[] args) {
        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(SERV_PORT));

        Bind(sockfd, servaddr);

        SockaddrIn cliaddr = new SockaddrIn();
        DgEchoLoop1.dgEcho(sockfd, cliaddr);
    }
}
