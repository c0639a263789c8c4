package io.unp.examples.advio;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.INADDR_ANY;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;

import io.unp.net.SockaddrIn;

/**
 * advio/udpserv01: the UDP echo server of chapter 8 on port 9877 linked with
 * {@link DgEchoAddr}, the {@code dg_echo} that prints each datagram's destination address,
 * receiving interface and truncation (section 20.2).
 */
public final class UdpServ01 {
    private UdpServ01() {}

    public static void main(String[] args) {
        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(SERV_PORT));

        Bind(sockfd, servaddr);

        DgEchoAddr.dgEcho(sockfd, new SockaddrIn());
    }
}
