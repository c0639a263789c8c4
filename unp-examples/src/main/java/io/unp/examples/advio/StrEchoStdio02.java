package io.unp.examples.advio;

import static io.unp.lib.StdioFile.Fdopen;
import static io.unp.lib.StdioFile.Fgets;
import static io.unp.lib.StdioFile.Fputs;
import static io.unp.lib.Unp.MAXLINE;

import io.unp.lib.StdioFile;

/**
 * {@code str_echo} of advio/str_echo_stdio02.c (section 13.8), linked by tcpserv02: the echo loop
 * written with standard I/O on the socket, one stream for reading and one for writing. Both are
 * fully buffered (a socket is not a terminal), so each echoed line waits in {@code fpout}'s
 * buffer until 4096 bytes have gathered or the process exits (section 13.8).
 */
final class StrEchoStdio02 {
    private StrEchoStdio02() {}

    static void strEcho(int sockfd) {
        byte[] line = new byte[MAXLINE];
        StdioFile fpin = Fdopen(sockfd, "r");
        StdioFile fpout = Fdopen(sockfd, "w");

        for (;;) {
            if (Fgets(line, MAXLINE, fpin) < 0) {
                return; // connection closed by other end
            }

            Fputs(line, fpout);
        }
    }
}
