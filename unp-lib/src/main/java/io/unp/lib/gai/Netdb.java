package io.unp.lib.gai;

import io.unp.net.Hostent;
import io.unp.net.Servent;
import io.unp.net.Utsname;
import io.unp.sys.ErrnoException;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;

/**
 * The older resolver calls the book's getaddrinfo and getnameinfo are built on
 * ({@code gethostbyname}, {@code gethostbyname2}, {@code gethostbyaddr},
 * {@code getservbyname}, {@code getservbyport}, and {@code uname} for {@code ga_unix}).
 *
 * <p>{@link #LIBC} is the C library's, through {@link Sys}; the book's code uses no other.
 * A test may give {@link Libgai} its own table instead, to run the book's algorithm on
 * answers it chooses (several addresses for one name, say) without any resolver.
 */
public interface Netdb {
    /** {@code gethostbyname}: AF_INET answers only (the resolver's RES_USE_INET6 option off). */
    Hostent gethostbyname(String name) throws HostErrnoException;

    /** {@code gethostbyname2}. */
    Hostent gethostbyname2(String name, int af) throws HostErrnoException;

    /** {@code gethostbyaddr}: {@code addr} holds exactly the address (4 or 16 bytes). */
    Hostent gethostbyaddr(byte[] addr, int type) throws HostErrnoException;

    /** {@code getservbyname}: null when there is no such service (C's NULL). */
    Servent getservbyname(String name, String proto);

    /** {@code getservbyport}: {@code port} in network byte order; null when there is none. */
    Servent getservbyport(int port, String proto);

    /** {@code uname(2)}. */
    Utsname uname() throws ErrnoException;

    /** The C library's resolver. */
    Netdb LIBC = new Netdb() {
        @Override
        public Hostent gethostbyname(String name) {
            return Sys.gethostbyname(name);
        }

        @Override
        public Hostent gethostbyname2(String name, int af) {
            return Sys.gethostbyname2(name, af);
        }

        @Override
        public Hostent gethostbyaddr(byte[] addr, int type) {
            return Sys.gethostbyaddr(addr, addr.length, type);
        }

        @Override
        public Servent getservbyname(String name, String proto) {
            return Sys.getservbyname(name, proto);
        }

        @Override
        public Servent getservbyport(int port, String proto) {
            return Sys.getservbyport(port, proto);
        }

        @Override
        public Utsname uname() {
            return Sys.uname();
        }
    };
}
