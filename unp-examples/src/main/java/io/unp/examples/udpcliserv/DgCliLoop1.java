package io.unp.examples.udpcliserv;

import static io.unp.lib.WrapSock.Sendto;

import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import java.io.InputStream;

/**
 * udpcliserv/dgcliloop1.c (figure 8.19), linked by udpcli06: {@code dg_cli} that ignores its
 * input and sends {@value #NDG} datagrams of {@value #DGLEN} bytes back to back, then returns.
 * UDP has no flow control, so nothing slows the sender to the receiver's pace.
 */
final class DgCliLoop1 {
    private DgCliLoop1() {}

    /** Datagrams to send. */
    static final int NDG = 2000;
    /** Bytes in each datagram. */
    static final int DGLEN = 1400;

    /** {@code dg_cli}: the burst. The payload is zeros (the C sends whatever its buffer held). */
    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[Unp.MAXLINE];
        for (int i = 0; i < NDG; i++) {
            Sendto(sockfd, sendline, DGLEN, 0, pservaddr);
        }
    }
}
