package io.unp.examples.names;

import io.unp.net.Hostent;
import io.unp.sys.ErrnoException;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;
import java.util.List;

/**
 * names/myaddrs1.c, linked into prmyaddrs1: {@code my_addrs} that asks {@code gethostname}
 * instead of {@code uname} for this host's name.
 */
final class MyAddrs1 {
    private MyAddrs1() {}

    /** This host's addresses, with their family in {@code addrtype[0]}; null if a call fails. */
    static List<byte[]> myAddrs(int[] addrtype) {
        Hostent hptr;
        try {
            hptr = Sys.gethostbyname(Sys.gethostname());
        } catch (ErrnoException | HostErrnoException e) {
            return null;
        }
        addrtype[0] = hptr.hAddrtype();
        return hptr.hAddrList();
    }
}
