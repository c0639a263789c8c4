package io.unp.examples.libgai;

import io.unp.lib.gai.Libgai;
import io.unp.net.AddrInfo;
import io.unp.net.NameInfo;
import io.unp.net.SockAddr;
import io.unp.sys.Sys;
import java.util.List;

/**
 * The getaddrinfo, getnameinfo and gai_strerror that testga is linked with: the book's
 * ({@link Libgai}), as the C program is when built with {@code libgai}, or the C library's.
 */
interface GaiFunctions {
    List<AddrInfo> getaddrinfo(String host, String serv, AddrInfo hints);

    NameInfo getnameinfo(SockAddr sa, int hostlen, int servlen, int flags);

    String gaiStrerror(int err);

    /** The book's implementation, {@code libgai/}. */
    GaiFunctions BOOK = new GaiFunctions() {
        @Override
        public List<AddrInfo> getaddrinfo(String host, String serv, AddrInfo hints) {
            return Libgai.getaddrinfo(host, serv, hints);
        }

        @Override
        public NameInfo getnameinfo(SockAddr sa, int hostlen, int servlen, int flags) {
            return Libgai.getnameinfo(sa, hostlen, servlen, flags);
        }

        @Override
        public String gaiStrerror(int err) {
            return Libgai.gaiStrerror(err);
        }
    };

    /** The C library's (glibc). */
    GaiFunctions LIBC = new GaiFunctions() {
        @Override
        public List<AddrInfo> getaddrinfo(String host, String serv, AddrInfo hints) {
            return Sys.getaddrinfo(host, serv, hints);
        }

        @Override
        public NameInfo getnameinfo(SockAddr sa, int hostlen, int servlen, int flags) {
            return Sys.getnameinfo(sa, hostlen, servlen, flags);
        }

        @Override
        public String gaiStrerror(int err) {
            return Sys.gaiStrerror(err);
        }
    };
}
