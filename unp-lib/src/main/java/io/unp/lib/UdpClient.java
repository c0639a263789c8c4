package io.unp.lib;

import io.unp.net.SockAddr;
import io.unp.abi.Constants;
import io.unp.sys.ErrnoException;
import io.unp.sys.GaiException;

/** The book's {@code udp_client} and {@code Udp_client} ({@code lib/udp_client.c}, section 11.11). */
public final class UdpClient {
    private UdpClient() {}

    /**
     * {@code udp_client}: resolves {@code host} and {@code serv} for SOCK_DGRAM in any family
     * and makes an unconnected socket for the first address a socket can be made for.
     *
     * <p>Where C returns a malloc'ed copy of the address through {@code void **saptr} and its
     * size through {@code lenp}, this fills {@code saptr} (a {@link io.unp.net.SockaddrStorage}
     * holds any family): its bytes and {@link SockAddr#len()}, ready for {@code sendto}.
     *
     * @param saptr receives the server's address
     * @param lenp if not null, {@code lenp[0]} gets the address's size, as C's {@code *lenp}
     * @return the socket
     * @throws GaiException when the names cannot be resolved
     * @throws ErrnoException the last socket's error when no socket could be made
     * @throws IllegalArgumentException when {@code saptr} is too small for the address
     */
    public static int udpClient(String host, String serv, SockAddr saptr, int[] lenp) {
        AddrInfoWalk.Opened o = AddrInfoWalk.open(host, serv, 0, Constants.SOCK_DGRAM, (fd, ai) -> { });
        SockAddr sa = o.ai().aiAddr();
        if (sa.len() > saptr.capacity()) {
            io.unp.sys.Sys.close(o.fd());
            throw new IllegalArgumentException("address of " + sa.len() + " bytes does not fit in "
                    + saptr.capacity());
        }
        saptr.copyFrom(sa);
        if (lenp != null) {
            lenp[0] = sa.len();
        }
        return o.fd();
    }

    /** {@link #udpClient(String, String, SockAddr, int[])} without {@code lenp}: read {@code saptr.len()}. */
    public static int udpClient(String host, String serv, SockAddr saptr) {
        return udpClient(host, serv, saptr, null);
    }

    /**
     * {@code Udp_client}: {@link #udpClient}, ending the program with
     * {@code "udp_client error for HOST, SERV: <gai_strerror>"} or, when no socket could be
     * made, {@code "udp_client error for HOST, SERV: <strerror>"}.
     */
    public static int UdpClient(String host, String serv, SockAddr saptr, int[] lenp) {
        try {
            return udpClient(host, serv, saptr, lenp);
        } catch (GaiException | ErrnoException e) {
            throw AddrInfoWalk.fatal("udp_client", host, serv, e);
        }
    }

    /** {@code Udp_client} without {@code lenp}. */
    public static int UdpClient(String host, String serv, SockAddr saptr) {
        return UdpClient(host, serv, saptr, null);
    }
}
