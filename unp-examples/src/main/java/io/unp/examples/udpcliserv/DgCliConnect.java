package io.unp.examples.udpcliserv;

import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapUnix.Read;
import static io.unp.lib.WrapUnix.Write;

import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import java.io.InputStream;

/**
 * udpcliserv/dgcliconnect.c (figure 8.17), linked by udpcli04: {@code dg_cli} on a connected
 * UDP socket, with write and read. The connect sends nothing; the kernel then passes the
 * socket an ICMP port unreachable for that peer, so with no server the read fails with
 * ECONNREFUSED.
 */
final class DgCliConnect {
    private DgCliConnect() {}

    /** {@code dg_cli}: connect once, then write each line and read one datagram back. */
    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE + 1];

        Connect(sockfd, pservaddr);

        while (Stdio.Fgets(sendline, Unp.MAXLINE, fp) >= 0) {
            Write(sockfd, sendline, Stdio.strlen(sendline));

            int n = Read(sockfd, recvline, Unp.MAXLINE);

            recvline[n] = 0;
            Stdio.Fputs(recvline);
        }
    }
}
