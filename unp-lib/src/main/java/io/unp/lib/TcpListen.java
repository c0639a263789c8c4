package io.unp.lib;

import io.unp.abi.Constants;
import io.unp.sys.ErrnoException;
import io.unp.sys.GaiException;
import io.unp.sys.Sys;

/** The book's {@code tcp_listen} and {@code Tcp_listen} ({@code lib/tcp_listen.c}, section 11.10). */
public final class TcpListen {
    private TcpListen() {}

    /**
     * {@code tcp_listen}: resolves {@code host} (null: the wildcard address) and {@code serv}
     * with AI_PASSIVE for SOCK_STREAM in any family; for each address in turn makes a socket,
     * sets SO_REUSEADDR and binds, until a bind succeeds; then listens with {@code LISTENQ}
     * (which the environment variable LISTENQ overrides, as the book's {@code Listen}).
     *
     * <p>Which family a null host gets depends on the order glibc returns the wildcards in:
     * on Linux the IPv4 {@code 0.0.0.0} comes first (RFC 3484 sorting of the two
     * wildcards), so the socket is IPv4, as on the book's systems where the IPv6 one did not
     * exist yet; pass "::" to get an IPv6 socket that also takes IPv4 clients.
     *
     * @param addrlenp if not null, {@code addrlenp[0]} gets the size of the bound address
     *     (16 for IPv4, 28 for IPv6), for the caller to allocate peer addresses
     * @return the listening socket
     * @throws GaiException when the names cannot be resolved
     * @throws ErrnoException the error of the last socket or bind when none worked
     */
    public static int tcpListen(String host, String serv, int[] addrlenp) {
        AddrInfoWalk.Opened o = AddrInfoWalk.open(host, serv, Constants.AI_PASSIVE, Constants.SOCK_STREAM,
                (fd, ai) -> {
                    WrapSock.Setsockopt(fd, Constants.SOL_SOCKET, Constants.SO_REUSEADDR, 1);
                    Sys.bind(fd, ai.aiAddr());
                });
        WrapSock.Listen(o.fd(), Unp.LISTENQ);
        if (addrlenp != null) {
            addrlenp[0] = o.ai().aiAddrlen();
        }
        return o.fd();
    }

    /**
     * {@code Tcp_listen}: {@link #tcpListen}, ending the program with
     * {@code "tcp_listen error for HOST, SERV: <gai_strerror>"} or, when no address could be
     * bound, {@code "tcp_listen error for HOST, SERV: <strerror>"}; a null host prints as
     * "(null)", as glibc's printf shows it.
     */
    public static int TcpListen(String host, String serv, int[] addrlenp) {
        try {
            return tcpListen(host, serv, addrlenp);
        } catch (GaiException | ErrnoException e) {
            throw AddrInfoWalk.fatal("tcp_listen", host, serv, e);
        }
    }
}
