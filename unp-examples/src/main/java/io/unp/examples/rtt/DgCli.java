package io.unp.examples.rtt;

import static io.unp.lib.WrapSock.DgSendRecv;

import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import java.io.InputStream;

/** rtt/dg_cli.c (section 20.5), linked by rtt/udpcli01: {@code dg_cli} over {@code Dg_send_recv}. */
final class DgCli {
    private DgCli() {}

    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE + 1];

        while (Stdio.Fgets(sendline, Unp.MAXLINE, fp) >= 0) {

            int n = DgSendRecv(sockfd, sendline, Stdio.strlen(sendline), recvline, Unp.MAXLINE, pservaddr);

            recvline[n] = 0; // null terminate
            Stdio.Fputs(recvline);
        }
    }
}
