package io.unp.examples.udpcliserv;

import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_RCVBUF;
import static io.unp.abi.Constants.SO_SNDBUF;

import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import java.io.InputStream;

/**
 * udpcliserv/dgclibig.c, linked by udpcli10: {@code dg_cli} that raises both socket buffers to
 * 70000 bytes, sends one datagram of {@value #MAXLINE} bytes (the IPv4 maximum), waits for one
 * back and prints its size.
 */
final class DgCliBig {
    private DgCliBig() {}

    /** The datagram size: 65535 less the IPv4 and UDP headers. */
    static final int MAXLINE = 65507;

    /** {@code dg_cli}: {@code received N bytes}. */
    static void dgCli(InputStream fp, int sockfd, SockAddr pservaddr) {
        byte[] sendline = new byte[MAXLINE];
        byte[] recvline = new byte[MAXLINE + 1];

        int size = 70000;
        Setsockopt(sockfd, SOL_SOCKET, SO_SNDBUF, size);
        Setsockopt(sockfd, SOL_SOCKET, SO_RCVBUF, size);

        Sendto(sockfd, sendline, MAXLINE, 0, pservaddr);

        int n = Recvfrom(sockfd, recvline, MAXLINE, 0, null);

        Stdio.printf("received %d bytes\n", n);
    }
}
