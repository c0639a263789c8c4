package io.unp.lib.gai;

import static io.unp.net.NetOrder.ntohs;
import static io.unp.abi.Constants.EAI_NONAME;
import static io.unp.abi.Constants.EAI_OVERFLOW;
import static io.unp.abi.Constants.NI_DGRAM;
import static io.unp.abi.Constants.NI_NAMEREQD;
import static io.unp.abi.Constants.NI_NOFQDN;
import static io.unp.abi.Constants.NI_NUMERICHOST;
import static io.unp.abi.Constants.NI_NUMERICSERV;

import io.unp.net.Hostent;
import io.unp.net.Inet;
import io.unp.net.NameInfo;
import io.unp.net.Servent;
import io.unp.sys.HostErrnoException;

/** {@code gn_ipv46} ({@code libgai/gn_ipv46.c}): getnameinfo for an IPv4 or IPv6 address and port. */
final class GnIpv46 {
    private GnIpv46() {}

    /**
     * {@code gn_ipv46}: the host and service for {@code addr} (4 or 16 bytes) and {@code port}
     * (network byte order). The host is {@code gethostbyaddr}'s name (cut at its first dot
     * with NI_NOFQDN), else the numeric address unless NI_NAMEREQD; the service is
     * {@code getservbyport}'s name for UDP with NI_DGRAM or for any protocol without, else the
     * number. A part with length 0 is not asked for and comes back null; an answer longer than
     * its length is cut, as C's {@code snprintf} cuts it.
     *
     * @throws io.unp.sys.GaiException EAI_NONAME for NI_NAMEREQD and an address with no name,
     *     EAI_OVERFLOW when the numeric address does not fit in {@code hostlen} (the book
     *     returns 1 in both cases)
     */
    static NameInfo gnIpv46(Netdb netdb, int hostlen, int servlen, byte[] addr, int family, int port, int flags) {
        String host = null;
        String serv = null;
        if (hostlen > 0) {
            if ((flags & NI_NUMERICHOST) != 0) {
                host = inetNtop(family, addr, hostlen);
            } else {
                Hostent hptr = gethostbyaddr(netdb, addr, family);
                if (hptr != null && hptr.hName() != null) {
                    String name = hptr.hName();
                    int dot;
                    if ((flags & NI_NOFQDN) != 0 && (dot = name.indexOf('.')) >= 0) {
                        name = name.substring(0, dot);
                    }
                    host = snprintf(hostlen, name);
                } else {
                    if ((flags & NI_NAMEREQD) != 0) {
                        throw Libgai.error("getnameinfo", EAI_NONAME);
                    }
                    host = inetNtop(family, addr, hostlen);
                }
            }
        }
        if (servlen > 0) {
            String number = Integer.toString(ntohs(port));
            if ((flags & NI_NUMERICSERV) != 0) {
                serv = snprintf(servlen, number);
            } else {
                Servent sptr = netdb.getservbyport(port, (flags & NI_DGRAM) != 0 ? "udp" : null);
                serv = snprintf(servlen, sptr != null && sptr.sName() != null ? sptr.sName() : number);
            }
        }
        return new NameInfo(host, serv);
    }

    private static Hostent gethostbyaddr(Netdb netdb, byte[] addr, int family) {
        try {
            return netdb.gethostbyaddr(addr, family);
        } catch (HostErrnoException e) {
            return null;
        }
    }

    /** {@code inet_ntop} into a buffer of {@code len} bytes: fails if the text and its NUL do not fit. */
    private static String inetNtop(int family, byte[] addr, int len) {
        String text = Inet.inetNtop(family, addr);
        if (text == null || text.length() + 1 > len) {
            throw Libgai.error("getnameinfo", EAI_OVERFLOW);
        }
        return text;
    }

    /** {@code snprintf(buf, len, "%s", s)}: at most {@code len - 1} characters of {@code s}. */
    static String snprintf(int len, String s) {
        return s.length() < len ? s : s.substring(0, len - 1);
    }
}
