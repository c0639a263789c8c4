package io.unp.examples.route;

import static io.unp.abi.Constants.*;
import static io.unp.lib.Err.quit;
import static io.unp.lib.SockMasktop.SockMasktop;
import static io.unp.lib.SockNtop.SockNtopHost;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.Unproute.*;
import static io.unp.lib.WrapLib.InetPton;

import io.unp.lib.Err;
import io.unp.lib.GetRtaddrs;
import io.unp.lib.RtMsg;
import io.unp.lib.Rtnetlink;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;

/**
 * route/getrt: asks the kernel which route it would use for an IPv4
 * address and prints that route's destination, gateway and netmask.
 *
 * <p>BSD: an RTM_GET message with the destination, written to a routing socket (as root);
 * the reply is read back, skipping messages whose type, sequence number or pid are not ours.
 * Linux: an RTM_GETROUTE request with RTA_DST on an rtnetlink socket (any user), with
 * RTM_F_FIB_MATCH so that the answer is the matching route of the table (destination and
 * prefix, as BSD answers) rather than a route to the one address; {@link Rtnetlink} matches the
 * answer by sequence number and port id. A directly connected destination's gateway is the
 * outgoing interface (BSD prints its AF_LINK address); a host route has no netmask, as on BSD;
 * Linux has no genmask. With no route, Linux answers with an error instead of BSD's failed
 * write: {@code RTM_GETROUTE error: Network is unreachable}.
 */
public final class GetRt {
    private GetRt() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: getrt <IPaddress>");
        }

        SockaddrIn sin = new SockaddrIn();
        InetPton(AF_INET, args[0], sin);

        RtMsg rtm;
        try (Rtnetlink rt = openRoutingSocket()) {
            rtm = rt.query(RTM_GETROUTE, RtMsg.rtmsg(AF_INET, 32, 0, RTM_F_FIB_MATCH),
                    RtMsg.rtattr(RTA_DST, sin.addressBytes()));
        } catch (ErrnoException e) {
            throw Err.sys("%s error", e.call());
        }

        SockAddr[] rtiInfo = new SockAddr[RTAX_MAX];
        GetRtaddrs.getRtaddrs(rtm, rtiInfo);
        SockAddr sa;
        if ((sa = rtiInfo[RTAX_DST]) != null) {
            printf("dest: %s\n", SockNtopHost(sa));
        }
        if ((sa = rtiInfo[RTAX_GATEWAY]) != null) {
            printf("gateway: %s\n", SockNtopHost(sa));
        }
        if ((sa = rtiInfo[RTAX_NETMASK]) != null) {
            printf("netmask: %s\n", SockMasktop(sa, sa.len()));
        }
        if ((sa = rtiInfo[RTAX_GENMASK]) != null) {
            printf("genmask: %s\n", SockMasktop(sa, sa.len()));
        }
    }

    /** {@code Socket(AF_ROUTE, SOCK_RAW, 0)}: here AF_NETLINK, NETLINK_ROUTE, which needs no privilege. */
    static Rtnetlink openRoutingSocket() {
        try {
            return Rtnetlink.open();
        } catch (ErrnoException e) {
            throw Err.sys("socket error");
        }
    }
}
