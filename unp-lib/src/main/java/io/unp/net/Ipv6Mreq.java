package io.unp.net;

import io.unp.abi.Layouts;
import java.net.Inet6Address;

/**
 * C's {@code struct ipv6_mreq} for {@code IPV6_ADD_MEMBERSHIP} ({@code IPV6_JOIN_GROUP}) and
 * {@code IPV6_DROP_MEMBERSHIP} ({@code IPV6_LEAVE_GROUP}): the IPv6 multicast group and the
 * index of the local interface (0: the kernel chooses).
 *
 * @param ipv6mrMultiaddr {@code ipv6mr_multiaddr}
 * @param ipv6mrInterface {@code ipv6mr_interface}
 */
public record Ipv6Mreq(Inet6Address ipv6mrMultiaddr, int ipv6mrInterface) {
    /** {@code sizeof(struct ipv6_mreq)}: a {@code struct in6_addr} and an {@code unsigned int}. */
    public static final int SIZE = Layouts.IPV6_MREQ_SIZE;
}
