package io.unp.examples.oob;

import static io.unp.lib.Readline.Readline;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.Writen.Writen;

import io.unp.lib.HeartbeatServ;

/**
 * oob/strecho02.c, linked by tcpserv02: {@code str_echo} with the server's heartbeat: one alarm
 * a second, five without a probe before the child gives up with "no probes from client".
 */
final class StrEcho02 {
    private StrEcho02() {}

    static void strEcho(int sockfd) {
        byte[] line = new byte[MAXLINE];

        HeartbeatServ.heartbeatServ(sockfd, 1, 5);

        for (;;) {
            int n = Readline(sockfd, line, MAXLINE);
            if (n == 0) {
                return; // connection closed by other end
            }

            Writen(sockfd, line, n);
        }
    }
}
