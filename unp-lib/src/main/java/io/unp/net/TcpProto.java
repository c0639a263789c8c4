package io.unp.net;

import static io.unp.abi.Constants.IPPROTO_TCP;

import io.unp.abi.Constants;
import java.util.List;

/** The TCP socket options of section 7.9, level {@code IPPROTO_TCP}. */
public final class TcpProto {
    private TcpProto() {}

    /** Seconds of idleness before the first keepalive probe: Linux's TCP_KEEPIDLE. */
    public static final SockOpt<Integer> TCP_KEEPALIVE = SockOpt.integer("TCP_KEEPALIVE", IPPROTO_TCP,
            Constants.TCP_KEEPIDLE, "Linux calls it TCP_KEEPIDLE (seconds, per socket)");
    /** Linux's name for {@link #TCP_KEEPALIVE}. */
    public static final SockOpt<Integer> TCP_KEEPIDLE = TCP_KEEPALIVE;
    /** How long TCP retransmits before giving up: not on Linux. */
    public static final SockOpt<Integer> TCP_MAXRT = SockOpt.missing("TCP_MAXRT", IPPROTO_TCP, TCP_KEEPALIVE,
            "use TCP_USER_TIMEOUT (milliseconds) or the sysctl net.ipv4.tcp_retries2");
    /** Maximum segment size. */
    public static final SockOpt<Integer> TCP_MAXSEG = SockOpt.integer("TCP_MAXSEG", IPPROTO_TCP, Constants.TCP_MAXSEG);
    /** Disable the Nagle algorithm. */
    public static final SockOpt<Boolean> TCP_NODELAY = SockOpt.flag("TCP_NODELAY", IPPROTO_TCP, Constants.TCP_NODELAY);
    /** Interpret the urgent pointer as RFC 1122 says: not on Linux as a socket option. */
    public static final SockOpt<Boolean> TCP_STDURG = SockOpt.missing("TCP_STDURG", IPPROTO_TCP, TCP_NODELAY,
            "system-wide only: the sysctl net.ipv4.tcp_stdurg");
    /** Linux's closest to TCP_MAXRT: milliseconds unacknowledged data may wait before the connection is dropped. */
    public static final SockOpt<Integer> TCP_USER_TIMEOUT = SockOpt.integer("TCP_USER_TIMEOUT", IPPROTO_TCP,
            Constants.TCP_USER_TIMEOUT);

    /** Every option of this level, in the book's order, with Linux's TCP_USER_TIMEOUT last. */
    public static final List<SockOpt<?>> ALL = List.of(TCP_KEEPALIVE, TCP_MAXRT, TCP_MAXSEG, TCP_NODELAY,
            TCP_STDURG, TCP_USER_TIMEOUT);
}
