package io.unp.examples.udpcliserv;

import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_SNDBUF;

import io.unp.net.SockAddr;
import java.io.InputStream;

/**
 * udpcliserv/dgcliloop3.c, linked by udpcli08: {@code dg_cli} that sets a 100 KB send buffer and
 * sends {@value #NDG} datagrams of the largest size UDP over IPv4 allows ({@value #DGLEN}
 * bytes), hoping for ENOBUFS from sendto. On Linux sendto blocks when the send buffer is full
 * instead, so no error comes (the book's author did not get one either).
 */
final class DgCliLoop3 {
    private DgCliLoop3() {}

    /** Datagrams to send. */
    static final int NDG = 2000;
    /** Bytes in each datagram: 65535 less the IPv4 (20) and UDP (8) headers. */
    static final int DGLEN = 65507;

    /** {@code dg_cli}: the burst of big datagrams. */
    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[DGLEN];

        Setsockopt(sockfd, SOL_SOCKET, SO_SNDBUF, 100 * 1024);

        for (int i = 0; i < NDG; i++) {
            Sendto(sockfd, sendline, DGLEN, 0, pservaddr);
        }
    }
}
