package io.unp.net;

import io.unp.abi.Layouts;
import java.net.Inet4Address;

/**
 * C's {@code struct ip_mreq} for {@code IP_ADD_MEMBERSHIP} and {@code IP_DROP_MEMBERSHIP}: the
 * IPv4 multicast group and the address of the local interface (0.0.0.0: the kernel chooses).
 *
 * @param imrMultiaddr {@code imr_multiaddr}
 * @param imrInterface {@code imr_interface}
 */
public record IpMreq(Inet4Address imrMultiaddr, Inet4Address imrInterface) {
    /** {@code sizeof(struct ip_mreq)}: two {@code struct in_addr}s. */
    public static final int SIZE = Layouts.IP_MREQ_SIZE;
}
