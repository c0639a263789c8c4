package io.unp.examples.traceroute;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.IPPROTO_ICMP;
import static io.unp.abi.Constants.IPPROTO_ICMPV6;
import static io.unp.abi.Constants.IPPROTO_IP;
import static io.unp.abi.Constants.IPPROTO_IPV6;
import static io.unp.abi.Constants.IPV6_UNICAST_HOPS;
import static io.unp.abi.Constants.IP_TTL;
import static io.unp.abi.Constants.SIGALRM;
import static io.unp.examples.traceroute.Trace.pr;
import static io.unp.lib.Err.quit;
import static io.unp.lib.HostServ.HostServ;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.SockNtop.SockNtopHost;
import static io.unp.lib.WrapSock.atoi;

import io.unp.lib.Getopt;
import io.unp.lib.Stdio;
import io.unp.net.AddrInfo;
import io.unp.net.In6Addr;
import io.unp.sys.Sys;

/**
 * traceroute/main.c (figure 25.19): traceroute over IPv4 or IPv6: UDP probes with growing
 * TTL (hop limit), read back as ICMP "time exceeded" from each router and "port unreachable"
 * from the destination on a raw ICMP socket. Needs root (CAP_NET_RAW).
 */
public final class Main {
    private Main() {}

    static final Trace.Proto PROTO_V4 = new Trace.Proto(Icmpcode::icmpcodeV4, RecvV4::recvV4, IPPROTO_ICMP,
            IPPROTO_IP, IP_TTL);
    static final Trace.Proto PROTO_V6 = new Trace.Proto(Icmpcode::icmpcodeV6, RecvV6::recvV6, IPPROTO_ICMPV6,
            IPPROTO_IPV6, IPV6_UNICAST_HOPS);

    public static void main(String[] args) {
        Getopt g = new Getopt(args, "m:v");
        int c;
        while ((c = g.next()) != -1) {
            switch (c) {
                case 'm':
                    if ((Trace.maxTtl = atoi(g.optarg())) <= 1) {
                        throw quit("invalid -m value");
                    }
                    break;
                case 'v':
                    Trace.verbose++;
                    break;
                case '?':
                default:
                    throw quit("unrecognized option: %c", (char) c);
            }
        }
        String[] rest = g.operands();
        if (rest.length != 1) {
            throw quit("usage: traceroute [ -m <maxttl> -v ] <hostname>");
        }
        Trace.host = rest[0];

        Trace.pid = Sys.getpid();
        Signal(SIGALRM, signo -> {}); // sig_alrm: just interrupt the recvfrom()

        AddrInfo ai = HostServ(Trace.host, null, 0, 0).get(0);

        Stdio.printf("traceroute to %s (%s): %d hops max, %d data bytes\n", ai.aiCanonname(),
                SockNtopHost(ai.aiAddr()), Trace.maxTtl, Trace.datalen);

        // initialize according to protocol
        if (ai.aiFamily() == AF_INET) {
            pr = PROTO_V4;
        } else if (ai.aiFamily() == AF_INET6) {
            pr = PROTO_V6;
            if (In6Addr.IN6_IS_ADDR_V4MAPPED(ai.aiAddr().asIn6().addressBytes())) {
                throw quit("cannot ping IPv4-mapped IPv6 address");
            }
        } else {
            throw quit("unknown address family %d", ai.aiFamily());
        }

        pr.sasend = ai.aiAddr(); // contains destination address
        pr.sarecv = blank(ai);
        pr.salast = blank(ai);
        pr.sabind = blank(ai);

        Traceloop.traceloop();
    }

    /** {@code Calloc(1, ai->ai_addrlen)}: a zeroed address of the same size. */
    private static io.unp.net.SockAddr blank(AddrInfo ai) {
        io.unp.net.SockAddr sa = ai.aiAddr().copy();
        sa.clear();
        sa.setLen(ai.aiAddrlen());
        return sa;
    }
}
