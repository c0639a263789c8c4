package io.unp.examples.traceroute;

import static io.unp.abi.Constants.ICMP_TIMXCEED;
import static io.unp.abi.Constants.ICMP_TIMXCEED_INTRANS;
import static io.unp.abi.Constants.ICMP_UNREACH;
import static io.unp.abi.Constants.ICMP_UNREACH_PORT;
import static io.unp.abi.Constants.IPPROTO_UDP;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtopHost;

import io.unp.abi.Errno;
import io.unp.abi.Timeval;
import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.lib.TvSub;
import io.unp.net.IcmpHdr;
import io.unp.net.IpHdr;
import io.unp.net.UdpHdr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * traceroute/recv_v4.c (figure 25.22): reads ICMPv4 messages for up to 3 seconds until one
 * is about our probe (the UDP header inside names our source port and this probe's
 * destination port).
 *
 * @see Trace.Recv for the return values
 */
final class RecvV4 {
    private RecvV4() {}

    static int recvV4(int seq, Timeval tv) {
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

            IpHdr ip = new IpHdr(recvbuf, 0); // start of IP header
            int hlen1 = ip.hlen(); // length of IP header
            IcmpHdr icmp = new IcmpHdr(recvbuf, hlen1); // start of ICMP header
            int icmplen = n - hlen1;
            if (icmplen < 8) {
                throw quit("icmplen (%d) < 8", icmplen);
            }

            if (icmp.icmpType() == ICMP_TIMXCEED && icmp.icmpCode() == ICMP_TIMXCEED_INTRANS) {
                if (icmplen < 8 + 20 + 8) {
                    throw quit("icmplen (%d) < 8 + 20 + 8", icmplen);
                }
                IpHdr hip = icmp.icmpIp();
                UdpHdr udp = new UdpHdr(recvbuf, hip.payloadOffset());
                if (hip.ipP() == IPPROTO_UDP && udp.uhSport() == Trace.sport && udp.uhDport() == Trace.dport + seq) {
                    return -2; // we hit an intermediate router
                }
            } else if (icmp.icmpType() == ICMP_UNREACH) {
                if (icmplen < 8 + 20 + 8) {
                    throw quit("icmplen (%d) < 8 + 20 + 8", icmplen);
                }
                IpHdr hip = icmp.icmpIp();
                UdpHdr udp = new UdpHdr(recvbuf, hip.payloadOffset());
                if (hip.ipP() == IPPROTO_UDP && udp.uhSport() == Trace.sport && udp.uhDport() == Trace.dport + seq) {
                    if (icmp.icmpCode() == ICMP_UNREACH_PORT) {
                        return -1; // have reached destination
                    }
                    return icmp.icmpCode(); // 0, 1, 2, ...
                }
            } else if (Trace.verbose != 0) {
                Stdio.printf(" (from %s: type = %d, code = %d)\n", SockNtopHost(Trace.pr.sarecv), icmp.icmpType(),
                        icmp.icmpCode());
            }
            // Some other ICMP error, recvfrom() again
        }
    }
}
