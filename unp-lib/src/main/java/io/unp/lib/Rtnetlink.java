package io.unp.lib;

import static io.unp.abi.Constants.*;

import io.unp.net.SockaddrNl;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.ArrayList;
import java.util.List;

/**
 * A routing socket on Linux: {@code socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE)}, the
 * conversation with the kernel that the book's {@code AF_ROUTE} socket and {@code sysctl}
 * carry on BSD.
 *
 * <p>Each request gets the next sequence number of this socket; the answers to it are the
 * messages that carry that number and this socket's port id (the kernel sets {@code nlmsg_pid}
 * of an answer to the requester's port id), so notifications and stale answers are passed over,
 * as the book's getrt skips messages that are not its own. An {@code NLMSG_ERROR} answer with a
 * nonzero error is the request's failure: it becomes an {@link ErrnoException} named after the
 * request ({@code "RTM_GETROUTE: Network is unreachable"}) and this thread's
 * {@link Sys#errno()}, so {@code err_sys} prints it as C would print {@code errno}. Reading
 * (dumps, queries, notifications) needs no privilege; changing routes needs CAP_NET_ADMIN.
 */
public final class Rtnetlink implements AutoCloseable {
    /** Room for the largest datagram the kernel sends a netlink reader (dumps come in 32 KiB or less). */
    static final int BUFLEN = 65536;

    private final int fd;
    private final int pid;
    private final byte[] buf = new byte[BUFLEN];
    private int seq;

    private Rtnetlink(int fd, int pid) {
        this.fd = fd;
        this.pid = pid;
        this.seq = (int) (System.nanoTime() & 0x3fffffff);
    }

    /** Opens a routing socket that receives only answers to its own requests. */
    public static Rtnetlink open() {
        return open(0);
    }

    /**
     * Opens a routing socket bound with {@code nl_groups = groups} (RTMGRP_ bits), so it also
     * receives the notifications of those groups. More groups: {@link #join}.
     */
    public static Rtnetlink open(int groups) {
        int fd = Sys.socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
        try {
            Sys.bind(fd, SockaddrNl.of(0, groups));
            SockaddrNl local = new SockaddrNl();
            Sys.getsockname(fd, local);
            return new Rtnetlink(fd, local.nlPid());
        } catch (ErrnoException e) {
            Sys.close(fd);
            throw e;
        }
    }

    /** The socket's descriptor (for select or poll). */
    public int fd() {
        return fd;
    }

    /** The port id the kernel gave this socket ({@code nl_pid} of its address). */
    public int pid() {
        return pid;
    }

    /** Subscribes to multicast group {@code group} (an RTNLGRP_ number): {@code NETLINK_ADD_MEMBERSHIP}. */
    public void join(int group) {
        Sys.setsockopt(fd, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, group);
    }

    /** Sends {@code msg} (built by {@link RtMsg#request}) to the kernel. */
    public void send(byte[] msg) {
        Sys.sendto(fd, msg, 0, msg.length, 0, new SockaddrNl());
    }

    /**
     * Reads one datagram and returns its messages: answers, or notifications for the groups
     * joined. Blocks until one arrives.
     *
     * @throws ErrnoException ENOBUFS when the kernel dropped notifications because this socket's
     *     buffer was full (the reader fell behind)
     */
    public List<RtMsg> recv() {
        int n = Sys.recv(fd, buf, 0, buf.length, 0);
        return RtMsg.parse(buf, n);
    }

    private int nextSeq() {
        seq = (seq + 1) & 0x7fffffff;
        return seq;
    }

    private boolean mine(RtMsg m, int s) {
        return m.nlmsgSeq() == s && m.nlmsgPid() == pid;
    }

    private static ErrnoException failure(int type, RtMsg err) {
        int code = -err.error();
        Sys.setErrno(code);
        return new ErrnoException(RtMsg.typeName(type), code);
    }

    /** How many times a dump is repeated when the kernel says its tables changed during it. */
    private static final int DUMP_TRIES = 5;

    /** {@link #recv}, restarted when a signal handler interrupted it (EINTR), as the book restarts slow calls. */
    private List<RtMsg> recvRestarting() {
        for (;;) {
            try {
                return recv();
            } catch (ErrnoException e) {
                if (!e.is(io.unp.abi.Errno.EINTR)) {
                    throw e;
                }
            }
        }
    }

    /**
     * A dump request ({@code NLM_F_DUMP}) of {@code type} (RTM_GETLINK, RTM_GETADDR,
     * RTM_GETROUTE) with family header {@code header}: every message of the answer, in the
     * kernel's order, up to its NLMSG_DONE. A dump the kernel marks NLM_F_DUMP_INTR (its tables
     * changed while it was being read) is asked for again, up to five times in all.
     *
     * @throws ErrnoException for an NLMSG_ERROR answer, or a failed send or receive
     */
    public List<RtMsg> dump(int type, byte[] header) {
        List<RtMsg> out = null;
        for (int tries = 0; tries < DUMP_TRIES; tries++) {
            boolean[] interrupted = new boolean[1];
            out = dumpOnce(type, header, interrupted);
            if (!interrupted[0]) {
                break;
            }
        }
        return out;
    }

    private List<RtMsg> dumpOnce(int type, byte[] header, boolean[] interrupted) {
        int s = nextSeq();
        send(RtMsg.request(type, NLM_F_DUMP, s, 0, header));
        List<RtMsg> out = new ArrayList<>();
        for (;;) {
            for (RtMsg m : recvRestarting()) {
                if (!mine(m, s)) {
                    continue;
                }
                if ((m.nlmsgFlags() & NLM_F_DUMP_INTR) != 0) {
                    interrupted[0] = true;
                }
                switch (m.nlmsgType()) {
                    case NLMSG_DONE:
                        return out;
                    case NLMSG_ERROR:
                        if (m.error() != 0) {
                            throw failure(type, m);
                        }
                        break;
                    case NLMSG_NOOP:
                        break;
                    default:
                        out.add(m);
                }
            }
        }
    }

    /**
     * A request for one answer (RTM_GETROUTE for a destination, RTM_GETLINK for an index): the
     * first message that answers it.
     *
     * @throws ErrnoException for an NLMSG_ERROR answer (ENETUNREACH: no route; ENODEV: no such
     *     interface), or a failed send or receive
     */
    public RtMsg query(int type, byte[] header, byte[]... attrs) {
        int s = nextSeq();
        send(RtMsg.request(type, 0, s, 0, header, attrs));
        for (;;) {
            for (RtMsg m : recvRestarting()) {
                if (!mine(m, s)) {
                    continue;
                }
                if (m.nlmsgType() == NLMSG_ERROR) {
                    if (m.error() != 0) {
                        throw failure(type, m);
                    }
                    continue;
                }
                return m;
            }
        }
    }

    /** Closes the socket. */
    @Override
    public void close() {
        Sys.close(fd);
    }
}
