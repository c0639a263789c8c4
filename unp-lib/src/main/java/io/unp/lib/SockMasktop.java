package io.unp.lib;

import io.unp.abi.Constants;
import io.unp.net.Inet;
import io.unp.net.SockAddr;

/**
 * The book's {@code sock_masktop} (libroute/sock_masktop.c): a netmask from a routing message
 * as text.
 *
 * <p>BSD's routing messages carry masks as socket addresses cut after their last nonzero byte
 * ({@code sa_len} 5 to 8 for IPv4), which the C function prints byte by byte. Linux sends
 * prefix lengths; {@link GetRtaddrs} turns them into whole {@code sockaddr_in} or
 * {@code sockaddr_in6} masks, which print the same way for IPv4 ({@code 255.255.255.0}) and in
 * {@code inet_ntop} form for IPv6 ({@code ffff:ffff:ffff:ffff::}).
 */
public final class SockMasktop {
    private SockMasktop() {}

    /** {@code sock_masktop}: {@code "0.0.0.0"} for no mask or a zero length, else the mask's address. */
    public static String sockMasktop(SockAddr sa, int salen) {
        if (sa == null || salen == 0) {
            return "0.0.0.0";
        }
        switch (sa.family()) {
            case Constants.AF_INET:
                return Inet.inetNtop(Constants.AF_INET, sa.asIn().addressBytes());
            case Constants.AF_INET6:
                return Inet.inetNtop(Constants.AF_INET6, sa.asIn6().addressBytes());
            default:
                return String.format("(unknown mask, len = %d, family = %d)", salen, sa.family());
        }
    }

    /** {@code Sock_masktop}: the same (the book's wrapper is a macro for it). */
    public static String SockMasktop(SockAddr sa, int salen) {
        return sockMasktop(sa, salen);
    }
}
