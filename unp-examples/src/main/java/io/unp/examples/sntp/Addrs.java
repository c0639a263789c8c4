package io.unp.examples.sntp;

import io.unp.net.SockAddr;
import java.util.ArrayList;
import java.util.List;

/** sntp/sntp.h: the table of bound sockets ({@code Addrs addrs[MAXNADDRS]}, {@code naddrs}). */
final class Addrs {
    /** Bound to a broadcast address. */
    static final int ADDR_BCAST = 1;
    /** Bound to the multicast group and joined on {@link #ifname}. */
    static final int ADDR_MCAST = 2;
    /** The book's table size. */
    static final int MAXNADDRS = 128;

    /** Every socket bound, in the order bound. */
    static final List<Addrs> addrs = new ArrayList<>();

    final SockAddr sa;
    final String ifname;
    final int fd;
    final int flags;

    Addrs(SockAddr sa, String ifname, int fd, int flags) {
        this.sa = sa;
        this.ifname = ifname;
        this.fd = fd;
        this.flags = flags;
    }

    /** Appends an entry ({@code addrs[naddrs++] = ...}); more than MAXNADDRS would overrun the C's array. */
    static void add(Addrs a) {
        if (addrs.size() >= MAXNADDRS) {
            throw io.unp.lib.Err.quit("too many addresses (MAXNADDRS = %d)", MAXNADDRS);
        }
        addrs.add(a);
    }
}
