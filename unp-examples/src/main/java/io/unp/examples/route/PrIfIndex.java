package io.unp.examples.route;

import static io.unp.lib.Err.quit;
import static io.unp.lib.IfIndex.IfNametoindex;
import static io.unp.lib.Stdio.printf;

/**
 * route/prifindex: the index of the interface named on the command line
 * ({@code if_nametoindex}). The usage message says {@code prifname}, as the book's does.
 */
public final class PrIfIndex {
    private PrIfIndex() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: prifname <interface-name>");
        }
        printf("interface index = %d\n", IfNametoindex(args[0]));
    }
}
