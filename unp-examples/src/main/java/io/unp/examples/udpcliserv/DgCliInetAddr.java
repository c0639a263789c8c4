package io.unp.examples.udpcliserv;

import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.Inet;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import java.io.InputStream;

/**
 * udpcliserv/dgcliinetaddr.c, linked by udpcli03: {@code dg_cli} that prints the IPv4 address
 * and port of each reply's sender before the reply.
 */
final class DgCliInetAddr {
    private DgCliInetAddr() {}

    /** {@code dg_cli}: {@code received reply from A.B.C.D, port N}, then the reply. */
    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        SockaddrIn replyaddr = new SockaddrIn();

        while (Stdio.Fgets(sendline, Unp.MAXLINE, fp) >= 0) {
            Sendto(sockfd, sendline, Stdio.strlen(sendline), 0, pservaddr);

            int n = Recvfrom(sockfd, recvline, Unp.MAXLINE, 0, replyaddr);
            Stdio.printf("received reply from %s, port %d\n",
                    Inet.inetNtoa(replyaddr.addressBytes()), replyaddr.port());

            recvline[n] = 0;
            Stdio.Fputs(recvline);
        }
    }
}
