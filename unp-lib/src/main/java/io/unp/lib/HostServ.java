package io.unp.lib;

import io.unp.net.AddrInfo;
import io.unp.abi.Constants;
import io.unp.sys.GaiException;
import io.unp.sys.Sys;
import java.util.List;

/** The book's {@code host_serv} and its wrapper {@code Host_serv} ({@code lib/host_serv.c}, section 11.8). */
public final class HostServ {
    private HostServ() {}

    /**
     * {@code host_serv}: {@code getaddrinfo} of {@code host} and {@code serv} (either may be
     * null) for {@code family} (AF_UNSPEC, AF_INET, AF_INET6) and {@code socktype} (0,
     * SOCK_STREAM, SOCK_DGRAM), always asking for the canonical name (AI_CANONNAME).
     *
     * @return the answers, or null when getaddrinfo fails, as the C returns NULL
     */
    public static List<AddrInfo> hostServ(String host, String serv, int family, int socktype) {
        try {
            return Sys.getaddrinfo(host, serv, AddrInfo.hints(Constants.AI_CANONNAME, family, socktype));
        } catch (GaiException e) {
            return null;
        }
    }

    /**
     * {@code Host_serv}: {@link #hostServ}, ending the program with
     * {@code "host_serv error for HOST, SERV: <gai_strerror>"} when getaddrinfo fails
     * ("(no hostname)" and "(no service name)" stand for null arguments).
     */
    public static List<AddrInfo> HostServ(String host, String serv, int family, int socktype) {
        try {
            return Sys.getaddrinfo(host, serv, AddrInfo.hints(Constants.AI_CANONNAME, family, socktype));
        } catch (GaiException e) {
            throw Err.quit("host_serv error for %s, %s: %s", host == null ? "(no hostname)" : host,
                    serv == null ? "(no service name)" : serv, e.getMessage());
        }
    }
}
