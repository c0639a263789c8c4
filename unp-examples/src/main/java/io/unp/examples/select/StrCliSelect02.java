package io.unp.examples.select;

import static io.unp.lib.Readline.Readline;
import static io.unp.lib.Stdio.Fgets;
import static io.unp.lib.Stdio.Fputs;
import static io.unp.lib.Stdio.strlen;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Select;
import static io.unp.lib.WrapSock.Shutdown;
import static io.unp.lib.Writen.Writen;
import static io.unp.abi.Constants.SHUT_WR;
import static io.unp.abi.FdSet.FD_CLR;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;

import io.unp.lib.Err;
import io.unp.abi.FdSet;
import java.io.InputStream;

/**
 * {@code str_cli} of select/strcliselect02.c (figure 6.13): at end of input it sends a FIN with
 * shutdown(SHUT_WR), stops watching the input and goes on reading the socket until the server
 * closes its side, so every reply arrives. Standard input is buffered as in
 * {@link StrCliSelect01}.
 */
public final class StrCliSelect02 {
    private StrCliSelect02() {}

    /** {@code str_cli}: also linked by advio/tcpcli02 (advio/str_cli_select02.c is the same function). */
    public static void strCli(InputStream fp, int sockfd) {
        int fpfd = Fileno.fileno(fp);
        FdSet rset = new FdSet();
        byte[] sendline = new byte[MAXLINE];
        byte[] recvline = new byte[MAXLINE];

        boolean stdineof = false;
        FD_ZERO(rset);
        for (;;) {
            if (!stdineof) {
                FD_SET(fpfd, rset);
            }
            FD_SET(sockfd, rset);
            int maxfdp1 = Math.max(fpfd, sockfd) + 1;
            Select(maxfdp1, rset, null, null, null);

            if (FD_ISSET(sockfd, rset)) { // socket is readable
                if (Readline(sockfd, recvline, MAXLINE) == 0) {
                    if (stdineof) {
                        return; // normal termination
                    }
                    throw Err.quit("str_cli: server terminated prematurely");
                }
                Fputs(recvline);
            }

            if (FD_ISSET(fpfd, rset)) { // input is readable
                if (Fgets(sendline, MAXLINE, fp) < 0) {
                    stdineof = true;
                    Shutdown(sockfd, SHUT_WR); // send FIN
                    FD_CLR(fpfd, rset);
                    continue;
                }
                Writen(sockfd, sendline, strlen(sendline));
            }
        }
    }
}
