package io.unp.examples.sigio;

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
 * sigio/udpserv01 (section 22.3): the UDP echo server on port 9877, driven by SIGIO
 * ({@link DgEcho01}): the handler reads every datagram into a queue, the main loop echoes them.
 */
public final class UdpServ01 {
    private UdpServ01() {}

    public static void main(String[] args) {
        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinAddr(htonl(INADDR_ANY));
        servaddr.sinPort(htons(SERV_PORT));

        Bind(sockfd, servaddr);

        DgEcho01.dgEcho(sockfd);
    }
}
