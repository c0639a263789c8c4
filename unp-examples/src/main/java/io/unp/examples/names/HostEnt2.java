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
 * names/hostent2: hostent, plus a reverse lookup ({@code gethostbyaddr}) of every address
 * that {@code gethostbyname} returns, printing the name it maps back to.
 *
 * <p>The C reuses its hostent pointer for the reverse answer, so a failed reverse lookup
 * followed by another address dereferences NULL; here the forward answer's family and
 * length are kept, and the next address is looked up as well.
 */
public final class HostEnt2 {
    private HostEnt2() {}

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
                    printf("%s", reverse(addr, hptr.hLength(), type));
                }
            } else {
                ret("unknown address type");
            }
        }
    }

    /** The line hostent2 prints for the reverse lookup of one address. */
    private static String reverse(byte[] addr, int len, int type) {
        Hostent back;
        try {
            back = Sys.gethostbyaddr(addr, len, type);
        } catch (HostErrnoException e) {
            return "\t(gethostbyaddr failed)\n";
        }
        if (back.hName() != null) {
            return "\tname = " + back.hName() + "\n";
        }
        return "\t(no hostname returned by gethostbyaddr)\n";
    }
}
