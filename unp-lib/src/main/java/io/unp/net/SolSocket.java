package io.unp.net;

import io.unp.abi.Timeval;
import static io.unp.abi.Constants.SOL_SOCKET;

import io.unp.abi.Constants;
import java.util.List;

/** The generic socket options of section 7.5, level {@code SOL_SOCKET}. */
public final class SolSocket {
    private SolSocket() {}

    /** Permit sending broadcast datagrams. */
    public static final SockOpt<Boolean> SO_BROADCAST = SockOpt.flag("SO_BROADCAST", SOL_SOCKET, Constants.SO_BROADCAST);
    /** Ask the protocol to trace (TCP only; Linux needs CAP_NET_ADMIN to turn it on). */
    public static final SockOpt<Boolean> SO_DEBUG = SockOpt.flag("SO_DEBUG", SOL_SOCKET, Constants.SO_DEBUG);
    /** Bypass the routing table. */
    public static final SockOpt<Boolean> SO_DONTROUTE = SockOpt.flag("SO_DONTROUTE", SOL_SOCKET, Constants.SO_DONTROUTE);
    /** The pending error, cleared by reading it (get only). */
    public static final SockOpt<Integer> SO_ERROR = SockOpt.integer("SO_ERROR", SOL_SOCKET, Constants.SO_ERROR);
    /** Probe an idle TCP connection. */
    public static final SockOpt<Boolean> SO_KEEPALIVE = SockOpt.flag("SO_KEEPALIVE", SOL_SOCKET, Constants.SO_KEEPALIVE);
    /** What {@code close} does with unsent data. */
    public static final SockOpt<Linger> SO_LINGER = SockOpt.linger("SO_LINGER", SOL_SOCKET, Constants.SO_LINGER);
    /** Leave out-of-band data inline. */
    public static final SockOpt<Boolean> SO_OOBINLINE = SockOpt.flag("SO_OOBINLINE", SOL_SOCKET, Constants.SO_OOBINLINE);
    /** Receive buffer size; Linux doubles the value set and reports the doubled size. */
    public static final SockOpt<Integer> SO_RCVBUF = SockOpt.integer("SO_RCVBUF", SOL_SOCKET, Constants.SO_RCVBUF,
            "Linux doubles the value set (bookkeeping overhead) and getsockopt returns the doubled value");
    /** Send buffer size; Linux doubles the value set and reports the doubled size. */
    public static final SockOpt<Integer> SO_SNDBUF = SockOpt.integer("SO_SNDBUF", SOL_SOCKET, Constants.SO_SNDBUF,
            "Linux doubles the value set (bookkeeping overhead) and getsockopt returns the doubled value");
    /** Receive low-water mark. */
    public static final SockOpt<Integer> SO_RCVLOWAT = SockOpt.integer("SO_RCVLOWAT", SOL_SOCKET, Constants.SO_RCVLOWAT);
    /** Send low-water mark; on Linux always 1 and setting it fails with ENOPROTOOPT. */
    public static final SockOpt<Integer> SO_SNDLOWAT = SockOpt.integer("SO_SNDLOWAT", SOL_SOCKET, Constants.SO_SNDLOWAT,
            "read-only on Linux: always 1, setsockopt fails with ENOPROTOOPT");
    /** Receive timeout. */
    public static final SockOpt<Timeval> SO_RCVTIMEO = SockOpt.timeval("SO_RCVTIMEO", SOL_SOCKET, Constants.SO_RCVTIMEO);
    /** Send timeout. */
    public static final SockOpt<Timeval> SO_SNDTIMEO = SockOpt.timeval("SO_SNDTIMEO", SOL_SOCKET, Constants.SO_SNDTIMEO);
    /** Allow a local address (and port) that is in use to be bound again. */
    public static final SockOpt<Boolean> SO_REUSEADDR = SockOpt.flag("SO_REUSEADDR", SOL_SOCKET, Constants.SO_REUSEADDR);
    /** Allow the same address and port to be bound by several sockets (Linux 3.9 and later). */
    public static final SockOpt<Boolean> SO_REUSEPORT = SockOpt.flag("SO_REUSEPORT", SOL_SOCKET, Constants.SO_REUSEPORT);
    /** The socket type, SOCK_STREAM or SOCK_DGRAM ... (get only). */
    public static final SockOpt<Integer> SO_TYPE = SockOpt.integer("SO_TYPE", SOL_SOCKET, Constants.SO_TYPE);
    /** Routing sockets only, in BSD; not on Linux, whose routing sockets are netlink sockets. */
    public static final SockOpt<Boolean> SO_USELOOPBACK = SockOpt.missing("SO_USELOOPBACK", SOL_SOCKET, SO_DEBUG,
            "a BSD routing-socket option; Linux's netlink sockets have NETLINK_NO_ENOBUFS and friends instead");

    /**
     * Linux (chapter 14): attach the sender's credentials ({@code SCM_CREDENTIALS}) to every
     * message this Unix-domain socket receives; the book's BSD had LOCAL_CREDS. Not in
     * {@link #ALL}, the book's table of section 7.5.
     */
    public static final SockOpt<Boolean> SO_PASSCRED = SockOpt.flag("SO_PASSCRED", SOL_SOCKET, Constants.SO_PASSCRED);
    /**
     * Linux (chapter 14), read-only: the pid, uid and gid of a connected Unix-domain socket's
     * peer, as they were when it called connect (or socketpair). Not in {@link #ALL}.
     */
    public static final SockOpt<io.unp.abi.Ucred> SO_PEERCRED = SockOpt.ucred("SO_PEERCRED", SOL_SOCKET, Constants.SO_PEERCRED);

    /** Every option of this level, in the book's order. */
    public static final List<SockOpt<?>> ALL = List.of(SO_BROADCAST, SO_DEBUG, SO_DONTROUTE, SO_ERROR,
            SO_KEEPALIVE, SO_LINGER, SO_OOBINLINE, SO_RCVBUF, SO_SNDBUF, SO_RCVLOWAT, SO_SNDLOWAT,
            SO_RCVTIMEO, SO_SNDTIMEO, SO_REUSEADDR, SO_REUSEPORT, SO_TYPE, SO_USELOOPBACK);
}
