package io.unp.examples.route;

import static io.unp.abi.Constants.*;
import static io.unp.lib.NetRtIflist.NetRtIflist;
import static io.unp.lib.Unproute.*;

import io.unp.lib.Err;
import io.unp.lib.GetRtaddrs;
import io.unp.lib.IfiInfo;
import io.unp.lib.RtMsg;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrDl;

/**
 * route/get_ifi_info.c: {@code get_ifi_info} from the routing messages
 * of {@code net_rt_iflist} instead of ioctls, linked into route/prifinfo.
 *
 * <p>Every interface that is up gets an entry, with its name, flags and hardware address
 * from the link message (on Linux RTM_NEWLINK, BSD's RTM_IFINFO), even if it has no address of
 * the family; its addresses follow, the second and later making entries of their own when
 * {@code doaliases} is nonzero. Two slips of the C are not copied: the addresses of an
 * interface that is down are skipped (the C attaches them to the interface before), and an
 * alias entry is marked {@link IfiInfo#IFI_ALIAS}, as the ioctl version marks it.
 */
final class GetIfiInfo {
    private GetIfiInfo() {}

    static IfiInfo getIfiInfo(int family, int doaliases) {
        IfiInfo ifihead = null;
        IfiInfo ifi = null;
        int flags = 0;
        SockAddr[] rtiInfo = new SockAddr[RTAX_MAX];
        for (RtMsg ifm : NetRtIflist(family, 0)) {
            if (ifm.nlmsgType() == RTM_NEWLINK) {
                if (((flags = ifm.ifiFlags()) & IFF_UP) == 0) {
                    continue; // ignore if interface not up
                }
                GetRtaddrs.getRtaddrs(ifm, rtiInfo);
                SockAddr sa = rtiInfo[RTAX_IFP];
                if (sa instanceof SockaddrDl) {
                    SockaddrDl sdl = (SockaddrDl) sa;
                    String name = sdl.sdlNlen() > 0 ? sdl.name() : "index " + sdl.sdlIndex();
                    IfiInfo next = IfiInfo.of(name, flags & 0xffff, 0, sdl.lladdr())
                            .link(sdl.sdlIndex(), ifm.attrInt(IFLA_MTU, 0));
                    if (ifi == null) {
                        ifihead = next;
                    } else {
                        ifi.ifiNext(next);
                    }
                    ifi = next;
                }
            } else if (ifm.nlmsgType() == RTM_NEWADDR) {
                if ((flags & IFF_UP) == 0 || ifi == null) {
                    continue;
                }
                if (ifi.ifiAddr() != null) { // already have an IP addr for i/f
                    if (doaliases == 0) {
                        continue;
                    }
                    // we have a new IP addr for existing interface
                    IfiInfo ifisave = ifi;
                    ifi = IfiInfo.of(ifisave.ifiName(), ifisave.ifiFlags(), IfiInfo.IFI_ALIAS, ifisave.ifiHaddr())
                            .link(ifisave.ifiIndex(), ifisave.ifiMtu());
                    ifisave.ifiNext(ifi);
                }
                GetRtaddrs.getRtaddrs(ifm, rtiInfo);
                SockAddr sa;
                if ((sa = rtiInfo[RTAX_IFA]) != null) {
                    ifi.ifiAddr(sa);
                }
                if ((flags & IFF_BROADCAST) != 0 && (sa = rtiInfo[RTAX_BRD]) != null) {
                    ifi.ifiBrdaddr(sa);
                }
                if ((flags & IFF_POINTOPOINT) != 0 && (sa = rtiInfo[RTAX_BRD]) != null) {
                    ifi.ifiDstaddr(sa);
                }
            } else {
                throw Err.quit("unexpected message type %d", ifm.nlmsgType());
            }
        }
        return ifihead;
    }

    /** {@code Get_ifi_info}: {@code get_ifi_info error} when there is nothing. */
    static IfiInfo GetIfiInfo(int family, int doaliases) {
        IfiInfo ifi = getIfiInfo(family, doaliases);
        if (ifi == null) {
            throw Err.quit("get_ifi_info error");
        }
        return ifi;
    }
}
