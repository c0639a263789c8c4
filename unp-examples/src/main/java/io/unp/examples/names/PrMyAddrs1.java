package io.unp.examples.names;

import static io.unp.lib.Err.quit;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapLib.InetNtop;

import java.util.List;

/** names/prmyaddrs1: prmyaddrs linked with myaddrs1, which finds this host's name with gethostname. */
public final class PrMyAddrs1 {
    private PrMyAddrs1() {}

    public static void main(String[] args) {
        int[] addrtype = new int[1];
        List<byte[]> pptr = MyAddrs1.myAddrs(addrtype);
        if (pptr == null) {
            throw quit("my_addrs error");
        }
        for (byte[] addr : pptr) {
            printf("\taddress: %s\n", InetNtop(addrtype[0], addr));
        }
    }
}
