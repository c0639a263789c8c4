package io.unp.examples.ioctl;

import static io.unp.abi.Constants.*;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockNtop.SockNtopHost;
import static io.unp.lib.WrapSock.atoi;

import io.unp.lib.IfiInfo;
import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import java.util.function.BiFunction;

/**
 * ioctl/prifinfo: prints what {@code get_ifi_info} returns for a family:
 * each interface's name and flags, its hardware address, its address, broadcast address and
 * point-to-point destination. {@code prifinfo inet4|inet6 doaliases}.
 *
 * <p>On Linux the hardware-address line appears (SIOCGIFHWADDR; the second edition's C leaves
 * {@code ifi_hlen} 0 outside BSD's AF_LINK entries) and {@code inet6} works (rtnetlink; the C
 * ends with {@code get_ifi_info error}): see {@link IfiInfo}.
 */
public final class PrIfInfo {
    private PrIfInfo() {}

    public static void main(String[] args) {
        run(args, IfiInfo::GetIfiInfo);
    }

    /**
     * The program with the given {@code Get_ifi_info}; route/prifinfo runs it with the
     * routing-socket version, as the book links a different get_ifi_info.c into the same
     * program.
     */
    public static void run(String[] args, BiFunction<Integer, Integer, IfiInfo> getIfiInfo) {
        int family;
        if (args.length != 2) {
            throw quit("usage: prifinfo <inet4|inet6> <doaliases>");
        }
        if (args[0].equals("inet4")) {
            family = AF_INET;
        } else if (args[0].equals("inet6")) {
            family = AF_INET6;
        } else {
            throw quit("invalid <address-family>");
        }
        int doaliases = atoi(args[1]);

        IfiInfo ifihead = getIfiInfo.apply(family, doaliases);
        for (IfiInfo ifi = ifihead; ifi != null; ifi = ifi.ifiNext()) {
            StringBuilder out = new StringBuilder(ifi.ifiName()).append(": <");
            int flags = ifi.ifiFlags();
            if ((flags & IFF_UP) != 0) out.append("UP ");
            if ((flags & IFF_BROADCAST) != 0) out.append("BCAST ");
            if ((flags & IFF_MULTICAST) != 0) out.append("MCAST ");
            if ((flags & IFF_LOOPBACK) != 0) out.append("LOOP ");
            if ((flags & IFF_POINTOPOINT) != 0) out.append("P2P ");
            out.append(">\n");

            byte[] haddr = ifi.ifiHaddr();
            for (int i = 0; i < haddr.length; i++) {
                out.append(i == 0 ? "  " : ":").append(Integer.toHexString(haddr[i] & 0xff));
            }
            if (haddr.length > 0) {
                out.append('\n');
            }

            SockAddr sa;
            if ((sa = ifi.ifiAddr()) != null) {
                out.append("  IP addr: ").append(SockNtopHost(sa)).append('\n');
            }
            if ((sa = ifi.ifiBrdaddr()) != null) {
                out.append("  broadcast addr: ").append(SockNtopHost(sa)).append('\n');
            }
            if ((sa = ifi.ifiDstaddr()) != null) {
                out.append("  destination addr: ").append(SockNtopHost(sa)).append('\n');
            }
            Stdio.printf("%s", out);
        }
        IfiInfo.freeIfiInfo(ifihead);
    }
}
