package io.unp.examples.sntp;

import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_BROADCAST;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.McastSetIf;
import static io.unp.lib.WrapSock.McastSetLoop;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapSock.Setsockopt;

/**
 * sntp/sntp_send.c (section 19.10): sends an SNTP client request (version 3, mode 3, all else
 * zero) to every broadcast address and, out of each interface, to the multicast group, from the
 * socket bound to the wildcard address.
 */
final class SntpSend {
    private SntpSend() {}

    static void sntpSend() {
        // use the socket bound to 0.0.0.0/123 for sending
        int fd = Addrs.addrs.get(Addrs.addrs.size() - 1).fd;
        Setsockopt(fd, SOL_SOCKET, SO_BROADCAST, 1);

        byte[] msg = new byte[Ntp.SIZE];
        msg[Ntp.STATUS] = (byte) ((0 << 6) | (3 << 3) | Ntp.MODE_CLIENT); // see RFC 2030

        for (Addrs a : Addrs.addrs) {
            if ((a.flags & Addrs.ADDR_BCAST) != 0) {
                printf("sending broadcast to %s\n", SockNtop(a.sa));
                Sendto(fd, msg, msg.length, 0, a.sa);
            }
            if ((a.flags & Addrs.ADDR_MCAST) != 0) {
                // must first set outgoing i/f appropriately
                McastSetIf(fd, a.ifname, 0);
                McastSetLoop(fd, 0); // disable loopback

                printf("sending multicast to %s on %s\n", SockNtop(a.sa), a.ifname);
                Sendto(fd, msg, msg.length, 0, a.sa);
            }
        }
    }
}
