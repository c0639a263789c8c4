package io.unp.lib.gai;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.AF_UNSPEC;
import static io.unp.abi.Constants.AI_CANONNAME;
import static io.unp.abi.Constants.EAI_ADDRFAMILY;
import static io.unp.abi.Constants.EAI_AGAIN;
import static io.unp.abi.Constants.EAI_BADFLAGS;
import static io.unp.abi.Constants.EAI_FAIL;
import static io.unp.abi.Constants.EAI_FAMILY;
import static io.unp.abi.Constants.EAI_MEMORY;
import static io.unp.abi.Constants.EAI_NODATA;
import static io.unp.abi.Constants.EAI_NONAME;
import static io.unp.abi.Constants.EAI_SERVICE;
import static io.unp.abi.Constants.EAI_SOCKTYPE;
import static io.unp.abi.Constants.EAI_SYSTEM;
import static io.unp.abi.Constants.HOST_NOT_FOUND;
import static io.unp.abi.Constants.NO_DATA;
import static io.unp.abi.Constants.NO_RECOVERY;
import static io.unp.abi.Constants.TRY_AGAIN;

import io.unp.lib.gai.GaNsearch.Search;
import io.unp.net.AddrInfo;
import io.unp.net.Hostent;
import io.unp.net.Inet;
import io.unp.net.NameInfo;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.sys.GaiException;
import io.unp.sys.HostErrnoException;
import java.util.ArrayList;
import java.util.List;

/**
 * The book's own {@code getaddrinfo}, {@code getnameinfo}, {@code gai_strerror} and
 * {@code freeaddrinfo} (section 11.16, {@code libgai/}), in Java, on top of the C library's
 * older calls: {@code gethostbyname2}, {@code gethostbyaddr}, {@code getservbyname} and
 * {@code getservbyport} ({@link Netdb#LIBC}).
 *
 * <p>Its answers have the types of the C library's {@link io.unp.sys.Sys#getaddrinfo} and
 * {@link io.unp.sys.Sys#getnameinfo}, and its failures the same {@link GaiException} with
 * glibc's EAI_* values, so the two can stand in for each other. What they answer is the book's
 * (docs/chapter11-libgai.md lists the differences), in particular:
 * <ul>
 * <li>only AI_PASSIVE and AI_CANONNAME are known: any other flag is EAI_BADFLAGS;
 * <li>with no socket type, one answer per address and socket type the service has (stream,
 *     datagram), none for raw sockets; with no service, one answer per address with socket type
 *     0 and port 0;
 * <li>{@code ai_protocol} is the hints' protocol (0), not IPPROTO_TCP/IPPROTO_UDP;
 * <li>the host {@code "/local"} (or {@code "/unix"}) and a service that is an absolute path
 *     give AF_LOCAL addresses for that path;
 * <li>an IPv4-only name asked for in AF_INET6 gives IPv4-mapped addresses (the book sets the
 *     resolver's RES_USE_INET6 option, emulated here);
 * <li>an unknown service with no socket type is EAI_NONAME, not EAI_SERVICE;
 * <li>the exception's message is the book's {@link #gaiStrerror} text, not glibc's.
 * </ul>
 */
public final class Libgai {
    private Libgai() {}

    /** {@code getaddrinfo} on the C library's resolver; see {@link #getaddrinfo(Netdb, String, String, AddrInfo)}. */
    public static List<AddrInfo> getaddrinfo(String hostname, String servname, AddrInfo hints) {
        return getaddrinfo(Netdb.LIBC, hostname, servname, hints);
    }

    /**
     * {@code getaddrinfo} ({@code libgai/getaddrinfo.c}): checks the hints
     * ({@code ga_echeck}); handles the Unix domain case ({@code ga_unix}); then, for each
     * search of {@code ga_nsearch} (IPv6 first, then IPv4, when no family is given), takes a
     * numeric address as it is and looks a name up with {@code gethostbyname2} (with two
     * searches, a failed one is skipped), making one answer per address; finally sets the
     * canonical name in the first answer and the ports and socket types ({@code ga_serv}).
     *
     * @param hostname a name, a numeric address, or null or "" for the wildcard (AI_PASSIVE)
     *     or loopback address
     * @param servname a service name or a decimal port, or null or ""
     * @param hints flags, family, socket type, protocol; null for none (C's NULL)
     * @return the answers, in the book's order; never empty
     * @throws GaiException with glibc's EAI_* code and the book's message
     */
    public static List<AddrInfo> getaddrinfo(Netdb netdb, String hostname, String servname, AddrInfo hints) {
        List<AiNode> ai = new ArrayList<>();
        int rc = getaddrinfo(netdb, hostname, servname, hints, ai);
        if (rc != 0) {
            throw error("getaddrinfo", rc);
        }
        List<AddrInfo> result = new ArrayList<>(ai.size());
        for (AiNode node : ai) {
            result.add(node.toAddrInfo());
        }
        return List.copyOf(result);
    }

    private static int getaddrinfo(Netdb netdb, String hostname, String servname, AddrInfo hintsp, List<AiNode> aihead) {
        AddrInfo hints = hintsp == null ? AddrInfo.hints(0, AF_UNSPEC, 0) : hintsp;
        int rc;

        // first some basic error checking
        if ((rc = GaEcheck.gaEcheck(hostname, servname, hints.aiFlags(), hints.aiFamily(), hints.aiSocktype(),
                hints.aiProtocol())) != 0) {
            return rc;
        }

        // the Unix domain comes first
        if (hostname != null && (hostname.equals("/local") || hostname.equals("/unix"))
                && servname != null && servname.startsWith("/")) {
            return GaUnix.gaUnix(netdb, servname, hints, aihead);
        }

        // IPv4 and IPv6
        List<Search> search = GaNsearch.gaNsearch(hostname, hints);
        int nsearch = search.size();
        String canon = null;
        for (Search sptr : search) {
            String host = sptr.host();

            // an IPv4 dotted-decimal string?
            if (isdigit(host.charAt(0))) {
                byte[] inaddr = new byte[4];
                if (Inet.inetPton(AF_INET, host, inaddr) == 1) {
                    if (hints.aiFamily() != AF_UNSPEC && hints.aiFamily() != AF_INET) {
                        return EAI_ADDRFAMILY;
                    }
                    if (sptr.family() != AF_INET) {
                        continue; // the other search takes it
                    }
                    if ((rc = GaAistruct.gaAistruct(aihead, hints, inaddr, AF_INET)) != 0) {
                        return rc;
                    }
                    continue;
                }
            }

            // an IPv6 hex string?
            if ((isxdigit(host.charAt(0)) || host.charAt(0) == ':') && host.indexOf(':') >= 0) {
                byte[] in6addr = new byte[16];
                if (Inet.inetPton(AF_INET6, host, in6addr) == 1) {
                    if (hints.aiFamily() != AF_UNSPEC && hints.aiFamily() != AF_INET6) {
                        return EAI_ADDRFAMILY;
                    }
                    if (sptr.family() != AF_INET6) {
                        continue;
                    }
                    if ((rc = GaAistruct.gaAistruct(aihead, hints, in6addr, AF_INET6)) != 0) {
                        return rc;
                    }
                    continue;
                }
            }

            // a name to look up
            Hostent hptr;
            try {
                if (nsearch == 2) {
                    hptr = netdb.gethostbyname2(host, sptr.family());
                } else if (sptr.family() == AF_INET6) {
                    hptr = gethostbynameInet6(netdb, host);
                } else {
                    hptr = netdb.gethostbyname(host);
                }
            } catch (HostErrnoException e) {
                if (nsearch == 2) {
                    continue; // one of two searches may fail
                }
                return eaiOf(e.hErrno());
            }

            // the family asked for, if any?
            if (hints.aiFamily() != AF_UNSPEC && hints.aiFamily() != hptr.hAddrtype()) {
                return EAI_ADDRFAMILY;
            }

            // the first canonical name found
            if (!isEmpty(hostname) && (hints.aiFlags() & AI_CANONNAME) != 0 && canon == null) {
                canon = hptr.hName();
            }

            // one answer per address
            for (byte[] ap : hptr.hAddrList()) {
                if ((rc = GaAistruct.gaAistruct(aihead, hints, ap, hptr.hAddrtype())) != 0) {
                    return rc;
                }
            }
        }
        if (aihead.isEmpty()) {
            return EAI_NONAME; // nothing found
        }

        // the canonical name: the one found, else the host string itself
        if (!isEmpty(hostname) && (hints.aiFlags() & AI_CANONNAME) != 0) {
            aihead.get(0).aiCanonname = canon != null ? canon : search.get(0).host();
        }

        // now the service
        if (!isEmpty(servname)) {
            if ((rc = GaServ.gaServ(netdb, aihead, hints, servname)) != 0) {
                return rc;
            }
        }
        return 0;
    }

    /**
     * C's {@code gethostbyname} with the resolver's RES_USE_INET6 option set, as the book calls
     * it for a single AF_INET6 search: the name's IPv6 addresses, else its IPv4 addresses as
     * IPv4-mapped IPv6 addresses ({@code ::ffff:a.b.c.d}). glibc no longer honours the option,
     * so the two lookups are made here.
     */
    static Hostent gethostbynameInet6(Netdb netdb, String name) {
        try {
            return netdb.gethostbyname2(name, AF_INET6);
        } catch (HostErrnoException e) {
            Hostent h = netdb.gethostbyname(name);
            List<byte[]> mapped = new ArrayList<>(h.hAddrList().size());
            for (byte[] a : h.hAddrList()) {
                byte[] m = new byte[16];
                m[10] = (byte) 0xff;
                m[11] = (byte) 0xff;
                System.arraycopy(a, 0, m, 12, 4);
                mapped.add(m);
            }
            return new Hostent(h.hName(), h.hAliases(), AF_INET6, 16, mapped);
        }
    }

    /** The book's mapping of a failed lookup's {@code h_errno} to an EAI_* code. */
    private static int eaiOf(int hErrno) {
        switch (hErrno) {
            case HOST_NOT_FOUND:
                return EAI_NONAME;
            case TRY_AGAIN:
                return EAI_AGAIN;
            case NO_RECOVERY:
                return EAI_FAIL;
            case NO_DATA:
                return EAI_NODATA;
            default:
                return EAI_NONAME;
        }
    }

    /** {@code getnameinfo} on the C library's resolver; see {@link #getnameinfo(Netdb, SockAddr, int, int, int)}. */
    public static NameInfo getnameinfo(SockAddr sa, int hostlen, int servlen, int flags) {
        return getnameinfo(Netdb.LIBC, sa, hostlen, servlen, flags);
    }

    /** {@code getnameinfo} with room for any host and service ({@code NI_MAXHOST}, {@code NI_MAXSERV}). */
    public static NameInfo getnameinfo(SockAddr sa, int flags) {
        return getnameinfo(sa, io.unp.abi.Constants.NI_MAXHOST, io.unp.abi.Constants.NI_MAXSERV, flags);
    }

    /**
     * {@code getnameinfo} ({@code libgai/getnameinfo.c}): an IPv4 or IPv6 address goes to
     * {@code gn_ipv46}; an AF_LOCAL address gives the host {@code "/local"} and its path as the
     * service (the book's extension, the inverse of its getaddrinfo's). {@code hostlen} or
     * {@code servlen} 0 means that part is not wanted (null in the answer); a longer answer is
     * cut to the length less one, as the book's {@code snprintf} cuts it. The flags are not
     * checked.
     *
     * @throws GaiException EAI_FAMILY for another family; EAI_NONAME for NI_NAMEREQD and an
     *     address without a name; EAI_OVERFLOW for a numeric host longer than {@code hostlen}
     *     (the book returns 1 for all three)
     */
    public static NameInfo getnameinfo(Netdb netdb, SockAddr sa, int hostlen, int servlen, int flags) {
        switch (sa.family()) {
            case AF_INET: {
                SockaddrIn sain = sa.asIn();
                return GnIpv46.gnIpv46(netdb, hostlen, servlen, sain.addressBytes(), AF_INET, sain.sinPort(), flags);
            }
            case AF_INET6: {
                SockaddrIn6 sain = sa.asIn6();
                return GnIpv46.gnIpv46(netdb, hostlen, servlen, sain.addressBytes(), AF_INET6, sain.sin6Port(), flags);
            }
            case AF_LOCAL: {
                String host = hostlen > 0 ? GnIpv46.snprintf(hostlen, "/local") : null;
                String serv = servlen > 0 ? GnIpv46.snprintf(servlen, sa.asUn().path()) : null;
                return new NameInfo(host, serv);
            }
            default:
                throw error("getnameinfo", EAI_FAMILY);
        }
    }

    /**
     * {@code gai_strerror} ({@code libgai/gai_strerror.c}): the book's text for an EAI_* code
     * (given as glibc's value), "unknown getaddrinfo() error" for a code the book does not have.
     */
    public static String gaiStrerror(int err) {
        switch (err) {
            case EAI_ADDRFAMILY:
                return "address family for host not supported";
            case EAI_AGAIN:
                return "temporary failure in name resolution";
            case EAI_BADFLAGS:
                return "invalid flags value";
            case EAI_FAIL:
                return "non-recoverable failure in name resolution";
            case EAI_FAMILY:
                return "address family not supported";
            case EAI_MEMORY:
                return "memory allocation failure";
            case EAI_NODATA:
                return "no address associated with host";
            case EAI_NONAME:
                return "host nor service provided, or not known";
            case EAI_SERVICE:
                return "service not supported for socket type";
            case EAI_SOCKTYPE:
                return "socket type not supported";
            case EAI_SYSTEM:
                return "system error";
            default:
                return "unknown getaddrinfo() error";
        }
    }

    /**
     * {@code freeaddrinfo} ({@code libgai/freeaddrinfo.c}): frees the answers' memory in C. The
     * Java answers are ordinary objects, so there is nothing to do; kept so code reads as the book's.
     */
    public static void freeaddrinfo(List<AddrInfo> aihead) {
        // the garbage collector frees the list
    }

    static GaiException error(String call, int code) {
        return new GaiException(call, code, gaiStrerror(code), 0);
    }

    /** C's test for a NULL or empty string. */
    static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    /** C's {@code isdigit} in the C locale. */
    static boolean isdigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** C's {@code isxdigit} in the C locale. */
    static boolean isxdigit(char c) {
        return isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
