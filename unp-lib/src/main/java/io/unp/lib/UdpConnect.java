package io.unp.lib;

import io.unp.abi.Constants;
import io.unp.sys.ErrnoException;
import io.unp.sys.GaiException;
import io.unp.sys.Sys;

/** The book's {@code udp_connect} and {@code Udp_connect} ({@code lib/udp_connect.c}, section 11.12). */
public final class UdpConnect {
    private UdpConnect() {}

    /**
     * {@code udp_connect}: resolves {@code host} and {@code serv} for SOCK_DGRAM in any family
     * and connects a UDP socket to the first address that connect accepts. Connecting a UDP
     * socket sends nothing: it only fixes the peer, so an unreachable server shows up later as
     * ECONNREFUSED on read or write (section 8.11).
     *
     * @return the connected socket
     * @throws GaiException when the names cannot be resolved
     * @throws ErrnoException the last attempt's error when no connect succeeded
     */
    public static int udpConnect(String host, String serv) {
        return AddrInfoWalk.open(host, serv, 0, Constants.SOCK_DGRAM, (fd, ai) -> Sys.connect(fd, ai.aiAddr())).fd();
    }

    /**
     * {@code Udp_connect}: {@link #udpConnect}, ending the program with
     * {@code "udp_connect error for HOST, SERV: <gai_strerror>"} or
     * {@code "udp_connect error for HOST, SERV: <strerror>"}.
     */
    public static int UdpConnect(String host, String serv) {
        try {
            return udpConnect(host, serv);
        } catch (GaiException | ErrnoException e) {
            throw AddrInfoWalk.fatal("udp_connect", host, serv, e);
        }
    }
}
