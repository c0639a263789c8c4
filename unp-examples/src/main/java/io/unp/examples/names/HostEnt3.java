package io.unp.examples.names;

import static io.unp.lib.Err.msg;
import static io.unp.lib.Err.ret;
import static io.unp.lib.Stdio.printf;
import static io.unp.abi.Constants.AF_INET;

import io.unp.net.Hostent;
import io.unp.net.Inet;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;
import java.util.List;

/**
 * names/hostent3: hostent for IPv4 only, printing each address with {@code inet_ntoa} and
 * the name that the reentrant {@code gethostbyaddr_r} maps it back to (section 11.14).
 *
 * <p>The C calls Solaris' {@code gethostbyaddr_r}; {@link Sys#gethostbyaddr} already uses
 * glibc's reentrant form, so this port calls it.
 */
public final class HostEnt3 {
    private HostEnt3() {}

    public static void main(String[] args) {
        for (String ptr : args) {
            Hostent hptr;
            try {
                hptr = Sys.gethostbyname(ptr);
            } catch (HostErrnoException e) {
                msg("gethostbyname error for host: %s: %s", ptr, Sys.hstrerror(Sys.hErrno()));
                continue;
            }
            printf("official host name: %s\n", hptr.hName());

            for (String alias : hptr.hAliases()) {
                printf("\talias: %s\n", alias);
            }

            if (hptr.hAddrtype() == AF_INET) {
                prIpv4(hptr.hAddrList());
            } else {
                ret("unknown address type");
            }
        }
    }

    /** pr_ipv4: each IPv4 address and the name that a reverse lookup gives for it. */
    static void prIpv4(List<byte[]> list) {
        for (byte[] inaddr : list) {
            printf("\tIPv4 address: %s", Inet.inetNtoa(inaddr));
            try {
                Hostent hptr = Sys.gethostbyaddr(inaddr, inaddr.length, AF_INET);
                if (hptr.hName() != null) {
                    printf("    name = %s\n", hptr.hName());
                } else {
                    printf("    (no hostname returned by gethostbyaddr)\n");
                }
            } catch (HostErrnoException e) {
                printf("    (gethostbyaddr failed: %s)\n", Sys.hstrerror(e.hErrno()));
            }
        }
    }
}
