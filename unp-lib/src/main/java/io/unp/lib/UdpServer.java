package io.unp.lib;

import io.unp.abi.Constants;
import io.unp.sys.ErrnoException;
import io.unp.sys.GaiException;
import io.unp.sys.Sys;

/** The book's {@code udp_server} and {@code Udp_server} ({@code lib/udp_server.c}, section 11.13). */
public final class UdpServer {
    private UdpServer() {}

    /**
     * {@code udp_server}: resolves {@code host} (null: the wildcard address) and {@code serv}
     * with AI_PASSIVE for SOCK_DGRAM in any family, and binds a UDP socket to the first
     * address that bind accepts. Unlike {@link TcpListen#tcpListen} it does not set
     * SO_REUSEADDR, as the book's does not.
     *
     * @param addrlenp if not null, {@code addrlenp[0]} gets the size of the bound address
     * @return the bound socket
     * @throws GaiException when the names cannot be resolved
     * @throws ErrnoException the last socket or bind error when none worked
     */
    public static int udpServer(String host, String serv, int[] addrlenp) {
        AddrInfoWalk.Opened o = AddrInfoWalk.open(host, serv, Constants.AI_PASSIVE, Constants.SOCK_DGRAM,
                (fd, ai) -> Sys.bind(fd, ai.aiAddr()));
        if (addrlenp != null) {
            addrlenp[0] = o.ai().aiAddrlen();
        }
        return o.fd();
    }

    /**
     * {@code Udp_server}: {@link #udpServer}, ending the program with
     * {@code "udp_server error for HOST, SERV: <gai_strerror>"} or
     * {@code "udp_server error for HOST, SERV: <strerror>"}.
     */
    public static int UdpServer(String host, String serv, int[] addrlenp) {
        try {
            return udpServer(host, serv, addrlenp);
        } catch (GaiException | ErrnoException e) {
            throw AddrInfoWalk.fatal("udp_server", host, serv, e);
        }
    }
}
