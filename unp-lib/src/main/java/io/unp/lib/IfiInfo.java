package io.unp.lib;

import static io.unp.abi.Constants.*;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Ioctl;

import io.unp.abi.Errno;
import io.unp.abi.Layouts;
import io.unp.net.IfConf;
import io.unp.net.IfReq;
import io.unp.net.Ioctls;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The book's {@code struct ifi_info} and {@code get_ifi_info}/{@code free_ifi_info}
 * (lib/unpifi.h, lib/get_ifi_info.c): one entry per interface address
 * that is up, in a list linked by {@link #ifiNext()}.
 *
 * <p>How Linux is asked:
 * <ul>
 *   <li>IPv4 as in the book: {@code SIOCGIFCONF} (the buffer grown until its answer stops
 *       changing), then per address {@code SIOCGIFFLAGS}, {@code SIOCGIFBRDADDR} and
 *       {@code SIOCGIFDSTADDR} by interface name. Linux's entries are {@code sizeof(struct
 *       ifreq)} (40) bytes apart; the book's C steps by {@code IFNAMSIZ + sizeof(struct
 *       sockaddr)} (32), which is right on 32-bit Linux only and misreads every entry after the
 *       first on a 64-bit one.
 *   <li>IPv6: Linux's {@code SIOCGIFCONF} lists IPv4 addresses only (the book's C finds no
 *       IPv6 interface and ends with {@code get_ifi_info error}). The addresses come from an
 *       rtnetlink {@code RTM_GETADDR} dump of AF_INET6 ({@code ip -6 addr}'s source; the other
 *       way is {@code /proc/net/if_inet6}); the interface's name from {@code if_indextoname};
 *       flags by the same {@code SIOCGIFFLAGS}; the destination of a point-to-point link from
 *       IFA_ADDRESS. IPv6 has no broadcast address.
 *   <li>Aliases: a second and later address of one interface (for IPv4 a secondary address or
 *       an alias label {@code eth0:1}, whose label is cut at the colon as in the book) is
 *       marked {@link #IFI_ALIAS}, and left out unless {@code doaliases} is nonzero. As in the
 *       book, the broadcast and destination addresses are asked for by the interface's name, so
 *       an alias shows those of the interface's first address.
 *   <li>Beyond the second edition's structure (as the third edition's has them):
 *       {@link #ifiIndex()} ({@code SIOCGIFINDEX}), {@link #ifiMtu()} ({@code SIOCGIFMTU}),
 *       and the hardware address ({@code SIOCGIFHWADDR}), which the second edition fills only
 *       from BSD's AF_LINK entries: {@link #ifiHlen()} is 6 for an Ethernet-like interface
 *       (ARPHRD_ETHER, ARPHRD_IEEE802) with a nonzero address, else 0 (loopback, tunnels).
 * </ul>
 */
public final class IfiInfo {
    /** Size of {@code ifi_name}, the same as IFNAMSIZ. */
    public static final int IFI_NAME = 16;
    /** Size of {@code ifi_haddr}: room for a 64-bit EUI-64. */
    public static final int IFI_HADDR = 8;
    /** {@code ifi_myflags}: {@code ifi_addr} is an alias (not the interface's first address). */
    public static final int IFI_ALIAS = 1;

    private String ifiName;
    private int ifiIndex;
    private int ifiMtu;
    private final byte[] ifiHaddr = new byte[IFI_HADDR];
    private int ifiHlen;
    private int ifiFlags;
    private int ifiMyflags;
    private SockAddr ifiAddr;
    private SockAddr ifiBrdaddr;
    private SockAddr ifiDstaddr;
    private IfiInfo ifiNext;

    private IfiInfo() {}

    /** {@code ifi_name}: the interface name (an alias label without its {@code :n}). */
    public String ifiName() {
        return ifiName;
    }

    /** The interface index (third edition's {@code ifi_index}); 0 if unknown. */
    public int ifiIndex() {
        return ifiIndex;
    }

    /** The interface MTU (third edition's {@code ifi_mtu}); 0 if unknown. */
    public int ifiMtu() {
        return ifiMtu;
    }

    /** {@code ifi_haddr}: the hardware address, {@link #ifiHlen()} bytes of it (a copy). */
    public byte[] ifiHaddr() {
        return Arrays.copyOf(ifiHaddr, ifiHlen);
    }

    /** {@code ifi_hlen}: the bytes in the hardware address, 0 if there is none. */
    public int ifiHlen() {
        return ifiHlen;
    }

    /** {@code ifi_flags}: IFF_UP, IFF_BROADCAST ... (the 16 bits of SIOCGIFFLAGS). */
    public int ifiFlags() {
        return ifiFlags;
    }

    /** {@code ifi_myflags}: {@link #IFI_ALIAS} or 0. */
    public int ifiMyflags() {
        return ifiMyflags;
    }

    /** {@code ifi_addr}: the address ({@code sockaddr_in} or {@code sockaddr_in6}). */
    public SockAddr ifiAddr() {
        return ifiAddr;
    }

    /** {@code ifi_brdaddr}: the broadcast address, or null. */
    public SockAddr ifiBrdaddr() {
        return ifiBrdaddr;
    }

    /** {@code ifi_dstaddr}: the other end of a point-to-point link, or null. */
    public SockAddr ifiDstaddr() {
        return ifiDstaddr;
    }

    /** {@code ifi_next}: the next entry, or null at the end. */
    public IfiInfo ifiNext() {
        return ifiNext;
    }

    @Override
    public String toString() {
        return "ifi_info[" + ifiName + "]";
    }

    // ---- building a list another way (the routing-socket get_ifi_info of route/prifinfo)

    /**
     * A new entry ({@code Calloc(1, sizeof(struct ifi_info))} and its first fields), for code
     * that builds the list from another source; at most {@link #IFI_HADDR} bytes of
     * {@code haddr} are kept.
     */
    public static IfiInfo of(String name, int flags, int myflags, byte[] haddr) {
        IfiInfo ifi = new IfiInfo();
        ifi.ifiName = name.length() < IFI_NAME ? name : name.substring(0, IFI_NAME - 1);
        ifi.ifiFlags = flags;
        ifi.ifiMyflags = myflags;
        ifi.ifiHlen = Math.min(haddr.length, IFI_HADDR);
        System.arraycopy(haddr, 0, ifi.ifiHaddr, 0, ifi.ifiHlen);
        return ifi;
    }

    /** Sets {@code ifi_index} and {@code ifi_mtu}. */
    public IfiInfo link(int index, int mtu) {
        ifiIndex = index;
        ifiMtu = mtu;
        return this;
    }

    /** Sets {@code ifi_addr}. */
    public void ifiAddr(SockAddr sa) {
        ifiAddr = sa;
    }

    /** Sets {@code ifi_brdaddr}. */
    public void ifiBrdaddr(SockAddr sa) {
        ifiBrdaddr = sa;
    }

    /** Sets {@code ifi_dstaddr}. */
    public void ifiDstaddr(SockAddr sa) {
        ifiDstaddr = sa;
    }

    /** Sets {@code ifi_next}. */
    public void ifiNext(IfiInfo next) {
        ifiNext = next;
    }

    /** Collects the list: {@code *ifipnext = ifi; ifipnext = &ifi->ifi_next}. */
    private static final class Chain {
        IfiInfo head;
        IfiInfo tail;
        String lastname = "";

        IfiInfo add() {
            IfiInfo ifi = new IfiInfo();
            if (tail == null) {
                head = ifi;
            } else {
                tail.ifiNext = ifi;
            }
            tail = ifi;
            return ifi;
        }
    }

    /**
     * {@code get_ifi_info}: the addresses of {@code family} (AF_INET or AF_INET6) of the
     * interfaces that are up, each interface's first address only unless {@code doaliases} is
     * nonzero. Null when there are none (or for another family). A failed ioctl ends the
     * program as the book's {@code Ioctl} does ({@code ioctl error: ...}).
     */
    public static IfiInfo getIfiInfo(int family, int doaliases) {
        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);
        try {
            Chain chain = new Chain();
            if (family == AF_INET) {
                inet4(sockfd, doaliases, chain);
            } else if (family == AF_INET6) {
                inet6(sockfd, doaliases, chain);
            }
            return chain.head;
        } finally {
            Close(sockfd);
        }
    }

    /** The book's SIOCGIFCONF loop: grow the buffer until two answers have the same length. */
    static IfConf ifconf(int sockfd) {
        int lastlen = 0;
        int len = 100 * Layouts.IFREQ_SIZE; // initial buffer size guess
        for (;;) {
            IfConf ifc = new IfConf(len);
            try {
                Sys.ioctl(sockfd, Ioctls.SIOCGIFCONF, ifc);
                if (ifc.ifcLen() == lastlen) {
                    return ifc; // success, len has not changed
                }
                lastlen = ifc.ifcLen();
            } catch (ErrnoException e) {
                if (!e.is(Errno.EINVAL) || lastlen != 0) {
                    throw Err.sys("ioctl error");
                }
            }
            len += 10 * Layouts.IFREQ_SIZE; // increment
        }
    }

    private static void inet4(int sockfd, int doaliases, Chain chain) {
        for (IfReq ifr : ifconf(sockfd).ifcReq()) {
            if (ifr.ifrAddrFamily() != AF_INET) {
                continue; // ignore if not desired address family
            }
            IfiInfo ifi = entry(sockfd, ifr.ifrName(), doaliases, chain, ifr.copy(), true);
            if (ifi == null) {
                continue;
            }
            ifi.ifiAddr = ifr.ifrAddr();
        }
    }

    private static void inet6(int sockfd, int doaliases, Chain chain) {
        List<RtMsg> addrs;
        Map<Integer, String> names = new HashMap<>();
        try (Rtnetlink rt = Rtnetlink.open()) {
            addrs = rt.dump(RTM_GETADDR, RtMsg.ifaddrmsg(AF_INET6, 0));
            for (RtMsg ifm : rt.dump(RTM_GETLINK, RtMsg.ifinfomsg(AF_UNSPEC, 0))) {
                names.put(ifm.ifiIndex(), GetRtaddrs.link(ifm).name());
            }
        } catch (ErrnoException e) {
            throw Err.sys("rtnetlink error");
        }
        for (RtMsg ifam : addrs) {
            String name = names.get(ifam.ifaIndex());
            if (ifam.ifaFamily() != AF_INET6 || name == null) {
                continue;
            }
            IfiInfo ifi = entry(sockfd, name, doaliases, chain, new IfReq(name), false);
            if (ifi == null) {
                continue;
            }
            byte[] local = ifam.attr(IFA_LOCAL);
            byte[] address = ifam.attr(IFA_ADDRESS);
            ifi.ifiAddr = GetRtaddrs.sockaddr(AF_INET6, local != null ? local : address, ifam.ifaIndex());
            if ((ifi.ifiFlags & IFF_POINTOPOINT) != 0 && local != null && address != null) {
                ifi.ifiDstaddr = GetRtaddrs.sockaddr(AF_INET6, address, ifam.ifaIndex());
            }
        }
    }

    /**
     * The steps common to both families for one address of interface {@code rawName}: the alias
     * check, SIOCGIFFLAGS (down interfaces are left out: null), a new entry with its flags,
     * name, index, MTU and hardware address, and for IPv4 the broadcast and destination
     * addresses by name ({@code inet4}). {@code ifrcopy} is the request to use ({@code ifrcopy = *ifr} in C).
     */
    private static IfiInfo entry(int sockfd, String rawName, int doaliases, Chain chain, IfReq ifrcopy,
            boolean inet4) {
        int myflags = 0;
        int colon = rawName.indexOf(':');
        String name = colon >= 0 ? rawName.substring(0, colon) : rawName; // replace colon with null
        if (name.equals(chain.lastname)) {
            if (doaliases == 0) {
                return null; // already processed this interface
            }
            myflags = IFI_ALIAS;
        }
        chain.lastname = name;

        ifrcopy.ifrName(name);
        Ioctl(sockfd, Ioctls.SIOCGIFFLAGS, ifrcopy);
        int flags = ifrcopy.ifrFlags();
        if ((flags & IFF_UP) == 0) {
            return null; // ignore if interface not up
        }

        IfiInfo ifi = chain.add();
        ifi.ifiFlags = flags;
        ifi.ifiMyflags = myflags;
        ifi.ifiName = name.length() < IFI_NAME ? name : name.substring(0, IFI_NAME - 1);
        linkInfo(sockfd, ifi, name);

        if (inet4) {
            if ((flags & IFF_BROADCAST) != 0) {
                Ioctl(sockfd, Ioctls.SIOCGIFBRDADDR, ifrcopy);
                ifi.ifiBrdaddr = ifrcopy.ifrBroadaddr();
            }
            if ((flags & IFF_POINTOPOINT) != 0) {
                Ioctl(sockfd, Ioctls.SIOCGIFDSTADDR, ifrcopy);
                ifi.ifiDstaddr = ifrcopy.ifrDstaddr();
            }
        }
        return ifi;
    }

    /** Index, MTU and hardware address: Linux requests, each left at 0 if the interface will not say. */
    private static void linkInfo(int sockfd, IfiInfo ifi, String name) {
        IfReq ifr = new IfReq(name);
        try {
            Sys.ioctl(sockfd, Ioctls.SIOCGIFINDEX, ifr);
            ifi.ifiIndex = ifr.ifrIfindex();
        } catch (ErrnoException e) {
            ifi.ifiIndex = 0;
        }
        ifr = new IfReq(name);
        try {
            Sys.ioctl(sockfd, Ioctls.SIOCGIFMTU, ifr);
            ifi.ifiMtu = ifr.ifrMtu();
        } catch (ErrnoException e) {
            ifi.ifiMtu = 0;
        }
        ifr = new IfReq(name);
        try {
            Sys.ioctl(sockfd, Ioctls.SIOCGIFHWADDR, ifr);
            int type = ifr.ifrHwaddrFamily();
            byte[] data = ifr.ifrHwaddrData();
            boolean ether = type == ARPHRD_ETHER || type == ARPHRD_IEEE802;
            if (ether && !isZero(data, 6)) {
                System.arraycopy(data, 0, ifi.ifiHaddr, 0, 6);
                ifi.ifiHlen = 6;
            }
        } catch (ErrnoException e) {
            ifi.ifiHlen = 0;
        }
    }

    private static boolean isZero(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code free_ifi_info}: unlinks the list (the garbage collector frees it). */
    public static void freeIfiInfo(IfiInfo ifihead) {
        IfiInfo ifinext;
        for (IfiInfo ifi = ifihead; ifi != null; ifi = ifinext) {
            ifinext = ifi.ifiNext; // can't fetch ifi_next after free()
            ifi.ifiNext = null;
        }
    }

    /** {@code Get_ifi_info}: {@code get_ifi_info error} (err_quit) when the list is empty. */
    public static IfiInfo GetIfiInfo(int family, int doaliases) {
        IfiInfo ifi = getIfiInfo(family, doaliases);
        if (ifi == null) {
            throw Err.quit("get_ifi_info error");
        }
        return ifi;
    }
}
