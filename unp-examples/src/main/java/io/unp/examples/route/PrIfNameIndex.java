package io.unp.examples.route;

import static io.unp.lib.Err.quit;
import static io.unp.lib.IfIndex.IfIndextoname;
import static io.unp.lib.IfIndex.IfNameindex;
import static io.unp.lib.IfIndex.IfNametoindex;
import static io.unp.lib.IfIndex.ifFreenameindex;
import static io.unp.lib.IfIndex.ifIndextoname;
import static io.unp.lib.IfIndex.ifNametoindex;
import static io.unp.lib.Stdio.printf;

import io.unp.lib.IfNameindex;
import java.util.List;

/**
 * route/prifnameindex: every interface's name and index ({@code if_nameindex}), each checked
 * against {@code if_nametoindex} and {@code if_indextoname}, then the answers for names and
 * indexes that do not exist (0 and NULL).
 */
public final class PrIfNameIndex {
    private PrIfNameIndex() {}

    public static void main(String[] args) {
        if (args.length != 0) {
            throw quit("usage: prifnameindex");
        }

        // print all the interface names and indexes
        List<IfNameindex> save = IfNameindex();
        for (IfNameindex ifptr : save) {
            printf("name = %s, index = %d\n", ifptr.ifName(), ifptr.ifIndex());

            int n;
            if ((n = IfNametoindex(ifptr.ifName())) != ifptr.ifIndex()) {
                throw quit("if_nametoindex returned %d, expected %d, for %s", n, ifptr.ifIndex(), ifptr.ifName());
            }
            String ifname = IfIndextoname(ifptr.ifIndex());
            if (!ifname.equals(ifptr.ifName())) {
                throw quit("if_indextoname returned %s, expected %s, for %d", ifname, ifptr.ifName(), ifptr.ifIndex());
            }
        }

        int n = ifNametoindex("fkjhkjhgjhgjhgdjhguyetiuyiuyhkjhkjdh");
        if (n != 0) {
            throw quit("if_nametoindex returned %d for fkjh...", n);
        }
        n = ifNametoindex("");
        if (n != 0) {
            throw quit("if_nametoindex returned %d for (null)", n);
        }

        if (ifIndextoname(0) != null) {
            throw quit("if_indextoname error for 0");
        }
        if (ifIndextoname(888888) != null) {
            throw quit("if_indextoname error for 888888");
        }

        ifFreenameindex(save);
    }
}
