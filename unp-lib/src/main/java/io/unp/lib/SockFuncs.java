package io.unp.lib;

import io.unp.net.NetOrder;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.net.SockaddrStorage;
import io.unp.abi.Constants;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.Arrays;

/**
 * The book's protocol-independent address helpers ({@code lib/sock_*.c},
 * {@code lib/sockfd_to_family.c}, {@code lib/isfdtype.c}).
 *
 * <p>They return what the C returns: ports in network byte order, -1 on a family they do not
 * know, and a memcmp-style result for the comparisons (0 when equal). One exception:
 * the C {@code sock_cmp_port} returns the value of {@code ==}, 1 when the ports are equal,
 * which contradicts the book's description and its sibling {@code sock_cmp_addr}; here it
 * returns 0 when they are equal. No program in the book calls it. Where the C returns -1 after
 * a failed system call ({@code sockfd_to_family}, {@code isfdtype}), these throw
 * {@link ErrnoException}.
 */
public final class SockFuncs {
    private SockFuncs() {}

    /**
     * {@code sock_bind_wild}: binds {@code sockfd} to the wildcard address and an ephemeral
     * port of {@code family}.
     *
     * @return the port chosen, in network byte order
     * @throws ErrnoException if bind or getsockname fails
     */
    public static int sockBindWild(int sockfd, int family) {
        SockAddr sa;
        if (family == Constants.AF_INET) {
            sa = new SockaddrIn();
        } else if (family == Constants.AF_INET6) {
            sa = new SockaddrIn6();
        } else {
            return -1;
        }
        Sys.bind(sockfd, sa);
        Sys.getsockname(sockfd, sa);
        return sockGetPort(sa);
    }

    /** {@code Sock_bind_wild}: ends the program with "sock_bind_wild error" on failure. */
    public static int SockBindWild(int sockfd, int family) {
        int port;
        try {
            port = sockBindWild(sockfd, family);
        } catch (ErrnoException e) {
            throw Err.sys("sock_bind_wild error");
        }
        if (port < 0) {
            throw Err.quit("sock_bind_wild error: unsupported family %d", family);
        }
        return port;
    }

    /** {@code sock_cmp_addr}: 0 when both hold the same address (ports ignored), else non-zero. */
    public static int sockCmpAddr(SockAddr sa1, SockAddr sa2) {
        if (sa1.family() != sa2.family()) {
            return -1;
        }
        switch (sa1.family()) {
            case Constants.AF_INET:
                return Arrays.compareUnsigned(sa1.asIn().addressBytes(), sa2.asIn().addressBytes());
            case Constants.AF_INET6:
                return Arrays.compareUnsigned(sa1.asIn6().addressBytes(), sa2.asIn6().addressBytes());
            case Constants.AF_UNIX:
                return sa1.asUn().path().compareTo(sa2.asUn().path());
            default:
                return -1;
        }
    }

    /**
     * {@code sock_cmp_port}: 0 when both have the same port, 1 when not, -1 when the families
     * differ or have no port (the C returns 1 for equal ports; see the class comment).
     */
    public static int sockCmpPort(SockAddr sa1, SockAddr sa2) {
        if (sa1.family() != sa2.family()) {
            return -1;
        }
        int f = sa1.family();
        if (f != Constants.AF_INET && f != Constants.AF_INET6) {
            return -1;
        }
        return sa1.portHost() == sa2.portHost() ? 0 : 1;
    }

    /** {@code sock_get_port}: the port in network byte order, -1 for other families. */
    public static int sockGetPort(SockAddr sa) {
        int f = sa.family();
        if (f != Constants.AF_INET && f != Constants.AF_INET6) {
            return -1;
        }
        return NetOrder.htons(sa.portHost());
    }

    /** {@code sock_set_addr}: copies {@code addr} (4 or 16 bytes) into the address field. */
    public static void sockSetAddr(SockAddr sa, byte[] addr) {
        byte[] b = sa.bytes();
        switch (sa.family()) {
            case Constants.AF_INET:
                System.arraycopy(addr, 0, b, 4, 4);
                break;
            case Constants.AF_INET6:
                System.arraycopy(addr, 0, b, 8, 16);
                break;
            default:
                break;
        }
    }

    /** {@code sock_set_port}: sets the port from a network-byte-order value. */
    public static void sockSetPort(SockAddr sa, int networkOrderPort) {
        int f = sa.family();
        if (f == Constants.AF_INET || f == Constants.AF_INET6) {
            int host = NetOrder.ntohs(networkOrderPort);
            sa.bytes()[2] = (byte) (host >>> 8);
            sa.bytes()[3] = (byte) host;
        }
    }

    /** {@code sock_set_wild}: sets the address field to the wildcard address. */
    public static void sockSetWild(SockAddr sa) {
        sockSetAddr(sa, new byte[16]);
    }

    /**
     * {@code sockfd_to_family}: the address family of the socket {@code sockfd}.
     *
     * @throws ErrnoException if getsockname fails (not a socket: ENOTSOCK)
     */
    public static int sockfdToFamily(int sockfd) {
        SockaddrStorage ss = new SockaddrStorage();
        Sys.getsockname(sockfd, ss);
        return ss.family();
    }

    /** {@code Sockfd_to_family}: ends the program with "sockfd_to_family error" on failure. */
    public static int SockfdToFamily(int sockfd) {
        try {
            return sockfdToFamily(sockfd);
        } catch (ErrnoException e) {
            throw Err.sys("sockfd_to_family error");
        }
    }

    /**
     * {@code isfdtype}: 1 if {@code fd}'s file type is {@code fdtype} ({@code S_IFSOCK}, ...),
     * 0 if not.
     *
     * @throws ErrnoException if fstat fails
     */
    public static int isfdtype(int fd, int fdtype) {
        return (Sys.fstatMode(fd) & Constants.S_IFMT) == fdtype ? 1 : 0;
    }

    /** {@code Isfdtype}: ends the program with "isfdtype error" on failure. */
    public static int Isfdtype(int fd, int fdtype) {
        try {
            return isfdtype(fd, fdtype);
        } catch (ErrnoException e) {
            throw Err.sys("isfdtype error");
        }
    }
}
