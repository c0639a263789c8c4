package io.unp.examples.nonblock;

import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapSock.Setsockopt;

import io.unp.lib.StrCli;
import io.unp.lib.Stdio;
import io.unp.net.Linger;
import io.unp.net.SolSocket;

/**
 * nonblock/tcpcli04: the echo client of port 9877 with the library's blocking, stop-and-wait
 * str_cli, on a socket with SO_LINGER set to zero: when the program ends after end of input,
 * its socket is closed with a RST instead of a FIN.
 */
public final class TcpCli04 {
    private TcpCli04() {}

    public static void main(String[] args) {
        int sockfd = EchoClient.connect(args, SERV_PORT);

        Setsockopt(sockfd, SolSocket.SO_LINGER, new Linger(1, 0)); // cause RST to be sent on close()

        StrCli.strCli(Stdio.stdin(), sockfd); // do it all
    }
}
