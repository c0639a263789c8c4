package io.unp.examples.route;

import static io.unp.abi.Constants.*;
import static io.unp.lib.SockMasktop.sockMasktop;
import static io.unp.lib.SockNtop.sockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.Unproute.*;

import io.unp.abi.Errno;
import io.unp.lib.Err;
import io.unp.lib.GetRtaddrs;
import io.unp.lib.RtMsg;
import io.unp.lib.Rtnetlink;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;

/**
 * route/rtmonitor (beyond the book; BSD's {@code route monitor}): prints every routing message
 * the kernel sends, as routes, addresses and interfaces change, until killed.
 *
 * <p>The book's routing socket receives every routing message of the system once it is open
 * (section 17.3). An rtnetlink socket receives the multicast groups it joins: here
 * RTNLGRP_IPV4_ROUTE and RTNLGRP_IPV6_ROUTE (RTM_NEWROUTE, RTM_DELROUTE), RTNLGRP_IPV4_IFADDR
 * and RTNLGRP_IPV6_IFADDR (RTM_NEWADDR, RTM_DELADDR) and RTNLGRP_LINK (RTM_NEWLINK,
 * RTM_DELLINK); no privilege is needed. With {@code inet4}, only the IPv4 route group. One
 * line per message: its type, then its addresses ({@code get_rtaddrs}) as mynetstat prints
 * them. If the kernel drops messages because the program fell behind, it says so on standard
 * error and goes on.
 */
public final class RtMonitor {
    private RtMonitor() {}

    public static void main(String[] args) {
        boolean inet4Only = args.length == 1 && args[0].equals("inet4");
        if (args.length > 1 || (args.length == 1 && !inet4Only)) {
            throw Err.quit("usage: rtmonitor [ inet4 ]");
        }
        Rtnetlink rt = GetRt.openRoutingSocket();
        try {
            rt.join(RTNLGRP_IPV4_ROUTE);
            if (!inet4Only) {
                rt.join(RTNLGRP_IPV6_ROUTE);
                rt.join(RTNLGRP_IPV4_IFADDR);
                rt.join(RTNLGRP_IPV6_IFADDR);
                rt.join(RTNLGRP_LINK);
            }
        } catch (ErrnoException e) {
            throw Err.sys("setsockopt error");
        }

        SockAddr[] rtiInfo = new SockAddr[RTAX_MAX];
        for (;;) {
            java.util.List<RtMsg> msgs;
            try {
                msgs = rt.recv();
            } catch (ErrnoException e) {
                if (e.is(Errno.ENOBUFS)) {
                    Err.msg("messages lost: %s", e.errno().strerror());
                    continue;
                }
                throw Err.sys("recv error");
            }
            for (RtMsg m : msgs) {
                printf("%s\n", describe(m, rtiInfo));
            }
        }
    }

    /** The message's type and what it says, on one line: {@code RTM_DELROUTE: dest: 10.5.0.0, gateway: ...}. */
    static String describe(RtMsg m, SockAddr[] rtiInfo) {
        GetRtaddrs.getRtaddrs(m, rtiInfo);
        java.util.List<String> parts = new java.util.ArrayList<>();
        switch (m.nlmsgType()) {
            case RTM_NEWROUTE:
            case RTM_DELROUTE:
                add(parts, "dest", rtiInfo[RTAX_DST]);
                add(parts, "gateway", rtiInfo[RTAX_GATEWAY]);
                if (rtiInfo[RTAX_NETMASK] != null) {
                    parts.add("netmask: " + sockMasktop(rtiInfo[RTAX_NETMASK], rtiInfo[RTAX_NETMASK].len()));
                }
                add(parts, "interface", rtiInfo[RTAX_IFP]);
                parts.add("table: " + m.rtmTable());
                break;
            case RTM_NEWADDR:
            case RTM_DELADDR:
                parts.add("index: " + m.ifaIndex());
                add(parts, "IP addr", rtiInfo[RTAX_IFA]);
                add(parts, "bcast addr", rtiInfo[RTAX_BRD]);
                break;
            case RTM_NEWLINK:
            case RTM_DELLINK:
                add(parts, "interface", rtiInfo[RTAX_IFP]);
                parts.add("index: " + m.ifiIndex());
                parts.add(String.format("flags: %#x", m.ifiFlags()));
                break;
            default:
                break;
        }
        return m.typeName() + ": " + String.join(", ", parts);
    }

    private static void add(java.util.List<String> parts, String what, SockAddr sa) {
        if (sa != null) {
            parts.add(what + ": " + sockNtop(sa));
        }
    }
}
