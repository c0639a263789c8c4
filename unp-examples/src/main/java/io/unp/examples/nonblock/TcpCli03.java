package io.unp.examples.nonblock;

import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapUnix.Close;

import io.unp.net.Linger;
import io.unp.net.SolSocket;

/**
 * nonblock/tcpcli03 (section 15.6): connects to the echo server on port 9877, sets SO_LINGER
 * with a zero linger time and closes at once, so the server gets a RST for a connection that
 * is waiting to be accepted: the client that provokes tcpservselect03.
 */
public final class TcpCli03 {
    private TcpCli03() {}

    public static void main(String[] args) {
        int sockfd = EchoClient.connect(args, SERV_PORT);

        Setsockopt(sockfd, SolSocket.SO_LINGER, new Linger(1, 0)); // cause RST to be sent on close()
        Close(sockfd);
    }
}
