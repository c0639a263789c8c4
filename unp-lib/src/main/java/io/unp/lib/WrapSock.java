package io.unp.lib;

import io.unp.net.SockAddr;
import io.unp.net.SockOpt;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * The book's socket wrappers ({@code lib/wrapsock.c}): each calls the {@link Sys} function of
 * the same name and ends the program with {@code "<call> error: <strerror>"} if it fails.
 */
public final class WrapSock {
    private WrapSock() {}

    /** {@code Socket}. */
    public static int Socket(int family, int type, int protocol) {
        try {
            return Sys.socket(family, type, protocol);
        } catch (ErrnoException e) {
            throw Err.sys("socket error");
        }
    }

    /** {@code Socketpair}. */
    public static void Socketpair(int family, int type, int protocol, int[] fd) {
        try {
            Sys.socketpair(family, type, protocol, fd);
        } catch (ErrnoException e) {
            throw Err.sys("socketpair error");
        }
    }

    /** {@code Bind}. */
    public static void Bind(int fd, SockAddr sa) {
        try {
            Sys.bind(fd, sa);
        } catch (ErrnoException e) {
            throw Err.sys("bind error");
        }
    }

    /**
     * {@code Listen}: as the book's, the environment variable LISTENQ, when set, overrides
     * {@code backlog}.
     */
    public static void Listen(int fd, int backlog) {
        String env = System.getenv("LISTENQ");
        if (env != null) {
            backlog = atoi(env);
        }
        try {
            Sys.listen(fd, backlog);
        } catch (ErrnoException e) {
            throw Err.sys("listen error");
        }
    }

    /** {@code Accept}: restarts after ECONNABORTED (and EPROTO), as the book's wrapper does. */
    public static int Accept(int fd, SockAddr sa) {
        while (true) {
            try {
                return Sys.accept(fd, sa);
            } catch (ErrnoException e) {
                if (e.is(io.unp.abi.Errno.ECONNABORTED) || e.is(io.unp.abi.Errno.EPROTO)) {
                    continue;
                }
                throw Err.sys("accept error");
            }
        }
    }

    /** {@code Connect}. */
    public static void Connect(int fd, SockAddr sa) {
        try {
            Sys.connect(fd, sa);
        } catch (ErrnoException e) {
            throw Err.sys("connect error");
        }
    }

    /** {@code Getsockname}. */
    public static void Getsockname(int fd, SockAddr sa) {
        try {
            Sys.getsockname(fd, sa);
        } catch (ErrnoException e) {
            throw Err.sys("getsockname error");
        }
    }

    /** {@code Getpeername}. */
    public static void Getpeername(int fd, SockAddr sa) {
        try {
            Sys.getpeername(fd, sa);
        } catch (ErrnoException e) {
            throw Err.sys("getpeername error");
        }
    }

    /** {@code Getsockopt}: returns the option's length. */
    public static int Getsockopt(int fd, int level, int optname, byte[] optval) {
        try {
            return Sys.getsockopt(fd, level, optname, optval);
        } catch (ErrnoException e) {
            throw Err.sys("getsockopt error");
        }
    }

    /** {@code Setsockopt}. */
    public static void Setsockopt(int fd, int level, int optname, byte[] optval, int optlen) {
        try {
            Sys.setsockopt(fd, level, optname, optval, optlen);
        } catch (ErrnoException e) {
            throw Err.sys("setsockopt error");
        }
    }

    /** {@code Setsockopt} for an {@code int} option. */
    public static void Setsockopt(int fd, int level, int optname, int value) {
        try {
            Sys.setsockopt(fd, level, optname, value);
        } catch (ErrnoException e) {
            throw Err.sys("setsockopt error");
        }
    }

    /** {@code Getsockopt} of a typed option ({@link io.unp.net.SockOpt}): returns its value. */
    public static <T> T Getsockopt(int fd, SockOpt<T> opt) {
        try {
            return Sys.getsockopt(fd, opt);
        } catch (ErrnoException e) {
            throw Err.sys("getsockopt error");
        }
    }

    /** {@code Setsockopt} of a typed option ({@link io.unp.net.SockOpt}). */
    public static <T> void Setsockopt(int fd, SockOpt<T> opt, T value) {
        try {
            Sys.setsockopt(fd, opt, value);
        } catch (ErrnoException e) {
            throw Err.sys("setsockopt error");
        }
    }

    /** {@code Shutdown}. */
    public static void Shutdown(int fd, int how) {
        try {
            Sys.shutdown(fd, how);
        } catch (ErrnoException e) {
            throw Err.sys("shutdown error");
        }
    }

    /** {@code Send}. */
    public static int Send(int fd, byte[] buf, int nbytes, int flags) {
        try {
            int n = Sys.send(fd, buf, 0, nbytes, flags);
            if (n != nbytes) {
                throw Err.sys("send error");
            }
            return n;
        } catch (ErrnoException e) {
            throw Err.sys("send error");
        }
    }

    /** {@code Recv}. */
    public static int Recv(int fd, byte[] buf, int nbytes, int flags) {
        try {
            return Sys.recv(fd, buf, 0, nbytes, flags);
        } catch (ErrnoException e) {
            throw Err.sys("recv error");
        }
    }

    /** C's {@code atoi}: leading blanks, an optional sign and digits; 0 if none. */
    public static int atoi(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        long v = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && v < Integer.MAX_VALUE) {
            v = v * 10 + (s.charAt(i++) - '0');
        }
        return (int) (neg ? -v : Math.min(v, Integer.MAX_VALUE));
    }

    // ---- select and poll (chapter 6)

    /** {@code Select}: {@link Sys#select}, ending the program with "select error" on failure. */
    public static int Select(int nfds, io.unp.abi.FdSet readfds, io.unp.abi.FdSet writefds,
            io.unp.abi.FdSet exceptfds, io.unp.abi.Timeval timeout) {
        try {
            return Sys.select(nfds, readfds, writefds, exceptfds, timeout);
        } catch (ErrnoException e) {
            throw Err.sys("select error");
        }
    }

    /** {@code Pselect}: {@link Sys#pselect}, ending the program with "pselect error" on failure. */
    public static int Pselect(int nfds, io.unp.abi.FdSet readfds, io.unp.abi.FdSet writefds,
            io.unp.abi.FdSet exceptfds, io.unp.abi.Timespec timeout, io.unp.abi.SigSet sigmask) {
        try {
            return Sys.pselect(nfds, readfds, writefds, exceptfds, timeout, sigmask);
        } catch (ErrnoException e) {
            throw Err.sys("pselect error");
        }
    }

    /** {@code Poll}: {@link Sys#poll}, ending the program with "poll error" on failure. */
    public static int Poll(io.unp.abi.PollFd[] fdarray, int nfds, int timeout) {
        try {
            return Sys.poll(fdarray, nfds, timeout);
        } catch (ErrnoException e) {
            throw Err.sys("poll error");
        }
    }

    // ---- UDP (chapter 8)

    /**
     * {@code Recvfrom}: {@link Sys#recvfrom} into {@code buf[0..nbytes)}; {@code sa} (or null)
     * gets the sender's address and length.
     */
    public static int Recvfrom(int fd, byte[] buf, int nbytes, int flags, SockAddr sa) {
        try {
            return Sys.recvfrom(fd, buf, 0, nbytes, flags, sa);
        } catch (ErrnoException e) {
            throw Err.sys("recvfrom error");
        }
    }

    /**
     * {@code Sendto}: {@link Sys#sendto} of {@code buf[0..nbytes)} to {@code sa} (null on a
     * connected socket); ends the program unless the whole datagram was sent.
     */
    public static void Sendto(int fd, byte[] buf, int nbytes, int flags, SockAddr sa) {
        try {
            if (Sys.sendto(fd, buf, 0, nbytes, flags, sa) != nbytes) {
                throw Err.sys("sendto error");
            }
        } catch (ErrnoException e) {
            throw Err.sys("sendto error");
        }
    }

    // ---- chapter 12 (issue 8)
    // (end of chapter 12)

    // ---- chapter 13 (issue 8)
    // (end of chapter 13)

    // ---- chapter 14 (issue 8)

    /** {@code Recvmsg}: {@link Sys#recvmsg}, ending the program with "recvmsg error" on failure. */
    public static int Recvmsg(int fd, io.unp.net.MsgHdr msg, int flags) {
        try {
            return Sys.recvmsg(fd, msg, flags);
        } catch (ErrnoException e) {
            throw Err.sys("recvmsg error");
        }
    }

    /**
     * {@code Sendmsg}: {@link Sys#sendmsg}, ending the program with "sendmsg error" on failure or
     * when not every byte of the segments was sent, as the book's wrapper checks.
     */
    public static void Sendmsg(int fd, io.unp.net.MsgHdr msg, int flags) {
        try {
            if (Sys.sendmsg(fd, msg, flags) != msg.iovTotal()) {
                throw Err.sys("sendmsg error");
            }
        } catch (ErrnoException e) {
            throw Err.sys("sendmsg error");
        }
    }
    // (end of chapter 14)

    // ---- chapter 15 (issue 9)

    /**
     * {@code accept} on a nonblocking listening socket (section 15.6, {@link AcceptNonb}): the
     * connected descriptor, or -1 when the client went away between select and accept
     * (EWOULDBLOCK, ECONNABORTED, EPROTO, EINTR); any other failure ends the program with
     * "accept error".
     */
    public static int AcceptNonb(int fd, SockAddr sa) {
        try {
            return AcceptNonb.acceptNonb(fd, sa);
        } catch (ErrnoException e) {
            throw Err.sys("accept error");
        }
    }
    // (end of chapter 15)

    // ---- chapter 16 (issue 9)
    // (end of chapter 16)

    // ---- chapter 17 (issue 9)
    // (end of chapter 17)

    // ---- chapter 18-20 (issue 10)

    /**
     * {@code Dg_send_recv}: {@link DgSendRecv#dgSendRecv}, ending the program with
     * "dg_send_recv error" (err_quit, no errno text) when it fails.
     */
    public static int DgSendRecv(int fd, byte[] outbuff, int outbytes, byte[] inbuff, int inbytes, SockAddr destaddr) {
        try {
            return io.unp.lib.DgSendRecv.dgSendRecv(fd, outbuff, outbytes, inbuff, inbytes, destaddr);
        } catch (ErrnoException e) {
            throw Err.quit("dg_send_recv error");
        }
    }

    /** {@code Mcast_join}: {@link Mcast#mcastJoin}, ending the program with "mcast_join error" on failure. */
    public static void McastJoin(int sockfd, SockAddr sa, String ifname, int ifindex) {
        try {
            Mcast.mcastJoin(sockfd, sa, ifname, ifindex);
        } catch (ErrnoException e) {
            throw Err.sys("mcast_join error");
        }
    }

    /** {@code Mcast_leave}: {@link Mcast#mcastLeave}, ending the program with "mcast_leave error" on failure. */
    public static void McastLeave(int sockfd, SockAddr sa) {
        try {
            Mcast.mcastLeave(sockfd, sa);
        } catch (ErrnoException e) {
            throw Err.sys("mcast_leave error");
        }
    }

    /** {@code Mcast_set_if}: {@link Mcast#mcastSetIf}, ending the program with "mcast_set_if error" on failure. */
    public static void McastSetIf(int sockfd, String ifname, int ifindex) {
        try {
            Mcast.mcastSetIf(sockfd, ifname, ifindex);
        } catch (ErrnoException e) {
            throw Err.sys("mcast_set_if error");
        }
    }

    /** {@code Mcast_get_if}: {@link Mcast#mcastGetIf}, ending the program with "mcast_get_if error" on failure. */
    public static int McastGetIf(int sockfd) {
        try {
            return Mcast.mcastGetIf(sockfd);
        } catch (ErrnoException e) {
            throw Err.sys("mcast_get_if error");
        }
    }

    /** {@code Mcast_set_loop}: {@link Mcast#mcastSetLoop}, ending the program with "mcast_set_loop error" on failure. */
    public static void McastSetLoop(int sockfd, int onoff) {
        try {
            Mcast.mcastSetLoop(sockfd, onoff);
        } catch (ErrnoException e) {
            throw Err.sys("mcast_set_loop error");
        }
    }

    /** {@code Mcast_get_loop}: {@link Mcast#mcastGetLoop}, ending the program with "mcast_get_loop error" on failure. */
    public static int McastGetLoop(int sockfd) {
        try {
            return Mcast.mcastGetLoop(sockfd);
        } catch (ErrnoException e) {
            throw Err.sys("mcast_get_loop error");
        }
    }

    /** {@code Mcast_set_ttl}: {@link Mcast#mcastSetTtl}, ending the program with "mcast_set_ttl error" on failure. */
    public static void McastSetTtl(int sockfd, int val) {
        try {
            Mcast.mcastSetTtl(sockfd, val);
        } catch (ErrnoException e) {
            throw Err.sys("mcast_set_ttl error");
        }
    }

    /** {@code Mcast_get_ttl}: {@link Mcast#mcastGetTtl}, ending the program with "mcast_get_ttl error" on failure. */
    public static int McastGetTtl(int sockfd) {
        try {
            return Mcast.mcastGetTtl(sockfd);
        } catch (ErrnoException e) {
            throw Err.sys("mcast_get_ttl error");
        }
    }
    // (end of chapter 18-20)

    // ---- chapter 21-22 (issue 11)

    /** {@code Sockatmark}: {@link Sockatmark#sockatmark}, ending the program with "sockatmark error" on failure. */
    public static boolean Sockatmark(int fd) {
        try {
            return Sockatmark.sockatmark(fd);
        } catch (ErrnoException e) {
            throw Err.sys("sockatmark error");
        }
    }
    // (end of chapter 21-22)

    // ---- chapter 23 (issue 11)
    // (end of chapter 23)

    // ---- chapter 24-26 (issue 12)
    // (end of chapter 24-26)

    // ---- chapter 27 (issue 13)
    // (end of chapter 27)
}
