package io.unp.examples.tcpcliserv;

import static io.unp.lib.Readline.Readline;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.Writen.Writen;

import io.unp.lib.Stdio;

/**
 * tcpcliserv/str_echo08.c (figure 5.17): the per-client loop tcpserv08 links; answers each text
 * line holding two numbers with their sum, and any other line with {@code input error}.
 */
final class StrEcho08 {
    private StrEcho08() {}

    /** {@code str_echo}: one reply line per request line, until the client closes. */
    static void strEcho(int sockfd) {
        byte[] line = new byte[MAXLINE];
        long[] arg = new long[2];

        for (;;) {
            if (Readline(sockfd, line, MAXLINE) == 0) {
                return; // connection closed by other end
            }

            String reply;
            if (ScanLongs.scanTwo(line, arg) == 2) {
                reply = (arg[0] + arg[1]) + "\n";
            } else {
                reply = "input error\n";
            }

            byte[] out = reply.getBytes(Stdio.BYTES);
            Writen(sockfd, out, out.length);
        }
    }
}
