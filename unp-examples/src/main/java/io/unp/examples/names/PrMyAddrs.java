package io.unp.examples.names;

import static io.unp.lib.Err.quit;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapLib.InetNtop;

import io.unp.lib.MyAddrs;
import java.util.List;

/** names/prmyaddrs: prints this host's addresses as the library's {@code my_addrs} finds them (uname). */
public final class PrMyAddrs {
    private PrMyAddrs() {}

    public static void main(String[] args) {
        int[] addrtype = new int[1];
        List<byte[]> pptr = MyAddrs.myAddrs(addrtype);
        if (pptr == null) {
            throw quit("my_addrs error");
        }
        for (byte[] addr : pptr) {
            printf("\taddress: %s\n", InetNtop(addrtype[0], addr));
        }
    }
}
