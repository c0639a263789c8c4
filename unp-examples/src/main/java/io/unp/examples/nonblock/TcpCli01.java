package io.unp.examples.nonblock;

import io.unp.lib.Stdio;

/**
 * nonblock/tcpcli01 (section 15.2): the echo client, to the echo service on port 7,
 * linked with {@link StrCliFork}: a child process copies the socket to standard output while
 * the parent copies standard input to the socket.
 */
public final class TcpCli01 {
    private TcpCli01() {}

    public static void main(String[] args) {
        int sockfd = EchoClient.connect(args, 7); // the echo service

        StrCliFork.strCli(Stdio.stdin(), sockfd); // do it all
    }
}
