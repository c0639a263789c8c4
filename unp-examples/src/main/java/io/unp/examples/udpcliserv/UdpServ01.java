package io.unp.examples.udpcliserv;

import static io.unp.lib.DgEcho.dgEcho;
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
 * udpcliserv/udpserv01 (figure 8.3): the UDP echo server on port 9877, one process for every
 * client, with {@code dg_echo}.
 */
public final class UdpServ01 {
    private UdpServ01() {}

    public static void main(String[] args) {
        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(SERV_PORT));

        Bind(sockfd, servaddr);

        SockaddrIn cliaddr = new SockaddrIn();
        dgEcho(sockfd, cliaddr);
    }
}
