package io.unp.net;

import io.unp.abi.Constants;
import java.util.List;

/**
 * The socket {@code ioctl(2)} requests of chapter 16, typed by their argument.
 * Linux implements the interface requests on any socket (an AF_INET datagram socket, as the
 * book uses, is the usual one); all of them may be made by an ordinary user.
 */
public final class Ioctls {
    private Ioctls() {}

    private static <A> IoctlReq<A> req(String name, int request, Class<A> type, String note) {
        return new IoctlReq<>(name, request, type, note);
    }

    /** The configured interfaces: one {@code ifreq} (name and address) per IPv4 address. */
    public static final IoctlReq<IfConf> SIOCGIFCONF = req("SIOCGIFCONF", Constants.SIOCGIFCONF, IfConf.class,
            "lists IPv4 addresses only (no AF_LINK or AF_INET6 entries); every entry is sizeof(struct ifreq); "
                    + "a NULL buffer returns the length needed; a short buffer is filled without an error");
    /** The interface flags ({@code IFF_UP} ...), in {@code ifr_flags}. */
    public static final IoctlReq<IfReq> SIOCGIFFLAGS = req("SIOCGIFFLAGS", Constants.SIOCGIFFLAGS, IfReq.class, "");
    /** The interface's (first, or by alias label) IPv4 address, in {@code ifr_addr}. */
    public static final IoctlReq<IfReq> SIOCGIFADDR = req("SIOCGIFADDR", Constants.SIOCGIFADDR, IfReq.class,
            "IPv4 only; a name with a label (eth0:1) selects that address");
    /** The broadcast address, in {@code ifr_broadaddr}. */
    public static final IoctlReq<IfReq> SIOCGIFBRDADDR = req("SIOCGIFBRDADDR", Constants.SIOCGIFBRDADDR, IfReq.class,
            "0.0.0.0 when the address was configured without one");
    /** The other end of a point-to-point link, in {@code ifr_dstaddr}. */
    public static final IoctlReq<IfReq> SIOCGIFDSTADDR = req("SIOCGIFDSTADDR", Constants.SIOCGIFDSTADDR, IfReq.class, "");
    /** The subnet mask, in {@code ifr_netmask} ({@code ifr_addr} in the book). */
    public static final IoctlReq<IfReq> SIOCGIFNETMASK = req("SIOCGIFNETMASK", Constants.SIOCGIFNETMASK, IfReq.class, "");
    /** The MTU, in {@code ifr_mtu} ({@code ifr_metric} in the book's BSD union). */
    public static final IoctlReq<IfReq> SIOCGIFMTU = req("SIOCGIFMTU", Constants.SIOCGIFMTU, IfReq.class, "");
    /**
     * The hardware address, in {@code ifr_hwaddr}: {@code sa_family} is the ARPHRD_ type,
     * {@code sa_data} the address. Linux's replacement for the AF_LINK entries BSD puts in
     * SIOCGIFCONF's answer.
     */
    public static final IoctlReq<IfReq> SIOCGIFHWADDR = req("SIOCGIFHWADDR", Constants.SIOCGIFHWADDR, IfReq.class,
            "Linux only: BSD returns the hardware address as an AF_LINK entry of SIOCGIFCONF");
    /** The interface index, in {@code ifr_ifindex}. */
    public static final IoctlReq<IfReq> SIOCGIFINDEX = req("SIOCGIFINDEX", Constants.SIOCGIFINDEX, IfReq.class,
            "Linux only (what glibc's if_nametoindex uses)");
    /** An entry of the ARP cache: the hardware address of {@code arp_pa}, in {@code arp_ha}. */
    public static final IoctlReq<ArpReq> SIOCGARP = req("SIOCGARP", Constants.SIOCGARP, ArpReq.class,
            "Linux needs arp_dev (the interface) filled in, else ENODEV; no entry is ENXIO");
    /** The bytes waiting in the receive buffer. */
    public static final IoctlReq<IntRef> FIONREAD = req("FIONREAD", Constants.FIONREAD, IntRef.class, "");
    /** Nonblocking I/O on ({@code 1}) or off ({@code 0}): the same flag as O_NONBLOCK. */
    public static final IoctlReq<IntRef> FIONBIO = req("FIONBIO", Constants.FIONBIO, IntRef.class, "");
    /** Whether the read pointer is at the out-of-band mark (TCP): 1 or 0. */
    public static final IoctlReq<IntRef> SIOCATMARK = req("SIOCATMARK", Constants.SIOCATMARK, IntRef.class, "");

    /** Every request here, in the order of the book's table of requests. */
    public static final List<IoctlReq<?>> ALL = List.of(FIONBIO, FIONREAD, SIOCATMARK, SIOCGIFCONF,
            SIOCGIFADDR, SIOCGIFDSTADDR, SIOCGIFFLAGS, SIOCGIFBRDADDR, SIOCGIFNETMASK, SIOCGIFMTU,
            SIOCGIFHWADDR, SIOCGIFINDEX, SIOCGARP);
}
