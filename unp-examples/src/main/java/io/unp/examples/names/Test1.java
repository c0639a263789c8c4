package io.unp.examples.names;

import static io.unp.lib.Err.msg;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapLib.InetNtop;

import io.unp.net.Hostent;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;
import java.util.List;

/**
 * names/test1: looks each argument up with {@code gethostbyname}, then every address back
 * with {@code gethostbyaddr}, printing the reverse answer's official name and aliases.
 *
 * <p>The C copies the address list first because the reverse lookup may reuse the static
 * hostent; Java's records are never overwritten. After a failed reverse lookup the C goes on
 * to print through a NULL pointer and crashes; this port prints "(gethostbyaddr failed)" and
 * moves to the next address.
 */
public final class Test1 {
    private Test1() {}

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
            int addrtype = hptr.hAddrtype();
            int addrlen = hptr.hLength();
            List<byte[]> list = hptr.hAddrList();

            for (byte[] addr : list) {
                printf("\taddress: %s\n", InetNtop(addrtype, addr));

                Hostent back;
                try {
                    back = Sys.gethostbyaddr(addr, addrlen, addrtype);
                } catch (HostErrnoException e) {
                    printf("\t\t(gethostbyaddr failed)\n");
                    continue;
                }
                if (back.hName() != null) {
                    printf("\t\tname = %s\n", back.hName());
                } else {
                    printf("\t\t(no hostname returned by gethostbyaddr)\n");
                }
                printf("\t\tofficial host name: %s\n", back.hName());

                for (String alias : back.hAliases()) {
                    printf("\t\talias: %s\n", alias);
                }
            }
        }
    }
}
