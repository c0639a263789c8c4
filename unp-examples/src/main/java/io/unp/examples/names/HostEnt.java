package io.unp.examples.names;

import static io.unp.lib.Err.msg;
import static io.unp.lib.Err.ret;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapLib.InetNtop;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;

import io.unp.net.Hostent;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;

/**
 * names/hostent: calls {@code gethostbyname} for each argument and prints the official name,
 * the aliases and every address it returns.
 */
public final class HostEnt {
    private HostEnt() {}

    public static void main(String[] args) {
        for (String ptr : args) {
            Hostent hptr;
            try {
                hptr = Sys.gethostbyname(ptr);
            } catch (HostErrnoException e) {
                msg("gethostbyname error for host: %s: %s", ptr, Sys.hstrerror(Sys.hErrno()));
                continue;
            }
            printf("official hostname: %s\n", hptr.hName());

            for (String alias : hptr.hAliases()) {
                printf("\talias: %s\n", alias);
            }

            int type = hptr.hAddrtype();
            if (type == AF_INET || type == AF_INET6) {
                for (byte[] addr : hptr.hAddrList()) {
                    printf("\taddress: %s\n", InetNtop(type, addr));
                }
            } else {
                ret("unknown address type");
            }
        }
    }
}
