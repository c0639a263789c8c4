package io.unp.examples.names;

import static io.unp.lib.Err.msg;
import static io.unp.lib.Err.ret;
import static io.unp.lib.Stdio.printf;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;

import io.unp.net.Netent;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;

/**
 * names/netent: calls {@code getnetbyname} for each argument and prints the network's
 * official name and aliases. On Linux the answer comes from {@code /etc/networks}.
 */
public final class NetEnt {
    private NetEnt() {}

    public static void main(String[] args) {
        for (String ptr : args) {
            Netent nptr;
            try {
                nptr = Sys.getnetbyname(ptr);
            } catch (HostErrnoException e) {
                msg("getnetbyname error for net: %s: %s", ptr, Sys.hstrerror(Sys.hErrno()));
                continue;
            }
            printf("official netname: %s\n", nptr.nName());

            for (String alias : nptr.nAliases()) {
                printf("\talias: %s\n", alias);
            }

            int type = nptr.nAddrtype();
            if (type != AF_INET && type != AF_INET6) {
                ret("unknown address type");
            }
        }
    }
}
