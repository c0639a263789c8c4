package io.unp.examples.ping;

import static io.unp.abi.Constants.ICMP6_ECHO_REPLY;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtopHost;

import io.unp.abi.Timeval;
import io.unp.lib.Stdio;
import io.unp.lib.TvSub;
import io.unp.net.Icmp6Hdr;
import java.util.Locale;

/**
 * ping/proc_v6.c (figure 25.9): an echo reply to our identifier prints as for IPv4, with the
 * hop limit (hlim) in place of the TTL. The packet starts with the ICMPv6 header (no IPv6
 * header on a raw IPv6 socket); the hop limit came with it as ancillary data, -1 if not.
 */
final class ProcV6 {
    private ProcV6() {}

    static void procV6(byte[] ptr, int len, Timeval tvrecv, int hlim) {
        Icmp6Hdr icmp6 = new Icmp6Hdr(ptr, 0);
        int icmp6len = len;
        if (icmp6len < 8) {
            throw quit("icmp6len (%d) < 8", icmp6len);
        }

        if (icmp6.icmp6Type() == ICMP6_ECHO_REPLY) {
            if (icmp6.icmp6Id() != (Ping.pid & 0xffff)) {
                return; // not a response to our ECHO_REQUEST
            }
            if (icmp6len < 16) {
                throw quit("icmp6len (%d) < 16", icmp6len);
            }
            Timeval tvsend = TvSub.getTimeval(ptr, icmp6.dataOffset());
            TvSub.tvSub(tvrecv, tvsend);
            double rtt = tvrecv.tvSec() * 1000.0 + tvrecv.tvUsec() / 1000.0;

            Stdio.printf(String.format(Locale.ROOT, "%d bytes from %s: seq=%d, hlim=%d, rtt=%.3f ms\n",
                    icmp6len, SockNtopHost(Ping.pr.sarecv), icmp6.icmp6Seq(), hlim, rtt));
        } else if (Ping.verbose != 0) {
            Stdio.printf(String.format(Locale.ROOT, "  %d bytes from %s: type = %d, code = %d\n",
                    icmp6len, SockNtopHost(Ping.pr.sarecv), icmp6.icmp6Type(), icmp6.icmp6Code()));
        }
    }
}
