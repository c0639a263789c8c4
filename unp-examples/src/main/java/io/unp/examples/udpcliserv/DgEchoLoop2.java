package io.unp.examples.udpcliserv;

import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_RCVBUF;

import io.unp.net.SockAddr;

/**
 * udpcliserv/dgecholoop2.c (figure 8.22), linked by udpserv07: the counting {@code dg_echo} of
 * {@link DgEchoLoop1} with the socket receive buffer raised to 240 KB first. Linux caps the
 * request at {@code net.core.rmem_max} and then doubles it for its bookkeeping overhead.
 */
final class DgEchoLoop2 {
    private DgEchoLoop2() {}

    /** {@code dg_echo}: raise SO_RCVBUF, then count as dgecholoop1 does. */
    static void dgEcho(int sockfd, SockAddr pcliaddr) {
        Setsockopt(sockfd, SOL_SOCKET, SO_RCVBUF, 240 * 1024);

        DgEchoLoop1.dgEcho(sockfd, pcliaddr);
    }
}
