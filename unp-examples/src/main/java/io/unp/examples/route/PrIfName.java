package io.unp.examples.route;

import static io.unp.lib.Err.quit;
import static io.unp.lib.IfIndex.IfIndextoname;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.atoi;

/** route/prifname: the name of the interface whose index is given ({@code if_indextoname}). */
public final class PrIfName {
    private PrIfName() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: prifname <interface-index>");
        }
        printf("interface name = %s\n", IfIndextoname(atoi(args[0])));
    }
}
