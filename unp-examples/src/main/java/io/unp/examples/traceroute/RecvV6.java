package io.unp.examples.traceroute;

import static io.unp.abi.Constants.ICMP6_DST_UNREACH;
import static io.unp.abi.Constants.ICMP6_DST_UNREACH_NOPORT;
import static io.unp.abi.Constants.ICMP6_TIME_EXCEEDED;
import static io.unp.abi.Constants.ICMP6_TIME_EXCEED_TRANSIT;
import static io.unp.abi.Constants.IPPROTO_UDP;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtopHost;

import io.unp.abi.Errno;
import io.unp.abi.Timeval;
import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.lib.TvSub;
import io.unp.net.Icmp6Hdr;
import io.unp.net.Ip6Hdr;
import io.unp.net.UdpHdr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * traceroute/recv_v6.c (figure 25.24): the IPv6 {@code recv}. A raw ICMPv6 socket returns the
 * ICMPv6 message with no IPv6 header in front (RFC 3542; the 2nd edition's C expects one, and
 * on Linux it misreads every reply), so the message starts at offset 0; the packet it is
 * about follows its 8-byte header.
 */
final class RecvV6 {
    private RecvV6() {}

    static int recvV6(int seq, Timeval tv) {
        byte[] recvbuf = Trace.recvbuf;
        Sys.alarm(3);
        for (;;) {
            int n;
            try {
                n = Sys.recvfrom(Trace.recvfd, recvbuf, 0, recvbuf.length, 0, Trace.pr.sarecv);
            } catch (ErrnoException e) {
                if (e.is(Errno.EINTR)) {
                    return -3; // alarm expired
                }
                throw Err.sys("recvfrom error");
            }
            TvSub.gettimeofday(tv); // get time of packet arrival

            Icmp6Hdr icmp6 = new Icmp6Hdr(recvbuf, 0);
            int icmp6len = n;
            if (icmp6len < 8) {
                throw quit("icmp6len (%d) < 8", icmp6len);
            }

            if (icmp6.icmp6Type() == ICMP6_TIME_EXCEEDED && icmp6.icmp6Code() == ICMP6_TIME_EXCEED_TRANSIT) {
                if (icmp6len < 8 + 40 + 8) {
                    throw quit("icmp6len (%d) < 8 + 40 + 8", icmp6len);
                }
                Ip6Hdr hip6 = icmp6.errorIp6();
                UdpHdr udp = new UdpHdr(recvbuf, hip6.payloadOffset());
                if (hip6.ip6Nxt() == IPPROTO_UDP && udp.uhSport() == Trace.sport && udp.uhDport() == Trace.dport + seq) {
                    return -2; // we hit an intermediate router
                }
            } else if (icmp6.icmp6Type() == ICMP6_DST_UNREACH) {
                if (icmp6len < 8 + 40 + 8) {
                    throw quit("icmp6len (%d) < 8 + 40 + 8", icmp6len);
                }
                Ip6Hdr hip6 = icmp6.errorIp6();
                UdpHdr udp = new UdpHdr(recvbuf, hip6.payloadOffset());
                if (hip6.ip6Nxt() == IPPROTO_UDP && udp.uhSport() == Trace.sport && udp.uhDport() == Trace.dport + seq) {
                    if (icmp6.icmp6Code() == ICMP6_DST_UNREACH_NOPORT) {
                        return -1; // have reached destination
                    }
                    return icmp6.icmp6Code(); // 0, 1, 2, ...
                }
            } else if (Trace.verbose != 0) {
                Stdio.printf(" (from %s: type = %d, code = %d)\n", SockNtopHost(Trace.pr.sarecv), icmp6.icmp6Type(),
                        icmp6.icmp6Code());
            }
            // Some other ICMP error, recvfrom() again
        }
    }
}
