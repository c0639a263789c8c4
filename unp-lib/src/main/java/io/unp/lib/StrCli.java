package io.unp.lib;

import static io.unp.lib.Readline.Readline;
import static io.unp.lib.Writen.Writen;

import java.io.InputStream;

/** {@code str_cli} ({@code lib/str_cli.c}): the echo client's loop. */
public final class StrCli {
    private StrCli() {}

    /**
     * {@code str_cli}: sends each line of {@code fp} to {@code sockfd}, and prints the line the
     * server sends back; ends with "str_cli: server terminated prematurely" if the server closes
     * first.
     */
    public static void strCli(InputStream fp, int sockfd) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE];
        int n;
        while ((n = Stdio.Fgets(sendline, Unp.MAXLINE, fp)) >= 0) {
            Writen(sockfd, sendline, n);
            if (Readline(sockfd, recvline, Unp.MAXLINE) == 0) {
                throw Err.quit("str_cli: server terminated prematurely");
            }
            Stdio.Fputs(recvline);
        }
    }
}
