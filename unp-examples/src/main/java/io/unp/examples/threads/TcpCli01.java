package io.unp.examples.threads;

import static io.unp.lib.Err.quit;
import static io.unp.lib.TcpConnect.TcpConnect;

import io.unp.lib.Stdio;
import io.unp.lib.StrCliThread;

/**
 * threads/tcpcli01: the echo client with {@code str_cli} in two threads (section 23.3): the
 * main thread copies the socket to standard output, a {@code copyto} thread standard input to
 * the socket.
 */
public final class TcpCli01 {
    private TcpCli01() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw quit("usage: tcpcli <hostname> <service>");
        }

        int sockfd = TcpConnect(args[0], args[1]);

        StrCliThread.strCli(Stdio.stdin(), sockfd); // do it all
    }
}
