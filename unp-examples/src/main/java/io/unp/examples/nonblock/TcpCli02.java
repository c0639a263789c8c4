package io.unp.examples.nonblock;

import io.unp.lib.StrCliNonb;
import io.unp.lib.Stdio;

/**
 * nonblock/tcpcli02 (section 15.2): the echo client, to the echo service on
 * port 7, linked with the nonblocking str_cli ({@link StrCliNonb}), which prints a time-stamped
 * line to standard error for every read, write and end of file.
 */
public final class TcpCli02 {
    private TcpCli02() {}

    public static void main(String[] args) {
        int sockfd = EchoClient.connect(args, 7); // the echo service

        StrCliNonb.strCli(Stdio.stdin(), sockfd); // do it all
    }
}
