package io.unp.examples.names;

import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.WrapUnix.Read;

import io.unp.lib.Unp;

/** The read loop of the names/ daytime clients: copies what the server sends to standard output until EOF. */
final class DaytimeReply {
    private DaytimeReply() {}

    /** Reads {@code sockfd} until the server closes, writing each piece with {@code fputs}. */
    static void print(int sockfd) {
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        int n;
        while ((n = Read(sockfd, recvline, Unp.MAXLINE)) > 0) {
            recvline[n] = 0; // null terminate: fputs stops at the first NUL, as in C
            Fputs(recvline);
        }
    }
}
