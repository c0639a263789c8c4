package io.unp.lib;

import io.unp.net.AddrInfo;
import io.unp.sys.ErrnoException;
import io.unp.sys.GaiException;
import io.unp.sys.Sys;
import java.util.List;

/**
 * The loop the book's {@code tcp_connect}, {@code tcp_listen}, {@code udp_client},
 * {@code udp_connect} and {@code udp_server} share: ask {@code getaddrinfo}, then try each
 * answer in order with a new socket until one works.
 */
final class AddrInfoWalk {
    private AddrInfoWalk() {}

    /** What to do with the new socket for one answer; throws {@link ErrnoException} to try the next. */
    @FunctionalInterface
    interface Step {
        void apply(int fd, AddrInfo ai);
    }

    /** The socket that worked and the answer it worked with. */
    record Opened(int fd, AddrInfo ai) {}

    /**
     * Resolves {@code host}/{@code serv} with the given flags and socket type (family
     * AF_UNSPEC), then for each answer in order: {@code socket}, then {@code step}. A socket
     * whose step fails is closed and the next answer tried.
     *
     * @throws GaiException when getaddrinfo fails
     * @throws ErrnoException the error of the last answer's socket or step when none worked
     */
    static Opened open(String host, String serv, int flags, int socktype, Step step) {
        AddrInfo hints = AddrInfo.hints(flags, io.unp.abi.Constants.AF_UNSPEC, socktype);
        List<AddrInfo> answers = unixHost(host) && serv != null && serv.startsWith("/")
                ? io.unp.lib.gai.Libgai.getaddrinfo(host, serv, hints)
                : Sys.getaddrinfo(host, serv, hints);
        ErrnoException last = null;
        for (AddrInfo ai : answers) {
            int fd;
            try {
                fd = Sys.socket(ai.aiFamily(), ai.aiSocktype(), ai.aiProtocol());
            } catch (ErrnoException e) {
                last = e;
                continue;
            }
            try {
                step.apply(fd, ai);
                return new Opened(fd, ai);
            } catch (ErrnoException e) {
                last = e;
                Sys.close(fd);
            }
        }
        Sys.setErrno(last.code()); // errno as the final attempt left it, for err_sys
        throw last;
    }

    /**
     * The book's Unix domain extension of getaddrinfo (section 11.16): the host "/unix" or
     * "/local" with a service that is a path names a Unix domain socket. glibc does not know
     * it, so these names go to the book's own getaddrinfo ({@link io.unp.lib.gai.Libgai}), as the
     * book's library links libgai; that is how icmpd's {@code Tcp_listen("/unix", "/tmp/icmpd")}
     * works.
     */
    static boolean unixHost(String host) {
        return "/unix".equals(host) || "/local".equals(host);
    }

    /** A string argument as C's printf shows it: NULL prints as "(null)". */
    static String c(String s) {
        return s == null ? "(null)" : s;
    }

    /**
     * The capitalized wrappers' failure: {@code "<name> error for HOST, SERV: <gai_strerror>"}
     * (err_quit) when resolution failed, {@code "<name> error for HOST, SERV: <strerror>"}
     * (err_sys) when no answer worked.
     */
    static Exit fatal(String name, String host, String serv, RuntimeException e) {
        if (e instanceof GaiException) {
            return Err.quit("%s error for %s, %s: %s", name, c(host), c(serv), e.getMessage());
        }
        Sys.setErrno(((ErrnoException) e).code());
        return Err.sys("%s error for %s, %s", name, c(host), c(serv));
    }
}
