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
    // syslog(3) levels (syslog.h), lowest value most urgent
    public static final int LOG_EMERG = 0;
    public static final int LOG_ALERT = 1;
    public static final int LOG_CRIT = 2;
    public static final int LOG_ERR = 3;
    public static final int LOG_WARNING = 4;
    public static final int LOG_NOTICE = 5;
    public static final int LOG_INFO = 6;
    public static final int LOG_DEBUG = 7;
    // syslog(3) facilities (syslog.h): the level's value shifted left by 3
    public static final int LOG_KERN = 0;
    public static final int LOG_USER = 8;
    public static final int LOG_MAIL = 16;
    public static final int LOG_DAEMON = 24;
    public static final int LOG_AUTH = 32;
    public static final int LOG_SYSLOG = 40;
    public static final int LOG_LPR = 48;
    public static final int LOG_NEWS = 56;
    public static final int LOG_UUCP = 64;
    public static final int LOG_CRON = 72;
    public static final int LOG_AUTHPRIV = 80;
    public static final int LOG_FTP = 88;
    public static final int LOG_LOCAL0 = 128;
    public static final int LOG_LOCAL1 = 136;
    public static final int LOG_LOCAL2 = 144;
    public static final int LOG_LOCAL3 = 152;
    public static final int LOG_LOCAL4 = 160;
    public static final int LOG_LOCAL5 = 168;
    public static final int LOG_LOCAL6 = 176;
    public static final int LOG_LOCAL7 = 184;
    // openlog(3) options (syslog.h)
    public static final int LOG_PID = 0x01;
    public static final int LOG_CONS = 0x02;
    public static final int LOG_ODELAY = 0x04;
    public static final int LOG_NDELAY = 0x08;
    public static final int LOG_NOWAIT = 0x10;
    public static final int LOG_PERROR = 0x20;
    // posix_spawnattr_setflags(3) (spawn.h, a GNU extension): the child calls setsid() before exec
    public static final int POSIX_SPAWN_SETSID = 0x80;
    // (end of chapter 12)

    // ---- chapter 13: advanced I/O: recv/send flags, readv/writev, recvmsg/sendmsg (issue 8)
    // (end of chapter 13)

    // ---- chapter 14: Unix domain sockets, descriptor passing, credentials (issue 8)
    // The msghdr core (recvmsg/sendmsg, control messages, readv/writev) lives here too: chapter
    // 13's recvfrom_flags and chapter 22's IP_PKTINFO use it.

    // recvmsg(2) msg_flags and send/recv flags (sys/socket.h)
    public static final int MSG_CTRUNC = 0x8;
    public static final int MSG_TRUNC = 0x20;
    public static final int MSG_EOR = 0x80;
    public static final int MSG_CMSG_CLOEXEC = 0x40000000;

    // control message types at level SOL_SOCKET (sys/socket.h)
    public static final int SCM_RIGHTS = 1;
    public static final int SCM_CREDENTIALS = 2;

    // Unix-domain socket options, level SOL_SOCKET (Linux's answer to the book's LOCAL_CREDS)
    public static final int SO_PASSCRED = 16;
    public static final int SO_PEERCRED = 17;
    public static final int SO_PROTOCOL = 38;
    public static final int SO_DOMAIN = 39;

    // open(2) flags (fcntl.h); the same on x86_64 and aarch64
    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_ACCMODE = 3;
    public static final int O_CREAT = 0x40;
    public static final int O_EXCL = 0x80;
    public static final int O_TRUNC = 0x200;
    public static final int O_APPEND = 0x400;
    public static final int O_CLOEXEC = 0x80000;
    // (end of chapter 14)

    // ---- chapter 15: nonblocking I/O (issue 9)
    // (end of chapter 15)

    // ---- chapter 16: ioctl (issue 9)
    // socket ioctl requests (bits/ioctls.h, asm-generic/ioctls.h, asm/sockios.h); the same
    // numbers on x86_64 and aarch64
    public static final int FIONREAD = 0x541B;
    public static final int FIONBIO = 0x5421;
    public static final int SIOCATMARK = 0x8905;
    public static final int SIOCGIFCONF = 0x8912;
    public static final int SIOCGIFFLAGS = 0x8913;
    public static final int SIOCGIFADDR = 0x8915;
    public static final int SIOCGIFDSTADDR = 0x8917;
    public static final int SIOCGIFBRDADDR = 0x8919;
    public static final int SIOCGIFNETMASK = 0x891b;
    public static final int SIOCGIFMTU = 0x8921;
    public static final int SIOCGIFHWADDR = 0x8927;
    public static final int SIOCGIFINDEX = 0x8933;
    public static final int SIOCGARP = 0x8954;

    // interface flags (net/if.h), the low 16 bits the ifreq carries
    public static final int IFF_UP = 0x1;
    public static final int IFF_BROADCAST = 0x2;
    public static final int IFF_DEBUG = 0x4;
    public static final int IFF_LOOPBACK = 0x8;
    public static final int IFF_POINTOPOINT = 0x10;
    public static final int IFF_RUNNING = 0x40;
    public static final int IFF_NOARP = 0x80;
    public static final int IFF_PROMISC = 0x100;
    public static final int IFF_MULTICAST = 0x1000;
    /** Size of an interface name with its NUL (net/if.h). */
    public static final int IFNAMSIZ = 16;

    // hardware types of SIOCGIFHWADDR's sa_family and ifinfomsg's ifi_type (net/if_arp.h)
    public static final int ARPHRD_ETHER = 1;
    public static final int ARPHRD_IEEE802 = 6;
    public static final int ARPHRD_LOOPBACK = 772;
    public static final int ARPHRD_NONE = 0xfffe;

    // arpreq flags (net/if_arp.h)
    public static final int ATF_COM = 0x02;
    public static final int ATF_PERM = 0x04;
    public static final int ATF_PUBL = 0x08;
    // (end of chapter 16)

    // ---- chapter 17: routing sockets: rtnetlink (issue 9)
    // netlink (linux/netlink.h)
    public static final int NETLINK_ROUTE = 0;
    public static final int SOL_NETLINK = 270;
    public static final int NETLINK_ADD_MEMBERSHIP = 1;
    public static final int NETLINK_DROP_MEMBERSHIP = 2;
    public static final int NLMSG_NOOP = 1;
    public static final int NLMSG_ERROR = 2;
    public static final int NLMSG_DONE = 3;
    public static final int NLMSG_ALIGNTO = 4;
    public static final int NLM_F_REQUEST = 0x1;
    public static final int NLM_F_MULTI = 0x2;
    public static final int NLM_F_ACK = 0x4;
    public static final int NLM_F_ROOT = 0x100;
    public static final int NLM_F_MATCH = 0x200;
    public static final int NLM_F_DUMP = 0x300;
    /** Set on the messages of a dump that the kernel's tables changed under: the dump may be inconsistent. */
    public static final int NLM_F_DUMP_INTR = 0x10;

    // rtnetlink message types (linux/rtnetlink.h)
    public static final int RTM_NEWLINK = 16;
    public static final int RTM_DELLINK = 17;
    public static final int RTM_GETLINK = 18;
    public static final int RTM_NEWADDR = 20;
    public static final int RTM_DELADDR = 21;
    public static final int RTM_GETADDR = 22;
    public static final int RTM_NEWROUTE = 24;
    public static final int RTM_DELROUTE = 25;
    public static final int RTM_GETROUTE = 26;
    public static final int RTM_NEWNEIGH = 28;
    public static final int RTM_DELNEIGH = 29;
    public static final int RTM_GETNEIGH = 30;
    public static final int RTA_ALIGNTO = 4;

    // attributes of RTM_NEWLINK (linux/if_link.h)
    public static final int IFLA_ADDRESS = 1;
    public static final int IFLA_BROADCAST = 2;
    public static final int IFLA_IFNAME = 3;
    public static final int IFLA_MTU = 4;

    // attributes of RTM_NEWADDR (linux/if_addr.h)
    public static final int IFA_ADDRESS = 1;
    public static final int IFA_LOCAL = 2;
    public static final int IFA_LABEL = 3;
    public static final int IFA_BROADCAST = 4;
    public static final int IFA_F_SECONDARY = 0x01;

    // attributes, tables, types and flags of RTM_NEWROUTE (linux/rtnetlink.h)
    public static final int RTA_DST = 1;
    public static final int RTA_SRC = 2;
    public static final int RTA_IIF = 3;
    public static final int RTA_OIF = 4;
    public static final int RTA_GATEWAY = 5;
    public static final int RTA_PRIORITY = 6;
    public static final int RTA_PREFSRC = 7;
    public static final int RTA_TABLE = 15;
    public static final int RT_TABLE_UNSPEC = 0;
    public static final int RT_TABLE_MAIN = 254;
    public static final int RT_TABLE_LOCAL = 255;
    public static final int RTN_UNICAST = 1;
    public static final int RTN_LOCAL = 2;
    public static final int RTN_BROADCAST = 3;
    public static final int RTN_UNREACHABLE = 7;
    public static final int RTM_F_CLONED = 0x200;
    public static final int RTM_F_FIB_MATCH = 0x2000;

    // multicast groups: the bit masks of sockaddr_nl's nl_groups and the group numbers of
    // NETLINK_ADD_MEMBERSHIP (linux/rtnetlink.h)
    public static final int RTMGRP_LINK = 0x1;
    public static final int RTMGRP_IPV4_IFADDR = 0x10;
    public static final int RTMGRP_IPV4_ROUTE = 0x40;
    public static final int RTMGRP_IPV6_IFADDR = 0x100;
    public static final int RTMGRP_IPV6_ROUTE = 0x400;
    public static final int RTNLGRP_LINK = 1;
    public static final int RTNLGRP_IPV4_IFADDR = 5;
    public static final int RTNLGRP_IPV4_ROUTE = 7;
    public static final int RTNLGRP_IPV6_IFADDR = 9;
    public static final int RTNLGRP_IPV6_ROUTE = 11;

    /** A socket option that turns off the UDP checksum of the socket's IPv4 datagrams (asm/socket.h). */
    public static final int SO_NO_CHECK = 11;
    // (end of chapter 17)

    // ---- chapter 18-20: broadcast, multicast, advanced UDP (issue 10)
    // (end of chapter 18-20)

    // ---- chapter 21-22: out-of-band data, signal-driven I/O (issue 11)
    public static final int F_SETSIG = 10; // fcntl.h (_GNU_SOURCE): the signal sent instead of SIGIO
    public static final int F_GETSIG = 11;
    // (end of chapter 21-22)

    // ---- chapter 23: threads (issue 11)
    // (O_RDONLY: chapter 14's, shared)
    // (end of chapter 23)

    // ---- chapter 24-26: IP options, raw sockets, datalink (issue 12)

    // IPv4 options (netinet/ip.h): the option codes of a source route and the IP version
    public static final int IPOPT_EOL = 0;
    public static final int IPOPT_NOP = 1;
    public static final int IPOPT_LSRR = 131;
    public static final int IPOPT_SSRR = 137;
    public static final int IPVERSION = 4;

    // ICMPv4 message types and codes (netinet/ip_icmp.h)
    public static final int ICMP_ECHOREPLY = 0;
    public static final int ICMP_UNREACH = 3;
    public static final int ICMP_SOURCEQUENCH = 4;
    public static final int ICMP_ECHO = 8;
    public static final int ICMP_TIMXCEED = 11;
    public static final int ICMP_UNREACH_NET = 0;
    public static final int ICMP_UNREACH_HOST = 1;
    public static final int ICMP_UNREACH_PORT = 3;
    public static final int ICMP_UNREACH_NEEDFRAG = 4;
    public static final int ICMP_TIMXCEED_INTRANS = 0;
    public static final int ICMP_MINLEN = 8;

    // ICMPv6 message types and codes (netinet/icmp6.h)
    public static final int ICMP6_DST_UNREACH = 1;
    public static final int ICMP6_PACKET_TOO_BIG = 2;
    public static final int ICMP6_TIME_EXCEEDED = 3;
    public static final int ICMP6_ECHO_REQUEST = 128;
    public static final int ICMP6_ECHO_REPLY = 129;
    public static final int ND_ROUTER_ADVERT = 134;
    public static final int ICMP6_DST_UNREACH_NOROUTE = 0;
    public static final int ICMP6_DST_UNREACH_ADMIN = 1;
    /** RFC 2463 named code 2 ICMP6_DST_UNREACH_NOTNEIGHBOR ("not a neighbor"), which glibc no longer defines. */
    public static final int ICMP6_DST_UNREACH_BEYONDSCOPE = 2;
    public static final int ICMP6_DST_UNREACH_ADDR = 3;
    public static final int ICMP6_DST_UNREACH_NOPORT = 4;
    public static final int ICMP6_TIME_EXCEED_TRANSIT = 0;

    // IPv6 routing header (netinet/in.h): type 0 and the RFC 2292 loose/strict flags
    public static final int IPV6_RTHDR_LOOSE = 0;
    public static final int IPV6_RTHDR_STRICT = 1;
    public static final int IPV6_RTHDR_TYPE_0 = 0;

    // link layer (net/ethernet.h, linux/if_ether.h): Ethernet types, AF_PACKET's protocols
    public static final int ETHERTYPE_IP = 0x0800;
    public static final int ETHERTYPE_IPV6 = 0x86dd;
    public static final int ETH_P_ALL = 0x0003;
    public static final int ETH_P_IP = 0x0800;
    public static final int ETH_HLEN = 14;
    // (end of chapter 24-26)

    // ---- chapter 27: shared memory, record locks (issue 13)
    // mmap(2) protections and flags (sys/mman.h); the same on x86_64 and aarch64
    public static final int PROT_READ = 0x1;
    public static final int PROT_WRITE = 0x2;
    public static final int MAP_SHARED = 0x01;
    public static final int MAP_PRIVATE = 0x02;
    public static final int MAP_ANONYMOUS = 0x20;
    /** BSD's name for {@link #MAP_ANONYMOUS}, the one the book's {@code meter} tests for. */
    public static final int MAP_ANON = MAP_ANONYMOUS;
    // fcntl(2) record locks (fcntl.h): commands, then struct flock's l_type values
    public static final int F_GETLK = 5;
    public static final int F_SETLK = 6;
    public static final int F_SETLKW = 7;
    public static final int F_RDLCK = 0;
    public static final int F_WRLCK = 1;
    public static final int F_UNLCK = 2;
    // lseek(2) and struct flock's l_whence (unistd.h)
    public static final int SEEK_SET = 0;
    public static final int SEEK_CUR = 1;
    public static final int SEEK_END = 2;
    // getrusage(2) (sys/resource.h): whose usage
    public static final int RUSAGE_SELF = 0;
    public static final int RUSAGE_CHILDREN = -1;
    public static final int RUSAGE_THREAD = 1;
    // pthread_mutexattr_setpshared(3) (pthread.h)
    public static final int PTHREAD_PROCESS_PRIVATE = 0;
    public static final int PTHREAD_PROCESS_SHARED = 1;
    // permission bits of a new file (sys/stat.h), for unp.h's FILE_MODE
    public static final int S_IRUSR = 0400;
    public static final int S_IWUSR = 0200;
    public static final int S_IRGRP = 040;
    public static final int S_IROTH = 04;
    // (end of chapter 27)
}
