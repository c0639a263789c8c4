package io.unp.examples.tcpcliserv;

import static io.unp.lib.Readline.Readline;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.Writen.Writen;

import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.sys.Sys;
import java.io.InputStream;
import java.util.Arrays;

/**
 * tcpcliserv/str_cli11.c (section 5.13): the client loop tcpcli11 links; writes each line in two
 * pieces a second apart. When the server has gone, the first piece draws an RST and the second
 * write raises SIGPIPE, which (with no handler) ends the client.
 */
final class StrCli11 {
    private StrCli11() {}

    /** {@code str_cli}: first byte, sleep(1), the rest; then print the reply line. */
    static void strCli(InputStream fp, int sockfd) {
        byte[] sendline = new byte[MAXLINE];
        byte[] recvline = new byte[MAXLINE];
        int n;

        while ((n = Stdio.Fgets(sendline, MAXLINE, fp)) >= 0) {
            Writen(sockfd, sendline, 1);
            Sys.sleep(1);
            Writen(sockfd, Arrays.copyOfRange(sendline, 1, n), n - 1);

            if (Readline(sockfd, recvline, MAXLINE) == 0) {
                throw Err.quit("str_cli: server terminated prematurely");
            }

            Stdio.Fputs(recvline);
        }
    }
}
