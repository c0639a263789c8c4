package io.unp.examples.udpcliserv;

import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;
import java.io.InputStream;
import java.util.Arrays;

/**
 * udpcliserv/dgcliaddr.c (figure 8.9), linked by udpcli02: {@code dg_cli} that checks who sent
 * each reply and drops any datagram whose address (length and bytes) is not exactly the one it
 * sent to.
 */
final class DgCliAddr {
    private DgCliAddr() {}

    /** {@code dg_cli}: prints {@code reply from ADDR.PORT (ignored)} for a reply from elsewhere. */
    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        byte[] recvline = new byte[Unp.MAXLINE + 1];
        int servlen = pservaddr.len();
        SockAddr preplyAddr = new SockaddrStorage();

        while (Stdio.Fgets(sendline, Unp.MAXLINE, fp) >= 0) {
            Sendto(sockfd, sendline, Stdio.strlen(sendline), 0, pservaddr);

            int n = Recvfrom(sockfd, recvline, Unp.MAXLINE, 0, preplyAddr);
            int len = preplyAddr.len();
            if (len != servlen || !Arrays.equals(pservaddr.bytes(), 0, len, preplyAddr.bytes(), 0, len)) {
                Stdio.printf("reply from %s (ignored)\n", SockNtop(preplyAddr));
                continue;
            }

            recvline[n] = 0;
            Stdio.Fputs(recvline);
        }
    }
}
