package io.unp.examples.threads;

import static io.unp.lib.Err.quit;
import static io.unp.lib.TcpConnect.TcpConnect;

import io.unp.lib.Stdio;

/**
 * threads/tcpcli02: {@link TcpCli01} with {@code threads/strclithread2.c}'s {@code str_cli}
 * ({@link StrCliThread2}), which says so when the server closes before the end of input.
 */
public final class TcpCli02 {
    private TcpCli02() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw quit("usage: tcpcli <hostname> <service>");
        }

        int sockfd = TcpConnect(args[0], args[1]);

        StrCliThread2.strCli(Stdio.stdin(), sockfd); // do it all
    }
}
