package io.unp.examples.select;

import static io.unp.lib.Readline.Readline;
import static io.unp.lib.Stdio.Fgets;
import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.Stdio.strlen;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Select;
import static io.unp.lib.Writen.Writen;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;

import io.unp.lib.Err;
import io.unp.abi.FdSet;
import java.io.InputStream;

/**
 * {@code str_cli} of select/strcliselect01.c (figure 6.9): waits in select for either standard
 * input or the socket. At end of input it returns at once, so replies still on their way back
 * are lost when the program exits.
 *
 * <p>As in C, {@code fp} is buffered ({@link io.unp.lib.Stdio#stdin()}, 8 KiB), and select looks
 * at descriptor 0, not at the buffer: lines that {@code Fgets} has already pulled into the
 * buffer are invisible to select, so with input from a pipe that stays open they wait until
 * more input arrives (section 6.5; docs/chapter06.md shows it).
 */
final class StrCliSelect01 {
    private StrCliSelect01() {}

    static void strCli(InputStream fp, int sockfd) {
        int fpfd = Fileno.fileno(fp);
        FdSet rset = new FdSet();
        byte[] sendline = new byte[MAXLINE];
        byte[] recvline = new byte[MAXLINE];

        FD_ZERO(rset);
        for (;;) {
            FD_SET(fpfd, rset);
            FD_SET(sockfd, rset);
            int maxfdp1 = Math.max(fpfd, sockfd) + 1;
            Select(maxfdp1, rset, null, null, null);

            if (FD_ISSET(sockfd, rset)) { // socket is readable
                if (Readline(sockfd, recvline, MAXLINE) == 0) {
                    throw Err.quit("str_cli: server terminated prematurely");
                }
                Fputs(recvline);
            }

            if (FD_ISSET(fpfd, rset)) { // input is readable
                if (Fgets(sendline, MAXLINE, fp) < 0) {
                    return; // all done
                }
                Writen(sockfd, sendline, strlen(sendline));
            }
        }
    }
}
