package io.unp.abi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kernel and libc constants the book's programs name, with their Linux values.
 *
 * <p>Programs import them statically, as C includes {@code <sys/socket.h>}. Almost all of them
 * are the same on x86_64 and aarch64; the few that are not are declared with
 * {@link #perArch}, which records both values (see {@link #perArchValues()}) and keeps the one
 * for {@link Arch#CURRENT}.
 */
public final class Constants {
    private Constants() {}

    private static final Map<String, int[]> PER_ARCH = new LinkedHashMap<>();

    /** Declares a constant whose value differs by architecture; returns the current one. */
    private static int perArch(String name, int x86_64, int aarch64) {
        PER_ARCH.put(name, new int[] {x86_64, aarch64});
        return Arch.CURRENT.pick(x86_64, aarch64);
    }

    /**
     * The constants whose value depends on the architecture: name to {x86_64 value, aarch64
     * value}. Every other constant here has the same value on both.
     */
    public static Map<String, int[]> perArchValues() {
        return Collections.unmodifiableMap(PER_ARCH);
    }

    // address families (sys/socket.h)
    public static final int AF_UNSPEC = 0;
    public static final int AF_UNIX = 1;
    public static final int AF_LOCAL = AF_UNIX;
    public static final int AF_INET = 2;
    public static final int AF_INET6 = 10;
    public static final int AF_NETLINK = 16;
    public static final int AF_PACKET = 17;
    public static final int PF_UNSPEC = AF_UNSPEC;
    public static final int PF_UNIX = AF_UNIX;
    public static final int PF_LOCAL = AF_LOCAL;
    public static final int PF_INET = AF_INET;
    public static final int PF_INET6 = AF_INET6;

    // socket types
    public static final int SOCK_STREAM = 1;
    public static final int SOCK_DGRAM = 2;
    public static final int SOCK_RAW = 3;
    public static final int SOCK_RDM = 4;
    public static final int SOCK_SEQPACKET = 5;
    public static final int SOCK_NONBLOCK = 0x800;
    public static final int SOCK_CLOEXEC = 0x80000;

    // protocols (netinet/in.h)
    public static final int IPPROTO_IP = 0;
    public static final int IPPROTO_ICMP = 1;
    public static final int IPPROTO_TCP = 6;
    public static final int IPPROTO_UDP = 17;
    public static final int IPPROTO_IPV6 = 41;
    public static final int IPPROTO_ICMPV6 = 58;
    public static final int IPPROTO_RAW = 255;

    // socket option levels and generic options
    public static final int SOL_SOCKET = 1;
    public static final int SO_DEBUG = 1;
    public static final int SO_REUSEADDR = 2;
    public static final int SO_TYPE = 3;
    public static final int SO_ERROR = 4;
    public static final int SO_DONTROUTE = 5;
    public static final int SO_BROADCAST = 6;
    public static final int SO_SNDBUF = 7;
    public static final int SO_RCVBUF = 8;
    public static final int SO_KEEPALIVE = 9;
    public static final int SO_OOBINLINE = 10;
    public static final int SO_LINGER = 13;
    public static final int SO_REUSEPORT = 15;
    public static final int SO_RCVLOWAT = 18;
    public static final int SO_SNDLOWAT = 19;
    public static final int SO_RCVTIMEO = 20;
    public static final int SO_SNDTIMEO = 21;
    public static final int SO_ACCEPTCONN = 30;

    // TCP options (netinet/tcp.h)
    public static final int TCP_NODELAY = 1;
    public static final int TCP_MAXSEG = 2;
    public static final int TCP_KEEPIDLE = 4;

    // shutdown(2)
    public static final int SHUT_RD = 0;
    public static final int SHUT_WR = 1;
    public static final int SHUT_RDWR = 2;

    // send/recv flags
    public static final int MSG_OOB = 0x1;
    public static final int MSG_PEEK = 0x2;
    public static final int MSG_DONTROUTE = 0x4;
    public static final int MSG_DONTWAIT = 0x40;
    public static final int MSG_WAITALL = 0x100;
    public static final int MSG_NOSIGNAL = 0x4000;

    // IPv4 addresses, host byte order
    public static final int INADDR_ANY = 0x00000000;
    public static final int INADDR_LOOPBACK = 0x7f000001;
    public static final int INADDR_BROADCAST = 0xffffffff;
    public static final int INADDR_NONE = 0xffffffff;
    public static final int INET_ADDRSTRLEN = 16;
    public static final int INET6_ADDRSTRLEN = 46;

    // fcntl(2)
    public static final int F_DUPFD = 0;
    public static final int F_GETFD = 1;
    public static final int F_SETFD = 2;
    public static final int F_GETFL = 3;
    public static final int F_SETFL = 4;
    public static final int F_SETOWN = 8;
    public static final int F_GETOWN = 9;
    public static final int FD_CLOEXEC = 1;
    public static final int O_NONBLOCK = 0x800;
    public static final int O_ASYNC = 0x2000;

    // signals (signal.h)
    public static final int SIGHUP = 1;
    public static final int SIGINT = 2;
    public static final int SIGQUIT = 3;
    public static final int SIGABRT = 6;
    public static final int SIGKILL = 9;
    public static final int SIGUSR1 = 10;
    public static final int SIGUSR2 = 12;
    public static final int SIGPIPE = 13;
    public static final int SIGALRM = 14;
    public static final int SIGTERM = 15;
    public static final int SIGCHLD = 17;
    public static final int SIGCONT = 18;
    public static final int SIGSTOP = 19;
    public static final int SIGTSTP = 20;
    public static final int SIGURG = 23;
    public static final int SIGWINCH = 28;
    public static final int SIGIO = 29;

    /** glibc's SIGRTMIN (32 and 33 belong to its thread library). */
    public static final int SIGRTMIN_GLIBC = 34;

    // waitpid(2)
    public static final int WNOHANG = 1;

    // setitimer(2)
    public static final int ITIMER_REAL = 0;

    // file types (sys/stat.h)
    public static final int S_IFMT = 0xf000;
    public static final int S_IFSOCK = 0xc000;
    public static final int S_IFREG = 0x8000;
    public static final int S_IFIFO = 0x1000;

    // standard descriptors
    public static final int STDIN_FILENO = 0;
    public static final int STDOUT_FILENO = 1;
    public static final int STDERR_FILENO = 2;

    // ---- typed socket options (chapter 7)
    // The typed view of these options is io.unp.net.SockOpt and its level classes (SolSocket,
    // IpProto, Ipv6Proto, Icmp6Proto, TcpProto). Options the book names that Linux lacks
    // (SO_USELOOPBACK, IP_RECVDSTADDR, IP_RECVIF, TCP_MAXRT, TCP_STDURG, TCP_KEEPALIVE) are not
    // defined here, as C's headers do not define them.

    // IPv4 options (netinet/in.h); IP_PKTINFO is Linux's IP_RECVDSTADDR and IP_RECVIF in one
    public static final int IP_TOS = 1;
    public static final int IP_TTL = 2;
    public static final int IP_HDRINCL = 3;
    public static final int IP_OPTIONS = 4;
    public static final int IP_RECVOPTS = 6;
    public static final int IP_PKTINFO = 8;
    public static final int IP_MULTICAST_IF = 32;
    public static final int IP_MULTICAST_TTL = 33;
    public static final int IP_MULTICAST_LOOP = 34;
    public static final int IP_ADD_MEMBERSHIP = 35;
    public static final int IP_DROP_MEMBERSHIP = 36;

    // IPv6 options (netinet/in.h): RFC 3542 numbers, with the RFC 2292 ones of the book as
    // IPV6_2292*; IPV6_RECV* turn on the ancillary data that the book's flags turned on
    public static final int IPV6_ADDRFORM = 1;
    public static final int IPV6_2292PKTINFO = 2;
    public static final int IPV6_2292HOPOPTS = 3;
    public static final int IPV6_2292DSTOPTS = 4;
    public static final int IPV6_2292RTHDR = 5;
    public static final int IPV6_2292PKTOPTIONS = 6;
    public static final int IPV6_CHECKSUM = 7;
    public static final int IPV6_2292HOPLIMIT = 8;
    public static final int IPV6_NEXTHOP = 9;
    public static final int IPV6_UNICAST_HOPS = 16;
    public static final int IPV6_MULTICAST_IF = 17;
    public static final int IPV6_MULTICAST_HOPS = 18;
    public static final int IPV6_MULTICAST_LOOP = 19;
    public static final int IPV6_JOIN_GROUP = 20;
    public static final int IPV6_ADD_MEMBERSHIP = IPV6_JOIN_GROUP;
    public static final int IPV6_LEAVE_GROUP = 21;
    public static final int IPV6_DROP_MEMBERSHIP = IPV6_LEAVE_GROUP;
    public static final int IPV6_V6ONLY = 26;
    public static final int IPV6_RECVPKTINFO = 49;
    public static final int IPV6_PKTINFO = 50;
    public static final int IPV6_RECVHOPLIMIT = 51;
    public static final int IPV6_HOPLIMIT = 52;
    public static final int IPV6_RECVHOPOPTS = 53;
    public static final int IPV6_HOPOPTS = 54;
    public static final int IPV6_RECVRTHDR = 56;
    public static final int IPV6_RTHDR = 57;
    public static final int IPV6_RECVDSTOPTS = 58;
    public static final int IPV6_DSTOPTS = 59;

    // ICMPv6 (netinet/icmp6.h), level IPPROTO_ICMPV6
    public static final int ICMP6_FILTER = 1;

    // more TCP options (netinet/tcp.h); TCP_KEEPIDLE is the book's TCP_KEEPALIVE
    public static final int TCP_KEEPINTVL = 5;
    public static final int TCP_KEEPCNT = 6;
    public static final int TCP_USER_TIMEOUT = 18;

    // ---- select and poll (chapter 6)

    /** glibc's {@code FD_SETSIZE}: an {@code fd_set} holds descriptors 0 to 1023. */
    public static final int FD_SETSIZE = 1024;

    // sigaction(2) flags and the number of signals (signal.h)
    public static final int SA_RESTART = 0x10000000;
    /** One more than the highest signal number ({@code _NSIG}): signals are 1 to 64. */
    public static final int NSIG = 65;

    // poll(2) events (poll.h)
    public static final int POLLIN = 0x001;
    public static final int POLLPRI = 0x002;
    public static final int POLLOUT = 0x004;
    public static final int POLLERR = 0x008;
    public static final int POLLHUP = 0x010;
    public static final int POLLNVAL = 0x020;
    public static final int POLLRDNORM = 0x040;
    public static final int POLLRDBAND = 0x080;
    public static final int POLLWRNORM = 0x100;
    public static final int POLLWRBAND = 0x200;
    public static final int POLLRDHUP = 0x2000;

    /** The book's {@code INFTIM} (unp.h): a poll timeout of forever. */
    public static final int INFTIM = -1;

    // sigprocmask(2)
    public static final int SIG_BLOCK = 0;
    public static final int SIG_UNBLOCK = 1;
    public static final int SIG_SETMASK = 2;

    // getrlimit(2)
    public static final int RLIMIT_NOFILE = 7;
    public static final long RLIM_INFINITY = -1L;

    // ---- names and addresses (chapters 9-11)

    // getaddrinfo(3) flags (netdb.h, glibc values)
    public static final int AI_PASSIVE = 0x0001;
    public static final int AI_CANONNAME = 0x0002;
    public static final int AI_NUMERICHOST = 0x0004;
    public static final int AI_V4MAPPED = 0x0008;
    public static final int AI_ALL = 0x0010;
    public static final int AI_ADDRCONFIG = 0x0020;
    public static final int AI_NUMERICSERV = 0x0400;

    // getnameinfo(3) flags and buffer sizes
    public static final int NI_NUMERICHOST = 1;
    public static final int NI_NUMERICSERV = 2;
    public static final int NI_NOFQDN = 4;
    public static final int NI_NAMEREQD = 8;
    public static final int NI_DGRAM = 16;
    /** Room for any host name {@code getnameinfo} returns, with its NUL. */
    public static final int NI_MAXHOST = 1025;
    /** Room for any service name {@code getnameinfo} returns, with its NUL. */
    public static final int NI_MAXSERV = 32;

    // getaddrinfo(3) and getnameinfo(3) errors: glibc's negative values
    public static final int EAI_BADFLAGS = -1;
    public static final int EAI_NONAME = -2;
    public static final int EAI_AGAIN = -3;
    public static final int EAI_FAIL = -4;
    /** glibc extension: the name has no address of the family asked for. */
    public static final int EAI_NODATA = -5;
    public static final int EAI_FAMILY = -6;
    public static final int EAI_SOCKTYPE = -7;
    public static final int EAI_SERVICE = -8;
    /** glibc extension: the name has no address in the requested family. */
    public static final int EAI_ADDRFAMILY = -9;
    public static final int EAI_MEMORY = -10;
    /** A system error: the cause is in errno. */
    public static final int EAI_SYSTEM = -11;
    public static final int EAI_OVERFLOW = -12;

    // h_errno values of gethostbyname(3) and gethostbyaddr(3)
    public static final int NETDB_INTERNAL = -1;
    public static final int NETDB_SUCCESS = 0;
    public static final int HOST_NOT_FOUND = 1;
    public static final int TRY_AGAIN = 2;
    public static final int NO_RECOVERY = 3;
    public static final int NO_DATA = 4;
    public static final int NO_ADDRESS = NO_DATA;

    // ---- chapter 12: daemons, syslog and inetd (issue 8)
    // (end of chapter 12)

    // ---- chapter 13: advanced I/O: recv/send flags, readv/writev, recvmsg/sendmsg (issue 8)
    // (end of chapter 13)

    // ---- chapter 14: Unix domain sockets, descriptor passing, credentials (issue 8)
    // (end of chapter 14)

    // ---- chapter 15: nonblocking I/O (issue 9)
    // (end of chapter 15)

    // ---- chapter 16: ioctl (issue 9)
    // (end of chapter 16)

    // ---- chapter 17: routing sockets: rtnetlink (issue 9)
    // (end of chapter 17)

    // ---- chapter 18-20: broadcast, multicast, advanced UDP (issue 10)
    // (end of chapter 18-20)

    // ---- chapter 21-22: out-of-band data, signal-driven I/O (issue 11)
    public static final int F_SETSIG = 10; // fcntl.h (_GNU_SOURCE): the signal sent instead of SIGIO
    public static final int F_GETSIG = 11;
    // (end of chapter 21-22)

    // ---- chapter 23: threads (issue 11)
    public static final int O_RDONLY = 0; // fcntl.h: open(2) for reading (threads/test04)
    // (end of chapter 23)

    // ---- chapter 24-26: IP options, raw sockets, datalink (issue 12)
    // (end of chapter 24-26)

    // ---- chapter 27: shared memory, record locks (issue 13)
    // (end of chapter 27)
}
