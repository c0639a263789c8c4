package io.unp.net;

import io.unp.abi.Layouts;
/**
 * The IPv6 address-testing macros of {@code <netinet/in.h>} (section 10.5 and figure
 * 10.12 of the book): {@code IN6_IS_ADDR_V4MAPPED} and the rest, as static methods on the
 * 16 bytes of an {@code in6_addr} in network byte order ({@link SockaddrIn6#addressBytes()}).
 *
 * <p>Each gives the same answer as glibc's macro of the same name. They keep their C names,
 * so a program reads {@code if (IN6_IS_ADDR_V4MAPPED(addr))} as in the book. Every method
 * throws {@link IllegalArgumentException} for an array that is not 16 bytes long.
 */
public final class In6Addr {
    private In6Addr() {}

    /** {@code sizeof(struct in6_addr)}. */
    public static final int SIZE = Layouts.IN6_ADDR_SIZE;

    /** {@code ::}, the unspecified (wildcard) address. */
    public static boolean IN6_IS_ADDR_UNSPECIFIED(byte[] a) {
        return zeroUpTo(check(a), 16);
    }

    /** {@code ::1}, the loopback address. */
    public static boolean IN6_IS_ADDR_LOOPBACK(byte[] a) {
        return zeroUpTo(check(a), 15) && a[15] == 1;
    }

    /** {@code ff00::/8}, a multicast address. */
    public static boolean IN6_IS_ADDR_MULTICAST(byte[] a) {
        return (check(a)[0] & 0xff) == 0xff;
    }

    /** {@code fe80::/10}, a link-local unicast address. */
    public static boolean IN6_IS_ADDR_LINKLOCAL(byte[] a) {
        return (check(a)[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0x80;
    }

    /** {@code fec0::/10}, a site-local unicast address (deprecated by RFC 3879, still tested). */
    public static boolean IN6_IS_ADDR_SITELOCAL(byte[] a) {
        return (check(a)[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0xc0;
    }

    /** {@code ::ffff:a.b.c.d}, an IPv4-mapped IPv6 address (section 10.2). */
    public static boolean IN6_IS_ADDR_V4MAPPED(byte[] a) {
        return zeroUpTo(check(a), 10) && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
    }

    /**
     * {@code ::a.b.c.d}, an IPv4-compatible IPv6 address: the first 96 bits zero and the last
     * 32 bits neither 0 ({@code ::}) nor 1 ({@code ::1}), as glibc tests it.
     */
    public static boolean IN6_IS_ADDR_V4COMPAT(byte[] a) {
        if (!zeroUpTo(check(a), 12)) {
            return false;
        }
        int low = ((a[12] & 0xff) << 24) | ((a[13] & 0xff) << 16) | ((a[14] & 0xff) << 8) | (a[15] & 0xff);
        return Integer.compareUnsigned(low, 1) > 0;
    }

    /** A multicast address of node-local (interface-local) scope: {@code ff?1::}. */
    public static boolean IN6_IS_ADDR_MC_NODELOCAL(byte[] a) {
        return multicastScope(a, 0x1);
    }

    /** A multicast address of link-local scope: {@code ff?2::}. */
    public static boolean IN6_IS_ADDR_MC_LINKLOCAL(byte[] a) {
        return multicastScope(a, 0x2);
    }

    /** A multicast address of site-local scope: {@code ff?5::}. */
    public static boolean IN6_IS_ADDR_MC_SITELOCAL(byte[] a) {
        return multicastScope(a, 0x5);
    }

    /** A multicast address of organization-local scope: {@code ff?8::}. */
    public static boolean IN6_IS_ADDR_MC_ORGLOCAL(byte[] a) {
        return multicastScope(a, 0x8);
    }

    /** A multicast address of global scope: {@code ff?e::}. */
    public static boolean IN6_IS_ADDR_MC_GLOBAL(byte[] a) {
        return multicastScope(a, 0xe);
    }

    private static boolean multicastScope(byte[] a, int scope) {
        return IN6_IS_ADDR_MULTICAST(a) && (a[1] & 0x0f) == scope;
    }

    private static boolean zeroUpTo(byte[] a, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] check(byte[] a) {
        if (a.length != SIZE) {
            throw new IllegalArgumentException("an in6_addr is 16 bytes, not " + a.length);
        }
        return a;
    }
}
