package io.unp.examples.ping;

import static io.unp.abi.Constants.ICMP_ECHOREPLY;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtopHost;

import io.unp.abi.Timeval;
import io.unp.lib.Stdio;
import io.unp.lib.TvSub;
import io.unp.net.IcmpHdr;
import io.unp.net.IpHdr;
import java.util.Locale;

/**
 * ping/proc_v4.c (figure 25.6): skips the IP header a raw IPv4 socket returns, and for an
 * echo reply to our identifier prints its size, sender, sequence number, TTL and round-trip
 * time (from the send time the request carried); other ICMP messages only with -v.
 */
final class ProcV4 {
    private ProcV4() {}

    static void procV4(byte[] ptr, int len, Timeval tvrecv, int unused) {
        IpHdr ip = new IpHdr(ptr, 0); // start of IP header
        int hlen1 = ip.hlen(); // length of IP header

        IcmpHdr icmp = new IcmpHdr(ptr, hlen1); // start of ICMP header
        int icmplen = len - hlen1;
        if (icmplen < 8) {
            throw quit("icmplen (%d) < 8", icmplen);
        }

        if (icmp.icmpType() == ICMP_ECHOREPLY) {
            if (icmp.icmpId() != (Ping.pid & 0xffff)) {
                return; // not a response to our ECHO_REQUEST
            }
            if (icmplen < 16) {
                throw quit("icmplen (%d) < 16", icmplen);
            }
            Timeval tvsend = TvSub.getTimeval(ptr, icmp.dataOffset());
            TvSub.tvSub(tvrecv, tvsend);
            double rtt = tvrecv.tvSec() * 1000.0 + tvrecv.tvUsec() / 1000.0;

            Stdio.printf(String.format(Locale.ROOT, "%d bytes from %s: seq=%d, ttl=%d, rtt=%.3f ms\n",
                    icmplen, SockNtopHost(Ping.pr.sarecv), icmp.icmpSeq(), ip.ipTtl(), rtt));
        } else if (Ping.verbose != 0) {
            Stdio.printf(String.format(Locale.ROOT, "  %d bytes from %s: type = %d, code = %d\n",
                    icmplen, SockNtopHost(Ping.pr.sarecv), icmp.icmpType(), icmp.icmpCode()));
        }
    }
}
