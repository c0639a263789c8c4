package io.unp.lib;

/**
 * The book's {@code unproute.h}, for the Linux port of libroute: the indexes of the
 * {@code rti_info} array that {@link GetRtaddrs#getRtaddrs} fills.
 *
 * <p>These are BSD's {@code RTAX_*} numbers (net/route.h), kept here and not in
 * {@link io.unp.abi.Constants} because Linux's headers use the same names for something else:
 * its {@code RTAX_*} (linux/rtnetlink.h) number route metrics ({@code RTAX_MTU} ...), and its
 * {@code RTAX_MAX} is not 8.
 */
public final class Unproute {
    private Unproute() {}

    /** Destination. */
    public static final int RTAX_DST = 0;
    /** Gateway (for a directly connected destination: the interface's link address, as on BSD). */
    public static final int RTAX_GATEWAY = 1;
    /** Netmask (absent for a host route). */
    public static final int RTAX_NETMASK = 2;
    /** Cloning mask; Linux has none, so it is never set. */
    public static final int RTAX_GENMASK = 3;
    /** The interface's link-level address ({@link io.unp.net.SockaddrDl}). */
    public static final int RTAX_IFP = 4;
    /** The interface address (an address's own, or a route's preferred source). */
    public static final int RTAX_IFA = 5;
    /** The author of a redirect; never set on Linux. */
    public static final int RTAX_AUTHOR = 6;
    /** Broadcast address, or the other end of a point-to-point link. */
    public static final int RTAX_BRD = 7;
    /** The size of {@code rti_info}. */
    public static final int RTAX_MAX = 8;
}
