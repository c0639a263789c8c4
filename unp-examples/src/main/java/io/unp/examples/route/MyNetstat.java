package io.unp.examples.route;

import static io.unp.abi.Constants.*;
import static io.unp.lib.Err.quit;
import static io.unp.lib.NetRtDump.NetRtDump;
import static io.unp.lib.NetRtIflist.NetRtIflist;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.SockNtop.sockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.Unproute.*;

import io.unp.lib.GetRtaddrs;
import io.unp.lib.RtMsg;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrDl;

/**
 * route/mynetstat: the IPv4 routing table (destination and gateway of each route), then each
 * interface that is up with its flags, hardware address and addresses, all read from the
 * kernel's routing messages.
 *
 * <p>BSD reads both with sysctl (NET_RT_DUMP, NET_RT_IFLIST); Linux with rtnetlink dumps
 * ({@code net_rt_dump}, {@code net_rt_iflist}). The route dump holds every table: {@code main}
 * (what {@code ip route} shows) and {@code local} (routes to the host's own and broadcast
 * addresses, which BSD keeps as host routes over lo0 in its one table). The interface list
 * holds every family's addresses. The C prints the addresses of an interface that is down under
 * the interface before it (it skips the interface's line, not its addresses); the port skips
 * both.
 */
public final class MyNetstat {
    private MyNetstat() {}

    public static void main(String[] args) {
        prRtable();
        prIflist();
    }

    static void prRtable() {
        SockAddr[] rtiInfo = new SockAddr[RTAX_MAX];
        for (RtMsg rtm : NetRtDump(AF_INET, 0)) {
            GetRtaddrs.getRtaddrs(rtm, rtiInfo);
            StringBuilder line = new StringBuilder();
            SockAddr sa;
            if ((sa = rtiInfo[RTAX_DST]) != null) {
                line.append("dest: ").append(sockNtop(sa));
            }
            if ((sa = rtiInfo[RTAX_GATEWAY]) != null) {
                line.append(", gateway: ").append(sockNtop(sa));
            }
            printf("%s\n", line);
        }
    }

    static void prIflist() {
        SockAddr[] rtiInfo = new SockAddr[RTAX_MAX];
        int flags = 0;
        for (RtMsg ifm : NetRtIflist(0, 0)) {
            if (ifm.nlmsgType() == RTM_NEWLINK) {
                GetRtaddrs.getRtaddrs(ifm, rtiInfo);
                SockAddr sa;
                if ((sa = rtiInfo[RTAX_IFP]) != null) {
                    if (((flags = ifm.ifiFlags()) & IFF_UP) == 0) {
                        continue; // and its addresses below, which the C prints under the interface before
                    }
                    StringBuilder out = new StringBuilder("interface: ").append(SockNtop(sa)).append(": <");
                    if ((flags & IFF_UP) != 0) out.append("UP ");
                    if ((flags & IFF_BROADCAST) != 0) out.append("BCAST ");
                    if ((flags & IFF_MULTICAST) != 0) out.append("MCAST ");
                    if ((flags & IFF_LOOPBACK) != 0) out.append("LOOP ");
                    if ((flags & IFF_POINTOPOINT) != 0) out.append("P2P ");
                    out.append(">\n");
                    if (sa instanceof SockaddrDl && ((SockaddrDl) sa).sdlAlen() > 0) {
                        byte[] ptr = java.util.Arrays.copyOf(((SockaddrDl) sa).lladdr(), 6);
                        out.append(String.format("  %x:%x:%x:%x:%x:%x\n", ptr[0] & 0xff, ptr[1] & 0xff,
                                ptr[2] & 0xff, ptr[3] & 0xff, ptr[4] & 0xff, ptr[5] & 0xff));
                    }
                    printf("%s", out);
                }
            } else if (ifm.nlmsgType() == RTM_NEWADDR) {
                if ((flags & IFF_UP) == 0) {
                    continue;
                }
                GetRtaddrs.getRtaddrs(ifm, rtiInfo);
                SockAddr sa;
                if ((sa = rtiInfo[RTAX_IFA]) != null) {
                    printf("  IP addr: %s\n", SockNtop(sa));
                }
                if ((flags & IFF_BROADCAST) != 0 && (sa = rtiInfo[RTAX_BRD]) != null) {
                    printf("  bcast addr: %s\n", SockNtop(sa));
                }
            } else {
                throw quit("unexpected message type %d", ifm.nlmsgType());
            }
        }
    }
}
