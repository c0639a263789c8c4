package io.unp.examples.mysdr;

import static io.unp.lib.WrapSock.Recvfrom;

import io.unp.lib.Err;
import io.unp.lib.SockNtop;
import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;
import java.io.ByteArrayOutputStream;

/**
 * mysdr/loop.c (section 19.8): receives SAP packets and prints each one's sender and its SDP
 * text: what follows the 8-byte header ({@code uint32_t sap_header}, then {@code sap_src},
 * the originating IPv4 address), up to the first NUL, as C prints a string.
 */
final class Loop {
    private Loop() {}

    /** {@code 2 * sizeof(uint32_t)}: the header this program assumes (SAPv1, IPv4, no authentication). */
    static final int SAP_HDR = 8;

    static void loop(int sockfd) {
        byte[] buf = new byte[Unp.MAXLINE + 1];
        SockAddr sa = new SockaddrStorage();

        for (;;) {
            int n = Recvfrom(sockfd, buf, Unp.MAXLINE, 0, sa);
            buf[n] = 0; // null terminate

            if ((n -= SAP_HDR) <= 0) {
                throw Err.quit("n = %d", n);
            }
            int end = SAP_HDR;
            while (buf[end] != 0) {
                end++;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] from = ("From " + SockNtop.SockNtop(sa) + "\n").getBytes(Stdio.BYTES);
            out.write(from, 0, from.length);
            out.write(buf, SAP_HDR, end - SAP_HDR);
            out.write('\n');
            Stdio.out(out.toByteArray());
        }
    }
}
