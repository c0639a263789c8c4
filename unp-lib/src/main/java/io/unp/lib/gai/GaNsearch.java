package io.unp.lib.gai;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.AF_UNSPEC;
import static io.unp.abi.Constants.AI_PASSIVE;

import io.unp.lib.Err;
import io.unp.net.AddrInfo;
import java.util.ArrayList;
import java.util.List;

/** {@code ga_nsearch} ({@code libgai/ga_nsearch.c}): which names to look up, in which family, in which order. */
final class GaNsearch {
    private GaNsearch() {}

    /** C's {@code struct search}: a host name or address string and the family to look it up in. */
    record Search(String host, int family) {}

    /**
     * {@code ga_nsearch}: one search for a given family, two for AF_UNSPEC (IPv6 first, then
     * IPv4). With no host name, AI_PASSIVE searches the wildcard addresses ("0::0", "0.0.0.0");
     * without it, the loopback ("0::1", and "localhost" for IPv4, looked up by name).
     *
     * <p>As in C, a family the book does not search (AF_LOCAL without the {@code /local} host
     * that {@code ga_unix} handles) ends the program: {@code err_quit("nsearch = 0")}.
     */
    static List<Search> gaNsearch(String hostname, AddrInfo hintsp) {
        List<Search> search = new ArrayList<>(2);
        int family = hintsp.aiFamily();
        if (Libgai.isEmpty(hostname)) {
            if ((hintsp.aiFlags() & AI_PASSIVE) != 0) {
                addFor(search, family, "0::0", "0.0.0.0"); // wildcard bind
            } else {
                addFor(search, family, "0::1", "localhost"); // connect to this host
            }
        } else {
            addFor(search, family, hostname, hostname);
        }
        if (search.size() < 1 || search.size() > 2) {
            throw Err.quit("nsearch = %d", search.size());
        }
        return search;
    }

    private static void addFor(List<Search> search, int family, String v6host, String v4host) {
        switch (family) {
            case AF_INET:
                search.add(new Search(v4host, AF_INET));
                break;
            case AF_INET6:
                search.add(new Search(v6host, AF_INET6));
                break;
            case AF_UNSPEC:
                search.add(new Search(v6host, AF_INET6)); // IPv6 first
                search.add(new Search(v4host, AF_INET)); // then IPv4
                break;
            default:
                break;
        }
    }
}
