package io.unp.lib;

import io.unp.net.Inet;
import io.unp.net.SockAddr;
import io.unp.abi.Constants;
import io.unp.abi.Layouts;
import io.unp.net.SockaddrDl;

/** {@code sock_ntop} and {@code sock_ntop_host} ({@code lib/sock_ntop.c}, {@code lib/sock_ntop_host.c}). */
public final class SockNtop {
    private SockNtop() {}

    /**
     * {@code sock_ntop}: an address as text, with the port after a dot when it is not 0
     * ({@code 127.0.0.1.9877}, {@code ::1.9877}, the second edition's form); the path for
     * AF_UNIX ({@code (no pathname bound)} when empty); for a
     * link-level address ({@link SockaddrDl}, Linux's stand-in for BSD's AF_LINK) the interface
     * name, or {@code AF_LINK, index=N} without one, as the book prints a {@code sockaddr_dl}.
     */
    public static String sockNtop(SockAddr sa) {
        return format(sa, true);
    }

    /** {@code sock_ntop_host}: the address alone, without the port. */
    public static String sockNtopHost(SockAddr sa) {
        return format(sa, false);
    }

    /** {@code Sock_ntop}: same as {@link #sockNtop}; kept for the book's wrapper name. */
    public static String SockNtop(SockAddr sa) {
        return sockNtop(sa);
    }

    /** {@code Sock_ntop_host}: same as {@link #sockNtopHost}. */
    public static String SockNtopHost(SockAddr sa) {
        return sockNtopHost(sa);
    }

    private static String format(SockAddr sa, boolean withPort) {
        switch (sa.family()) {
            case Constants.AF_INET: {
                byte[] a = sa.asIn().addressBytes();
                return withPort(Inet.inetNtop(Constants.AF_INET, a), sa.portHost(), withPort);
            }
            case Constants.AF_INET6: {
                byte[] a = sa.asIn6().addressBytes();
                return withPort(Inet.inetNtop(Constants.AF_INET6, a), sa.portHost(), withPort);
            }
            case Constants.AF_UNIX: {
                String path = sa.len() > 2 ? sa.asUn().path() : "";
                return path.isEmpty() ? "(no pathname bound)" : path;
            }
            case Constants.AF_PACKET: {
                // Linux's link-level address (sockaddr_ll), standing in for BSD's AF_LINK
                // sockaddr_dl: its name when it has one (io.unp.net.SockaddrDl), as C prints sdl_data
                String name = sa instanceof SockaddrDl ? ((SockaddrDl) sa).name() : "";
                if (!name.isEmpty()) {
                    return name;
                }
                int index = java.nio.ByteBuffer.wrap(sa.bytes(), Layouts.SOCKADDR_LL_SLL_IFINDEX, 4)
                        .order(java.nio.ByteOrder.nativeOrder()).getInt();
                return "AF_LINK, index=" + index;
            }
            default:
                return String.format("%s: unknown AF_xxx: %d, len %d",
                        withPort ? "sock_ntop" : "sock_ntop_host", sa.family(), sa.len());
        }
    }

    private static String withPort(String host, int port, boolean withPort) {
        return withPort && port != 0 ? host + "." + port : host;
    }
}
