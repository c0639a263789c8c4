package io.unp.lib;

import io.unp.net.Inet;
import io.unp.net.SockAddr;
import io.unp.abi.Errno;
import io.unp.sys.Sys;

/** The book's library wrappers ({@code lib/wraplib.c}): {@code Inet_pton} and {@code Inet_ntop}. */
public final class WrapLib {
    private WrapLib() {}

    /**
     * {@code Inet_pton}: {@link Inet#inetPton} into the address field of {@code sa}; ends the
     * program with "inet_pton error for ADDR" when the text is not an address (or, with
     * strerror, when the family is not supported).
     */
    public static void InetPton(int family, String strptr, SockAddr sa) {
        int n = Inet.inetPton(family, strptr, sa);
        if (n < 0) {
            Sys.setErrno(Errno.EAFNOSUPPORT.code());
            throw Err.sys("inet_pton error for %s", strptr);
        } else if (n == 0) {
            throw Err.quit("inet_pton error for %s", strptr);
        }
    }

    /** {@code Inet_ntop}: {@link Inet#inetNtop}, ending the program with "inet_ntop error" on failure. */
    public static String InetNtop(int family, byte[] addr) {
        String s = Inet.inetNtop(family, addr);
        if (s == null) {
            Sys.setErrno(Errno.EAFNOSUPPORT.code());
            throw Err.sys("inet_ntop error");
        }
        return s;
    }
}
