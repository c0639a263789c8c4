package io.unp.lib;

import io.unp.net.Hostent;
import io.unp.sys.ErrnoException;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;
import java.util.List;

/** The book's {@code my_addrs} and {@code My_addrs} (lib/my_addrs.c): this host's own addresses. */
public final class MyAddrs {
    private MyAddrs() {}

    /**
     * {@code my_addrs}: looks up the node name that {@code uname} gives with
     * {@code gethostbyname}; stores the address family in {@code addrtype[0]} and returns the
     * addresses, or null when either call fails.
     */
    public static List<byte[]> myAddrs(int[] addrtype) {
        Hostent hptr;
        try {
            hptr = Sys.gethostbyname(Sys.uname().nodename());
        } catch (ErrnoException | HostErrnoException e) {
            return null;
        }
        addrtype[0] = hptr.hAddrtype();
        return hptr.hAddrList();
    }

    /** {@code My_addrs}: {@link #myAddrs}, ending the program with "my_addrs error" on failure. */
    public static List<byte[]> MyAddrs(int[] addrtype) {
        List<byte[]> addrs = myAddrs(addrtype);
        if (addrs == null) {
            throw Err.sys("my_addrs error");
        }
        return addrs;
    }
}
