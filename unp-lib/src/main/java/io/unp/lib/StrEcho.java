package io.unp.lib;

import static io.unp.lib.Readline.Readline;
import static io.unp.lib.Writen.Writen;

/** {@code str_echo} ({@code lib/str_echo.c}): the echo server's per-client loop. */
public final class StrEcho {
    private StrEcho() {}

    /** {@code str_echo}: reads lines from {@code sockfd} and writes each back, until the client closes. */
    public static void strEcho(int sockfd) {
        byte[] line = new byte[Unp.MAXLINE];
        int n;
        while ((n = Readline(sockfd, line, Unp.MAXLINE)) > 0) {
            Writen(sockfd, line, n);
        }
    }
}
