package io.unp.examples;

import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.WrapUnix.Read;

import io.unp.lib.Unp;

/**
 * The read loop every daytime client of chapters 1 and 11 shares: copy what the server sends to
 * standard output until it closes, as the C's {@code while ((n = read(...)) > 0) fputs(...)}.
 */
public final class DaytimeReply {
    private DaytimeReply() {}

    /**
     * Reads {@code sockfd} until the server closes, writing each piece with {@code fputs} (which
     * stops at a NUL byte, as in C); ends with "read error"/"fputs error" on failure.
     *
     * @return how many reads returned data (the {@code counter} of exercise 1.5)
     */
    public static int print(int sockfd) {
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        int reads = 0;
        int n;
        while ((n = Read(sockfd, recvline, Unp.MAXLINE)) > 0) {
            reads++;
            recvline[n] = 0; // null terminate
            Fputs(recvline);
        }
        return reads;
    }
}
