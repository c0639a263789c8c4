package io.unp.examples.ping;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.IPPROTO_ICMP;
import static io.unp.abi.Constants.IPPROTO_ICMPV6;
import static io.unp.abi.Constants.SIGALRM;
import static io.unp.examples.ping.Ping.pr;
import static io.unp.lib.Err.quit;
import static io.unp.lib.HostServ.HostServ;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.SockNtop.SockNtopHost;

import io.unp.lib.Getopt;
import io.unp.lib.Stdio;
import io.unp.net.AddrInfo;
import io.unp.net.In6Addr;
import io.unp.sys.Sys;

/**
 * ping/main.c (figure 25.3): ping over IPv4 or IPv6 with a raw ICMP socket: one echo request a
 * second (SIGALRM), and a line for each echo reply. Needs root (CAP_NET_RAW).
 */
public final class Main {
    private Main() {}

    static final Ping.Proto PROTO_V4 = new Ping.Proto(ProcV4::procV4, SendV4::sendV4, IPPROTO_ICMP);
    static final Ping.Proto PROTO_V6 = new Ping.Proto(ProcV6::procV6, SendV6::sendV6, IPPROTO_ICMPV6);

    public static void main(String[] args) {
        Getopt g = new Getopt(args, "v");
        int c;
        while ((c = g.next()) != -1) {
            switch (c) {
                case 'v':
                    Ping.verbose++;
                    break;
                case '?':
                default:
                    throw quit("unrecognized option: %c", (char) c);
            }
        }
        String[] rest = g.operands();
        if (rest.length != 1) {
            throw quit("usage: ping [ -v ] <hostname>");
        }
        Ping.host = rest[0];

        Ping.pid = Sys.getpid();
        Signal(SIGALRM, SigAlrm::sigAlrm);

        AddrInfo ai = HostServ(Ping.host, null, 0, 0).get(0);

        Stdio.printf("PING %s (%s): %d data bytes\n", ai.aiCanonname(), SockNtopHost(ai.aiAddr()), Ping.datalen);

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

        pr.sasend = ai.aiAddr();
        pr.sarecv = ai.aiAddr().copy();
        pr.sarecv.clear();

        Readloop.readloop();
    }
}
