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
 * udpcliserv/udpserv07: udpserv06 with a 240 KB receive buffer ({@link DgEchoLoop2}), to show
 * that a bigger buffer lets more datagrams of a burst survive.
 */
public final class UdpServ07 {
    private UdpServ07() {}

    public static void main(String[] args) {
        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(SERV_PORT));

        Bind(sockfd, servaddr);

        SockaddrIn cliaddr = new SockaddrIn();
        DgEchoLoop2.dgEcho(sockfd, cliaddr);
    }
}
