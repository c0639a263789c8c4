package io.unp.examples.ping;

import static io.unp.abi.Constants.ICMP6_ECHO_REQUEST;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.abi.Timeval;
import io.unp.lib.TvSub;
import io.unp.net.Icmp6Hdr;

/**
 * ping/send_v6.c (figure 25.13): an ICMPv6 echo request; the kernel computes and stores the
 * checksum (it always does for raw ICMPv6 sockets).
 */
final class SendV6 {
    private SendV6() {}

    static void sendV6() {
        byte[] sendbuf = Ping.sendbuf;
        Icmp6Hdr icmp6 = new Icmp6Hdr(sendbuf, 0);
        icmp6.setIcmp6Type(ICMP6_ECHO_REQUEST).setIcmp6Code(0).setIcmp6Id(Ping.pid).setIcmp6Seq(Ping.nsent++);
        TvSub.putTimeval(sendbuf, icmp6.dataOffset(), TvSub.gettimeofday(new Timeval()));

        int len = Icmp6Hdr.SIZE + Ping.datalen; // 8-byte ICMPv6 header

        Sendto(Ping.sockfd, sendbuf, len, 0, Ping.pr.sasend);
    }
}
