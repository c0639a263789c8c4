package io.unp.examples.advio;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.IPPROTO_IP;
import static io.unp.abi.Constants.IP_PKTINFO;
import static io.unp.abi.Constants.MSG_CTRUNC;
import static io.unp.abi.Constants.MSG_TRUNC;
import static io.unp.lib.IfIndex.IfIndextoname;
import static io.unp.lib.RecvfromFlags.RecvfromFlags;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapLib.InetNtop;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.lib.Err;
import io.unp.net.InPktinfo;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * {@code dg_echo} of advio/dgechoaddr.c (section 20.2), linked by udpserv01: the UDP echo loop
 * with {@code recvfrom_flags}, printing for each datagram its size and sender, the address it
 * was sent to, the interface it arrived on, and whether it was truncated. Its buffer holds only
 * 20 bytes (the book's {@code MAXLINE} is redefined to 20), so a longer datagram is cut
 * (MSG_TRUNC) and only its first 20 bytes are echoed.
 *
 * <p>Linux: one option, IP_PKTINFO, asks for the destination address and the interface; the
 * book's BSD has IP_RECVDSTADDR and IP_RECVIF. Linux has no MSG_BCAST or MSG_MCAST, so the
 * book's "(broadcast)" and "(multicast)" never appear.
 */
final class DgEchoAddr {
    private DgEchoAddr() {}

    /** The book's MAXLINE for this file: small, to see datagram truncation. */
    static final int MAXLINE = 20;

    static void dgEcho(int sockfd, SockAddr pcliaddr) {
        byte[] mesg = new byte[MAXLINE];
        int[] flags = new int[1];
        InPktinfo pktinfo = new InPktinfo();
        byte[] inZero = new byte[4]; // all 0 IPv4 address

        try {
            Sys.setsockopt(sockfd, IPPROTO_IP, IP_PKTINFO, 1);
        } catch (ErrnoException e) {
            Err.ret("setsockopt of IP_PKTINFO");
        }

        for (;;) {
            flags[0] = 0;
            int n = RecvfromFlags(sockfd, mesg, MAXLINE, flags, pcliaddr, pktinfo);
            printf("%d-byte datagram from %s", n, SockNtop(pcliaddr));
            if (!java.util.Arrays.equals(pktinfo.ipiAddr(), inZero)) {
                printf(", to %s", InetNtop(AF_INET, pktinfo.ipiAddr()));
            }
            if (pktinfo.ipiIfindex() > 0) {
                printf(", recv i/f = %s", IfIndextoname(pktinfo.ipiIfindex()));
            }
            if ((flags[0] & MSG_TRUNC) != 0) {
                printf(" (datagram truncated)");
            }
            if ((flags[0] & MSG_CTRUNC) != 0) {
                printf(" (control info truncated)");
            }
            printf("\n");

            Sendto(sockfd, mesg, n, 0, pcliaddr);
        }
    }
}
