package io.unp.lib;

import static io.unp.abi.Constants.*;
import static io.unp.lib.Unproute.*;

import io.unp.net.SockAddr;
import io.unp.net.SockaddrDl;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.sys.ErrnoException;
import java.util.Arrays;

/**
 * The book's {@code get_rtaddrs} (libroute/get_rtaddrs.c) on Linux.
 *
 * <p>BSD: a routing message is followed by socket addresses, one for each bit set in its
 * {@code rtm_addrs}; {@code get_rtaddrs} points {@code rti_info[RTAX_x]} at each. Linux: an
 * rtnetlink message carries typed attributes instead, and masks are prefix lengths; this
 * function builds the same {@code rti_info} from them:
 *
 * <ul>
 *   <li>RTM_NEWROUTE/RTM_DELROUTE ({@code rtmsg}): DST from RTA_DST (the family's any-address
 *       when it is absent, i.e. the default route); GATEWAY from RTA_GATEWAY, or for a directly
 *       connected destination the link address of the outgoing interface (RTA_OIF), as BSD
 *       gives an AF_LINK gateway; NETMASK from {@code rtm_dst_len}, absent for a host route (a
 *       full-length prefix, BSD's RTF_HOST); IFP the link address of RTA_OIF (its name, type and
 *       hardware address from one RTM_GETLINK query); IFA from RTA_PREFSRC.
 *   <li>RTM_NEWLINK/RTM_DELLINK ({@code ifinfomsg}): IFP, a {@link SockaddrDl} of
 *       {@code ifi_index}, {@code ifi_type}, IFLA_IFNAME and IFLA_ADDRESS (an all-zero address,
 *       loopback's, counts as none: BSD's loopback has no link address either).
 *   <li>RTM_NEWADDR/RTM_DELADDR ({@code ifaddrmsg}): IFA from IFA_LOCAL, else IFA_ADDRESS;
 *       NETMASK from {@code ifa_prefixlen}; BRD from IFA_BROADCAST, or, on a point-to-point
 *       link, the other end (IFA_ADDRESS where it differs from IFA_LOCAL), as BSD puts it there;
 *       IFP a {@link SockaddrDl} holding only {@code ifa_index}.
 * </ul>
 * Slots with nothing are null, as in C.
 */
public final class GetRtaddrs {
    private GetRtaddrs() {}

    /** Fills {@code rtiInfo} ({@link Unproute#RTAX_MAX} slots) from message {@code m}. */
    public static void getRtaddrs(RtMsg m, SockAddr[] rtiInfo) {
        Arrays.fill(rtiInfo, 0, RTAX_MAX, null);
        switch (m.nlmsgType()) {
            case RTM_NEWROUTE:
            case RTM_DELROUTE:
                route(m, rtiInfo);
                break;
            case RTM_NEWLINK:
            case RTM_DELLINK:
                rtiInfo[RTAX_IFP] = link(m);
                break;
            case RTM_NEWADDR:
            case RTM_DELADDR:
                address(m, rtiInfo);
                break;
            default:
                break;
        }
    }

    private static void route(RtMsg m, SockAddr[] rti) {
        int family = m.rtmFamily();
        byte[] dst = m.attr(RTA_DST);
        if (dst == null && (family == AF_INET || family == AF_INET6)) {
            dst = new byte[family == AF_INET ? 4 : 16];
        }
        rti[RTAX_DST] = sockaddr(family, dst, 0);
        int full = family == AF_INET ? 32 : 128;
        if (m.rtmDstLen() < full) {
            rti[RTAX_NETMASK] = netmask(family, m.rtmDstLen());
        }
        int oif = m.attrInt(RTA_OIF, 0);
        if (oif > 0) {
            rti[RTAX_IFP] = linkAddress(oif);
        }
        byte[] gw = m.attr(RTA_GATEWAY);
        rti[RTAX_GATEWAY] = gw != null ? sockaddr(family, gw, oif) : rti[RTAX_IFP];
        rti[RTAX_IFA] = sockaddr(family, m.attr(RTA_PREFSRC), oif);
    }

    /**
     * The link address of interface {@code index}, from an RTM_GETLINK query; only the index
     * if the interface has gone.
     */
    static SockaddrDl linkAddress(int index) {
        try (Rtnetlink rt = Rtnetlink.open()) {
            return link(rt.query(RTM_GETLINK, RtMsg.ifinfomsg(AF_UNSPEC, index)));
        } catch (ErrnoException e) {
            return SockaddrDl.of(index, 0, "", new byte[0]);
        }
    }

    /** The link address an RTM_NEWLINK describes. */
    static SockaddrDl link(RtMsg m) {
        byte[] addr = m.attr(IFLA_ADDRESS);
        if (addr == null || allZero(addr)) {
            addr = new byte[0];
        }
        String name = m.attrString(IFLA_IFNAME);
        return SockaddrDl.of(m.ifiIndex(), m.ifiType(), name == null ? "" : name, addr);
    }

    private static void address(RtMsg m, SockAddr[] rti) {
        int family = m.ifaFamily();
        int index = m.ifaIndex();
        byte[] local = m.attr(IFA_LOCAL);
        byte[] address = m.attr(IFA_ADDRESS);
        rti[RTAX_IFA] = sockaddr(family, local != null ? local : address, index);
        rti[RTAX_NETMASK] = netmask(family, m.ifaPrefixlen());
        byte[] brd = m.attr(IFA_BROADCAST);
        if (brd == null && local != null && address != null && !Arrays.equals(local, address)) {
            brd = address;
        }
        rti[RTAX_BRD] = sockaddr(family, brd, index);
        rti[RTAX_IFP] = SockaddrDl.of(index, 0, "", new byte[0]);
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A socket address of {@code family} holding {@code addr}; null when there is none. An IPv6
     * link-local address gets the interface {@code index} as its scope.
     */
    static SockAddr sockaddr(int family, byte[] addr, int index) {
        if (addr == null) {
            return null;
        }
        if (family == AF_INET && addr.length == 4) {
            return SockaddrIn.of(addr, 0);
        }
        if (family == AF_INET6 && addr.length == 16) {
            SockaddrIn6 sin6 = SockaddrIn6.of(addr, 0);
            if ((addr[0] & 0xff) == 0xfe && (addr[1] & 0xc0) == 0x80) {
                sin6.sin6ScopeId(index);
            }
            return sin6;
        }
        return null;
    }

    /** The mask of a {@code prefixlen}-bit prefix as a socket address of {@code family} (null for another family). */
    static SockAddr netmask(int family, int prefixlen) {
        int bytes = family == AF_INET ? 4 : family == AF_INET6 ? 16 : 0;
        if (bytes == 0) {
            return null;
        }
        byte[] mask = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            int bits = Math.max(0, Math.min(8, prefixlen - 8 * i));
            mask[i] = (byte) (0xff00 >> bits);
        }
        return sockaddr(family, mask, 0);
    }
}
