package io.unp.examples.oob;

import static io.unp.abi.FdSet.FD_CLR;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;
import static io.unp.lib.Readline.Readline;
import static io.unp.lib.Stdio.Fgets;
import static io.unp.lib.Stdio.strlen;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Shutdown;
import static io.unp.lib.Writen.Writen;

import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.abi.FdSet;
import io.unp.lib.Err;
import io.unp.lib.HeartbeatCli;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.InputStream;

/**
 * oob/strcliselect02.c, linked by tcpcli02: the {@code select} client of section 6.7 (shutdown
 * at end of input) with the heartbeat of section 21.5 running, one probe a second, five
 * unanswered probes before giving up; a {@code select} interrupted by SIGALRM goes round again.
 */
final class StrCliSelect02 {
    private StrCliSelect02() {}

    static void strCli(InputStream fp, int sockfd) {
        int fpfd = Constants.STDIN_FILENO; // fileno(fp): the client reads standard input
        boolean stdineof = false;
        FdSet rset = new FdSet();
        byte[] sendline = new byte[MAXLINE];
        byte[] recvline = new byte[MAXLINE];

        HeartbeatCli.heartbeatCli(sockfd, 1, 5);

        FD_ZERO(rset);
        for (;;) {
            if (!stdineof) {
                FD_SET(fpfd, rset);
            }
            FD_SET(sockfd, rset);
            int maxfdp1 = Math.max(fpfd, sockfd) + 1;
            try {
                Sys.select(maxfdp1, rset, null, null, null);
            } catch (ErrnoException e) {
                if (e.is(Errno.EINTR)) {
                    continue;
                }
                throw Err.sys("select error");
            }

            if (FD_ISSET(sockfd, rset)) { // socket is readable
                int n = Readline(sockfd, recvline, MAXLINE);
                if (n == 0) {
                    if (stdineof) {
                        return; // normal termination
                    }
                    throw Err.quit("str_cli: server terminated prematurely");
                }

                Writen(Constants.STDOUT_FILENO, recvline, n);
            }

            if (FD_ISSET(fpfd, rset)) { // input is readable
                int n = Fgets(sendline, MAXLINE, fp);
                if (n < 0) {
                    stdineof = true;
                    Sys.alarm(0); // turn off heartbeat
                    Shutdown(sockfd, Constants.SHUT_WR); // send FIN
                    FD_CLR(fpfd, rset);
                    continue;
                }

                Writen(sockfd, sendline, strlen(sendline));
            }
        }
    }
}
