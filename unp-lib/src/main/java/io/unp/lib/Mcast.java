package io.unp.lib;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.IPPROTO_IP;
import static io.unp.abi.Constants.IPPROTO_IPV6;

import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.abi.Layouts;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import io.unp.net.IfReq;
import io.unp.net.Ioctls;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The book's protocol-independent multicast helpers of section 19.6 ({@code lib/mcast_*.c}):
 * join and leave a group, choose the outgoing interface, loopback and TTL, for IPv4 and IPv6.
 *
 * <p>Where the C returns -1 with errno, these throw {@link ErrnoException} (the wrappers in
 * {@link WrapSock} turn it into the book's {@code mcast_join error: ...}); errno values the C
 * sets itself are kept: ENXIO for an interface index or (IPv6) name that does not exist, EINVAL
 * for an IPv6 {@code mcast_set_if} given neither, EPROTONOSUPPORT for a family other than
 * AF_INET and AF_INET6. For IPv4 an interface is named as the book does it: its address comes
 * from {@code ioctl(SIOCGIFADDR)} (ENODEV for a name that does not exist, EADDRNOTAVAIL for an
 * interface without an IPv4 address) and goes into a {@code struct ip_mreq}.
 *
 * <p>{@code mcast_get_if} for IPv4 is a "TODO" returning -1 in the book's source; here it
 * returns the index of the interface whose address {@code IP_MULTICAST_IF} reports (found with
 * {@code get_ifi_info}), 0 when none was set.
 */
public final class Mcast {
    private Mcast() {}

    private static ErrnoException fail(String call, Errno e) {
        Sys.setErrno(e.code());
        return new ErrnoException(call, e.code());
    }

    /**
     * {@code mcast_join}: joins the group in {@code sa} on the interface named {@code ifname} or
     * numbered {@code ifindex} (the index wins when both are given; neither: the kernel chooses
     * by the group's route).
     *
     * @throws ErrnoException ENXIO (no such index; for IPv6 also no such name), the ioctl's
     *     errno for IPv4 (ENODEV: no such name; EADDRNOTAVAIL: no IPv4 address), EPROTONOSUPPORT,
     *     or the setsockopt's (EADDRINUSE when already joined, EINVAL for a unicast address)
     */
    public static void mcastJoin(int sockfd, SockAddr sa, String ifname, int ifindex) {
        switch (sa.family()) {
            case AF_INET: {
                byte[] mreq = new byte[Layouts.IP_MREQ_SIZE];
                System.arraycopy(sa.asIn().addressBytes(), 0, mreq, 0, 4); // imr_multiaddr
                if (ifindex > 0 || ifname != null) {
                    byte[] ifaddr = interfaceAddress(sockfd, ifname, ifindex, "mcast_join");
                    System.arraycopy(ifaddr, 0, mreq, 4, 4); // imr_interface
                } // else imr_interface is INADDR_ANY
                Sys.setsockopt(sockfd, IPPROTO_IP, Constants.IP_ADD_MEMBERSHIP, mreq, mreq.length);
                return;
            }
            case AF_INET6: {
                int index = ifindex > 0 ? ifindex : ifname != null ? indexOf(ifname, "mcast_join") : 0;

                byte[] mreq6 = ipv6Mreq(sa.asIn6().addressBytes(), index);
                Sys.setsockopt(sockfd, IPPROTO_IPV6, Constants.IPV6_ADD_MEMBERSHIP, mreq6, mreq6.length);
                return;
            }
            default:
                throw fail("mcast_join", Errno.EPROTONOSUPPORT);
        }
    }

    /** {@code mcast_leave}: leaves the group in {@code sa} (on whichever interface it was joined). */
    public static void mcastLeave(int sockfd, SockAddr sa) {
        switch (sa.family()) {
            case AF_INET: {
                byte[] mreq = new byte[Layouts.IP_MREQ_SIZE];
                System.arraycopy(sa.asIn().addressBytes(), 0, mreq, 0, 4); // imr_interface: INADDR_ANY
                Sys.setsockopt(sockfd, IPPROTO_IP, Constants.IP_DROP_MEMBERSHIP, mreq, mreq.length);
                return;
            }
            case AF_INET6: {
                byte[] mreq6 = ipv6Mreq(sa.asIn6().addressBytes(), 0);
                Sys.setsockopt(sockfd, IPPROTO_IPV6, Constants.IPV6_DROP_MEMBERSHIP, mreq6, mreq6.length);
                return;
            }
            default:
                throw fail("mcast_leave", Errno.EPROTONOSUPPORT);
        }
    }

    /**
     * {@code mcast_set_if}: sends this socket's multicast out of the interface named
     * {@code ifname} or numbered {@code ifindex}. For IPv4, neither means "no choice": the
     * kernel routes each datagram again (INADDR_ANY); for IPv6 one is required (EINVAL).
     */
    public static void mcastSetIf(int sockfd, String ifname, int ifindex) {
        switch (SockFuncs.sockfdToFamily(sockfd)) {
            case AF_INET: {
                byte[] inaddr = ifindex > 0 || ifname != null
                        ? interfaceAddress(sockfd, ifname, ifindex, "mcast_set_if")
                        : new byte[4]; // INADDR_ANY: remove a previous choice
                Sys.setsockopt(sockfd, IPPROTO_IP, Constants.IP_MULTICAST_IF, inaddr, 4);
                return;
            }
            case AF_INET6: {
                int index = ifindex;
                if (index == 0) {
                    if (ifname == null) {
                        throw fail("mcast_set_if", Errno.EINVAL);
                    }
                    index = indexOf(ifname, "mcast_set_if");
                }
                Sys.setsockopt(sockfd, IPPROTO_IPV6, Constants.IPV6_MULTICAST_IF, index);
                return;
            }
            default:
                throw fail("mcast_set_if", Errno.EPROTONOSUPPORT);
        }
    }

    /** {@code mcast_get_if}: the index of the interface set for outgoing multicast, 0 for none. */
    public static int mcastGetIf(int sockfd) {
        switch (SockFuncs.sockfdToFamily(sockfd)) {
            case AF_INET: {
                byte[] addr = new byte[4];
                Sys.getsockopt(sockfd, IPPROTO_IP, Constants.IP_MULTICAST_IF, addr);
                return indexOfAddress(addr);
            }
            case AF_INET6:
                return Sys.getsockoptInt(sockfd, IPPROTO_IPV6, Constants.IPV6_MULTICAST_IF);
            default:
                throw fail("mcast_get_if", Errno.EPROTONOSUPPORT);
        }
    }

    /** {@code mcast_set_loop}: whether this host gets a copy of its own multicast (1) or not (0). */
    public static void mcastSetLoop(int sockfd, int onoff) {
        switch (SockFuncs.sockfdToFamily(sockfd)) {
            case AF_INET:
                Sys.setsockopt(sockfd, IPPROTO_IP, Constants.IP_MULTICAST_LOOP, new byte[] {(byte) onoff}, 1);
                return;
            case AF_INET6:
                Sys.setsockopt(sockfd, IPPROTO_IPV6, Constants.IPV6_MULTICAST_LOOP, onoff);
                return;
            default:
                throw fail("mcast_set_loop", Errno.EPROTONOSUPPORT);
        }
    }

    /** {@code mcast_get_loop}: 1 if this socket's multicast loops back to this host, else 0. */
    public static int mcastGetLoop(int sockfd) {
        switch (SockFuncs.sockfdToFamily(sockfd)) {
            case AF_INET:
                return getUchar(sockfd, Constants.IP_MULTICAST_LOOP);
            case AF_INET6:
                return Sys.getsockoptInt(sockfd, IPPROTO_IPV6, Constants.IPV6_MULTICAST_LOOP);
            default:
                throw fail("mcast_get_loop", Errno.EPROTONOSUPPORT);
        }
    }

    /** {@code mcast_set_ttl}: the TTL (IPv4, a {@code u_char}) or hop limit (IPv6) of outgoing multicast. */
    public static void mcastSetTtl(int sockfd, int val) {
        switch (SockFuncs.sockfdToFamily(sockfd)) {
            case AF_INET:
                Sys.setsockopt(sockfd, IPPROTO_IP, Constants.IP_MULTICAST_TTL, new byte[] {(byte) val}, 1);
                return;
            case AF_INET6:
                Sys.setsockopt(sockfd, IPPROTO_IPV6, Constants.IPV6_MULTICAST_HOPS, val);
                return;
            default:
                throw fail("mcast_set_ttl", Errno.EPROTONOSUPPORT);
        }
    }

    /** {@code mcast_get_ttl}: the TTL or hop limit of outgoing multicast (1 unless set). */
    public static int mcastGetTtl(int sockfd) {
        switch (SockFuncs.sockfdToFamily(sockfd)) {
            case AF_INET:
                return getUchar(sockfd, Constants.IP_MULTICAST_TTL);
            case AF_INET6:
                return Sys.getsockoptInt(sockfd, IPPROTO_IPV6, Constants.IPV6_MULTICAST_HOPS);
            default:
                throw fail("mcast_get_ttl", Errno.EPROTONOSUPPORT);
        }
    }

    // ---- helpers

    /** {@code if_nametoindex} for IPv6: ENXIO when there is no such interface. */
    private static int indexOf(String ifname, String call) {
        int index = IfIndex.ifNametoindex(ifname);
        if (index == 0) {
            throw fail(call, Errno.ENXIO);
        }
        return index;
    }

    /**
     * The IPv4 address of the interface {@code ifindex} (if positive: its name from
     * {@code if_indextoname}, ENXIO if none) or {@code ifname}, by {@code ioctl(SIOCGIFADDR)}.
     */
    private static byte[] interfaceAddress(int sockfd, String ifname, int ifindex, String call) {
        String name = ifname;
        if (ifindex > 0) {
            name = IfIndex.ifIndextoname(ifindex);
            if (name == null) {
                throw fail(call, Errno.ENXIO); // i/f index not found
            }
        }
        IfReq ifreq = new IfReq(name);
        Sys.ioctl(sockfd, Ioctls.SIOCGIFADDR, ifreq);
        return ifreq.ifrAddr().asIn().addressBytes();
    }

    private static byte[] ipv6Mreq(byte[] group, int index) {
        ByteBuffer b = ByteBuffer.allocate(Layouts.IPV6_MREQ_SIZE).order(ByteOrder.nativeOrder());
        b.put(group, 0, 16);
        b.putInt(16, index);
        return b.array();
    }

    private static int getUchar(int sockfd, int optname) {
        byte[] b = new byte[1];
        Sys.getsockopt(sockfd, IPPROTO_IP, optname, b);
        return b[0] & 0xff;
    }

    /** The index of the interface holding IPv4 address {@code addr} (get_ifi_info), 0 for 0.0.0.0 or none. */
    private static int indexOfAddress(byte[] addr) {
        if ((addr[0] | addr[1] | addr[2] | addr[3]) == 0) {
            return 0;
        }
        for (IfiInfo ifi = IfiInfo.getIfiInfo(AF_INET, 1); ifi != null; ifi = ifi.ifiNext()) {
            if (ifi.ifiAddr() != null && Arrays.equals(ifi.ifiAddr().asIn().addressBytes(), addr)) {
                return ifi.ifiIndex();
            }
        }
        return 0;
    }
}
