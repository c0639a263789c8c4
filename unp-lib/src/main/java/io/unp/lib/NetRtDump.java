package io.unp.lib;

import static io.unp.abi.Constants.*;

import io.unp.sys.ErrnoException;
import java.util.ArrayList;
import java.util.List;

/**
 * The book's {@code net_rt_dump} (libroute/net_rt_dump.c) on Linux.
 *
 * <p>BSD: {@code sysctl} with {@code CTL_NET, AF_ROUTE, 0, family, NET_RT_DUMP, 0} returns
 * the routing table as RTM_GET messages. Linux: an RTM_GETROUTE dump of {@code family}, one
 * RTM_NEWROUTE per route of every table (the kernel's {@code local} table, with the routes to
 * the host's own and broadcast addresses, and {@code main}, which {@code ip route} shows).
 */
public final class NetRtDump {
    private NetRtDump() {}

    /**
     * {@code net_rt_dump}: the routes of {@code family} (AF_INET, AF_INET6; 0 for both). BSD
     * ignores {@code flags}; here a nonzero {@code flags} keeps only the routes of that table
     * ({@code RT_TABLE_MAIN} ...). Null when the kernel refused (errno in
     * {@link io.unp.sys.Sys#errno()}).
     */
    public static List<RtMsg> netRtDump(int family, int flags) {
        try (Rtnetlink rt = Rtnetlink.open()) {
            List<RtMsg> out = new ArrayList<>();
            for (RtMsg m : rt.dump(RTM_GETROUTE, RtMsg.rtmsg(family, 0, 0, 0))) {
                if (flags == 0 || m.rtmTable() == flags) {
                    out.add(m);
                }
            }
            return out;
        } catch (ErrnoException e) {
            return null;
        }
    }

    /** {@code Net_rt_dump}: {@code net_rt_dump error: <strerror>} on failure. */
    public static List<RtMsg> NetRtDump(int family, int flags) {
        List<RtMsg> buf = netRtDump(family, flags);
        if (buf == null) {
            throw Err.sys("net_rt_dump error");
        }
        return buf;
    }
}
