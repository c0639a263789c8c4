package io.unp.lib;

import io.unp.abi.Constants;
import io.unp.sys.ErrnoException;
import io.unp.sys.GaiException;
import io.unp.sys.Sys;

/** The book's {@code tcp_connect} and {@code Tcp_connect} ({@code lib/tcp_connect.c}, section 11.9). */
public final class TcpConnect {
    private TcpConnect() {}

    /**
     * {@code tcp_connect}: resolves {@code host} and {@code serv} for SOCK_STREAM in any family
     * and connects to each address in turn until one accepts.
     *
     * <p>The book's version ends the program on failure; this lower tier throws instead, so a
     * caller (a thread, a retry loop) can decide. {@link #TcpConnect} prints the book's message.
     *
     * @return the connected socket
     * @throws GaiException when the names cannot be resolved
     * @throws ErrnoException the error of the last attempt (usually connect's ECONNREFUSED or
     *     ETIMEDOUT) when no address accepted; it is also this thread's {@link Sys#errno()}
     */
    public static int tcpConnect(String host, String serv) {
        return AddrInfoWalk.open(host, serv, 0, Constants.SOCK_STREAM, (fd, ai) -> Sys.connect(fd, ai.aiAddr())).fd();
    }

    /**
     * {@code Tcp_connect}: {@link #tcpConnect}, ending the program with
     * {@code "tcp_connect error for HOST, SERV: <gai_strerror>"} when resolution fails or
     * {@code "tcp_connect error for HOST, SERV: <strerror>"} when no address accepted.
     */
    public static int TcpConnect(String host, String serv) {
        try {
            return tcpConnect(host, serv);
        } catch (GaiException | ErrnoException e) {
            throw AddrInfoWalk.fatal("tcp_connect", host, serv, e);
        }
    }
}
