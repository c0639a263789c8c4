package io.unp.lib;

import static io.unp.abi.Constants.RTM_NEWLINK;

import io.unp.net.SockAddr;
import io.unp.net.SockaddrDl;
import java.util.ArrayList;
import java.util.List;

/**
 * The book's interface name and index functions of RFC 2133 (libroute/if_nametoindex.c,
 * if_indextoname.c, if_nameindex.c), as the book writes them: over {@code net_rt_iflist},
 * reading the name and index from each interface's link-level address. On Linux that list comes
 * from rtnetlink (see {@link NetRtIflist}); glibc's own functions of the same names use the
 * {@code SIOCGIFINDEX}/{@code SIOCGIFNAME} ioctls and give the same answers.
 */
public final class IfIndex {
    private IfIndex() {}

    private static SockaddrDl linkOf(RtMsg ifm) {
        SockAddr[] rtiInfo = new SockAddr[Unproute.RTAX_MAX];
        GetRtaddrs.getRtaddrs(ifm, rtiInfo);
        return (SockaddrDl) rtiInfo[Unproute.RTAX_IFP];
    }

    /** {@code if_nametoindex}: the index of interface {@code name}, 0 if there is none. */
    public static int ifNametoindex(String name) {
        List<RtMsg> buf = NetRtIflist.netRtIflist(0, 0);
        if (buf == null) {
            return 0;
        }
        for (RtMsg ifm : buf) {
            if (ifm.nlmsgType() == RTM_NEWLINK) {
                SockaddrDl sdl = linkOf(ifm);
                if (sdl.name().equals(name)) {
                    return sdl.sdlIndex();
                }
            }
        }
        return 0;
    }

    /** {@code if_indextoname}: the name of interface {@code index}, null if there is none. */
    public static String ifIndextoname(int index) {
        List<RtMsg> buf = NetRtIflist.netRtIflist(0, index);
        if (buf == null) {
            return null;
        }
        for (RtMsg ifm : buf) {
            if (ifm.nlmsgType() == RTM_NEWLINK) {
                SockaddrDl sdl = linkOf(ifm);
                if (sdl.sdlIndex() == index) {
                    return sdl.name();
                }
            }
        }
        return null;
    }

    /**
     * {@code if_nameindex}: every interface's index and name, in the kernel's order (C ends the
     * array with an entry of index 0; the list just ends). Null when the kernel refused.
     */
    public static List<IfNameindex> ifNameindex() {
        List<RtMsg> buf = NetRtIflist.netRtIflist(0, 0);
        if (buf == null) {
            return null;
        }
        List<IfNameindex> result = new ArrayList<>();
        for (RtMsg ifm : buf) {
            if (ifm.nlmsgType() == RTM_NEWLINK) {
                SockaddrDl sdl = linkOf(ifm);
                result.add(new IfNameindex(sdl.sdlIndex(), sdl.name()));
            }
        }
        return result;
    }

    /** {@code if_freenameindex}: nothing to free in Java; kept so the book's calls read the same. */
    public static void ifFreenameindex(List<IfNameindex> ptr) {
        // the garbage collector frees the list
    }

    /** {@code If_nametoindex}: {@code if_nametoindex error for NAME} (err_quit) when there is no such interface. */
    public static int IfNametoindex(String name) {
        int index = ifNametoindex(name);
        if (index == 0) {
            throw Err.quit("if_nametoindex error for %s", name);
        }
        return index;
    }

    /** {@code If_indextoname}: {@code if_indextoname error for N} (err_quit) when there is no such interface. */
    public static String IfIndextoname(int index) {
        String name = ifIndextoname(index);
        if (name == null) {
            throw Err.quit("if_indextoname error for %d", index);
        }
        return name;
    }

    /** {@code If_nameindex}: {@code if_nameindex error} (err_quit) on failure. */
    public static List<IfNameindex> IfNameindex() {
        List<IfNameindex> list = ifNameindex();
        if (list == null) {
            throw Err.quit("if_nameindex error");
        }
        return list;
    }
}
