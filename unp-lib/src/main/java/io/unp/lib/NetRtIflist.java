package io.unp.lib;

import static io.unp.abi.Constants.*;

import io.unp.sys.ErrnoException;
import java.util.ArrayList;
import java.util.List;

/**
 * The book's {@code net_rt_iflist} (libroute/net_rt_iflist.c) on Linux.
 *
 * <p>BSD: {@code sysctl} with {@code CTL_NET, AF_ROUTE, 0, family, NET_RT_IFLIST, index}
 * returns, for each interface, an RTM_IFINFO message followed by one RTM_NEWADDR per address
 * of {@code family}. Linux: an RTM_GETLINK dump (or, for a nonzero index, an RTM_GETLINK query
 * for that interface) and an RTM_GETADDR dump of {@code family} on one rtnetlink socket, put in
 * the same order: each interface's RTM_NEWLINK (Linux's RTM_IFINFO) followed by its RTM_NEWADDR
 * messages. Read {@link RtMsg#nlmsgType()} where C reads {@code ifm_type}, and
 * {@link GetRtaddrs#getRtaddrs} for the addresses.
 */
public final class NetRtIflist {
    private NetRtIflist() {}

    /**
     * {@code net_rt_iflist}: the messages for every interface ({@code flags} 0) or for the
     * interface whose index is {@code flags}, with their addresses of {@code family}
     * ({@code AF_UNSPEC}, 0: every family). Null when the kernel refused (the errno is this
     * thread's {@link io.unp.sys.Sys#errno()}; ENODEV: no interface has that index).
     */
    public static List<RtMsg> netRtIflist(int family, int flags) {
        try (Rtnetlink rt = Rtnetlink.open()) {
            List<RtMsg> links = flags != 0
                    ? List.of(rt.query(RTM_GETLINK, RtMsg.ifinfomsg(AF_UNSPEC, flags)))
                    : rt.dump(RTM_GETLINK, RtMsg.ifinfomsg(AF_UNSPEC, 0));
            List<RtMsg> addrs = rt.dump(RTM_GETADDR, RtMsg.ifaddrmsg(family, 0));
            List<RtMsg> out = new ArrayList<>();
            for (RtMsg ifm : links) {
                out.add(ifm);
                for (RtMsg ifam : addrs) {
                    if (ifam.ifaIndex() == ifm.ifiIndex()) {
                        out.add(ifam);
                    }
                }
            }
            return out;
        } catch (ErrnoException e) {
            return null;
        }
    }

    /** {@code Net_rt_iflist}: {@code net_rt_iflist error: <strerror>} on failure. */
    public static List<RtMsg> NetRtIflist(int family, int flags) {
        List<RtMsg> buf = netRtIflist(family, flags);
        if (buf == null) {
            throw Err.sys("net_rt_iflist error");
        }
        return buf;
    }
}
