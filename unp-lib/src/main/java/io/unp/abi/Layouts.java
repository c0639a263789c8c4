package io.unp.abi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Sizes and offsets of the C structures unp-lib lays out by hand, per architecture.
 *
 * <p>Each value is declared with the C expression that defines it ({@code sizeof(struct stat)},
 * {@code offsetof(struct stat, st_mode)}), the header that declares the structure, and its value
 * on x86_64 and on aarch64; the field holds the value for {@link Arch#CURRENT}. {@link #entries()}
 * lists them all, so a test can compile each expression against the real glibc and kernel
 * headers of both architectures and compare.
 */
public final class Layouts {
    private Layouts() {}

    /** One value: where it comes from and what it is on each architecture. */
    public record Entry(String header, String cExpression, int x86_64, int aarch64) {
        /** The value on {@code arch}. */
        public int on(Arch arch) {
            return arch.pick(x86_64, aarch64);
        }
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();

    private static int def(String header, String expression, int x86_64, int aarch64) {
        ENTRIES.add(new Entry(header, expression, x86_64, aarch64));
        return Arch.CURRENT.pick(x86_64, aarch64);
    }

    private static int def(String header, String expression, int both) {
        return def(header, expression, both, both);
    }

    // ---- sys/stat.h: fstat (differs: aarch64 uses the kernel's generic struct stat)
    public static final int STAT_SIZE = def("sys/stat.h", "sizeof(struct stat)", 144, 128);
    public static final int STAT_ST_MODE = def("sys/stat.h", "offsetof(struct stat, st_mode)", 24, 16);

    // ---- signal.h: glibc's struct sigaction and sigset_t
    public static final int SIGACTION_SIZE = def("signal.h", "sizeof(struct sigaction)", 152);
    public static final int SIGACTION_SA_HANDLER = def("signal.h", "offsetof(struct sigaction, sa_handler)", 0);
    public static final int SIGACTION_SA_MASK = def("signal.h", "offsetof(struct sigaction, sa_mask)", 8);
    public static final int SIGACTION_SA_FLAGS = def("signal.h", "offsetof(struct sigaction, sa_flags)", 136);
    public static final int SIGSET_SIZE = def("signal.h", "sizeof(sigset_t)", 128);

    // ---- poll.h, sys/select.h, sys/time.h, sys/resource.h
    public static final int POLLFD_SIZE = def("poll.h", "sizeof(struct pollfd)", 8);
    public static final int POLLFD_FD = def("poll.h", "offsetof(struct pollfd, fd)", 0);
    public static final int POLLFD_EVENTS = def("poll.h", "offsetof(struct pollfd, events)", 4);
    public static final int POLLFD_REVENTS = def("poll.h", "offsetof(struct pollfd, revents)", 6);
    public static final int FD_SET_SIZE = def("sys/select.h", "sizeof(fd_set)", 128);
    public static final int TIMEVAL_SIZE = def("sys/time.h", "sizeof(struct timeval)", 16);
    public static final int TIMEVAL_TV_USEC = def("sys/time.h", "offsetof(struct timeval, tv_usec)", 8);
    public static final int TIMESPEC_SIZE = def("time.h", "sizeof(struct timespec)", 16);
    public static final int TIMESPEC_TV_NSEC = def("time.h", "offsetof(struct timespec, tv_nsec)", 8);
    public static final int ITIMERVAL_SIZE = def("sys/time.h", "sizeof(struct itimerval)", 32);
    public static final int ITIMERVAL_IT_VALUE = def("sys/time.h", "offsetof(struct itimerval, it_value)", 16);
    public static final int RLIMIT_SIZE = def("sys/resource.h", "sizeof(struct rlimit)", 16);
    public static final int RLIMIT_RLIM_MAX = def("sys/resource.h", "offsetof(struct rlimit, rlim_max)", 8);

    // ---- sys/socket.h, netinet/in.h, sys/un.h
    public static final int SOCKADDR_STORAGE_SIZE = def("sys/socket.h", "sizeof(struct sockaddr_storage)", 128);
    public static final int SOCKADDR_IN_SIZE = def("netinet/in.h", "sizeof(struct sockaddr_in)", 16);
    public static final int SOCKADDR_IN6_SIZE = def("netinet/in.h", "sizeof(struct sockaddr_in6)", 28);
    public static final int SOCKADDR_UN_SIZE = def("sys/un.h", "sizeof(struct sockaddr_un)", 110);
    public static final int SOCKADDR_UN_SUN_PATH = def("sys/un.h", "offsetof(struct sockaddr_un, sun_path)", 2);
    public static final int LINGER_SIZE = def("sys/socket.h", "sizeof(struct linger)", 8);
    public static final int IP_MREQ_SIZE = def("netinet/in.h", "sizeof(struct ip_mreq)", 8);
    public static final int IPV6_MREQ_SIZE = def("netinet/in.h", "sizeof(struct ipv6_mreq)", 20);
    public static final int IN6_ADDR_SIZE = def("netinet/in.h", "sizeof(struct in6_addr)", 16);
    public static final int ICMP6_FILTER_SIZE = def("netinet/icmp6.h", "sizeof(struct icmp6_filter)", 32);

    // ---- netdb.h: the resolver's answers
    public static final int ADDRINFO_SIZE = def("netdb.h", "sizeof(struct addrinfo)", 48);
    public static final int ADDRINFO_AI_FLAGS = def("netdb.h", "offsetof(struct addrinfo, ai_flags)", 0);
    public static final int ADDRINFO_AI_FAMILY = def("netdb.h", "offsetof(struct addrinfo, ai_family)", 4);
    public static final int ADDRINFO_AI_SOCKTYPE = def("netdb.h", "offsetof(struct addrinfo, ai_socktype)", 8);
    public static final int ADDRINFO_AI_PROTOCOL = def("netdb.h", "offsetof(struct addrinfo, ai_protocol)", 12);
    public static final int ADDRINFO_AI_ADDRLEN = def("netdb.h", "offsetof(struct addrinfo, ai_addrlen)", 16);
    public static final int ADDRINFO_AI_ADDR = def("netdb.h", "offsetof(struct addrinfo, ai_addr)", 24);
    public static final int ADDRINFO_AI_CANONNAME = def("netdb.h", "offsetof(struct addrinfo, ai_canonname)", 32);
    public static final int ADDRINFO_AI_NEXT = def("netdb.h", "offsetof(struct addrinfo, ai_next)", 40);
    public static final int HOSTENT_SIZE = def("netdb.h", "sizeof(struct hostent)", 32);
    public static final int HOSTENT_H_NAME = def("netdb.h", "offsetof(struct hostent, h_name)", 0);
    public static final int HOSTENT_H_ALIASES = def("netdb.h", "offsetof(struct hostent, h_aliases)", 8);
    public static final int HOSTENT_H_ADDRTYPE = def("netdb.h", "offsetof(struct hostent, h_addrtype)", 16);
    public static final int HOSTENT_H_LENGTH = def("netdb.h", "offsetof(struct hostent, h_length)", 20);
    public static final int HOSTENT_H_ADDR_LIST = def("netdb.h", "offsetof(struct hostent, h_addr_list)", 24);
    public static final int SERVENT_SIZE = def("netdb.h", "sizeof(struct servent)", 32);
    public static final int SERVENT_S_NAME = def("netdb.h", "offsetof(struct servent, s_name)", 0);
    public static final int SERVENT_S_ALIASES = def("netdb.h", "offsetof(struct servent, s_aliases)", 8);
    public static final int SERVENT_S_PORT = def("netdb.h", "offsetof(struct servent, s_port)", 16);
    public static final int SERVENT_S_PROTO = def("netdb.h", "offsetof(struct servent, s_proto)", 24);
    public static final int NETENT_SIZE = def("netdb.h", "sizeof(struct netent)", 24);
    public static final int NETENT_N_NAME = def("netdb.h", "offsetof(struct netent, n_name)", 0);
    public static final int NETENT_N_ALIASES = def("netdb.h", "offsetof(struct netent, n_aliases)", 8);
    public static final int NETENT_N_ADDRTYPE = def("netdb.h", "offsetof(struct netent, n_addrtype)", 16);
    public static final int NETENT_N_NET = def("netdb.h", "offsetof(struct netent, n_net)", 20);

    // ---- sys/utsname.h, spawn.h
    public static final int UTSNAME_SIZE = def("sys/utsname.h", "sizeof(struct utsname)", 390);
    public static final int UTSNAME_FIELD = def("sys/utsname.h", "sizeof(((struct utsname *)0)->sysname)", 65);
    public static final int UTSNAME_NODENAME = def("sys/utsname.h", "offsetof(struct utsname, nodename)", 65);
    public static final int UTSNAME_MACHINE = def("sys/utsname.h", "offsetof(struct utsname, machine)", 260);
    public static final int SPAWN_FILE_ACTIONS_SIZE = def("spawn.h", "sizeof(posix_spawn_file_actions_t)", 80);

    // ---- pointers
    public static final int POINTER_SIZE = def("stddef.h", "sizeof(void *)", 8);

    // ---- chapter 12: daemons, syslog and inetd (issue 8)
    public static final int SPAWNATTR_SIZE = def("spawn.h", "sizeof(posix_spawnattr_t)", 336);
    // (end of chapter 12)

    // ---- chapter 13: advanced I/O: recv/send flags, readv/writev, recvmsg/sendmsg (issue 8)
    // struct in_pktinfo: the data of an IP_PKTINFO control message (recvfrom_flags, section 20.2)
    public static final int IN_PKTINFO_SIZE = def("netinet/in.h", "sizeof(struct in_pktinfo)", 12);
    public static final int IN_PKTINFO_IPI_IFINDEX = def("netinet/in.h", "offsetof(struct in_pktinfo, ipi_ifindex)", 0);
    public static final int IN_PKTINFO_IPI_SPEC_DST = def("netinet/in.h", "offsetof(struct in_pktinfo, ipi_spec_dst)", 4);
    public static final int IN_PKTINFO_IPI_ADDR = def("netinet/in.h", "offsetof(struct in_pktinfo, ipi_addr)", 8);
    // (end of chapter 13)

    // ---- chapter 14: Unix domain sockets, descriptor passing, credentials (issue 8)
    // The msghdr core: struct msghdr, struct iovec, struct cmsghdr and the CMSG_* macros of
    // glibc (used by chapter 13's recvfrom_flags too), and struct ucred (SCM_CREDENTIALS,
    // SO_PEERCRED). msg_iovlen, msg_controllen and cmsg_len are size_t in glibc (8 bytes).
    public static final int MSGHDR_SIZE = def("sys/socket.h", "sizeof(struct msghdr)", 56);
    public static final int MSGHDR_MSG_NAME = def("sys/socket.h", "offsetof(struct msghdr, msg_name)", 0);
    public static final int MSGHDR_MSG_NAMELEN = def("sys/socket.h", "offsetof(struct msghdr, msg_namelen)", 8);
    public static final int MSGHDR_MSG_IOV = def("sys/socket.h", "offsetof(struct msghdr, msg_iov)", 16);
    public static final int MSGHDR_MSG_IOVLEN = def("sys/socket.h", "offsetof(struct msghdr, msg_iovlen)", 24);
    public static final int MSGHDR_MSG_CONTROL = def("sys/socket.h", "offsetof(struct msghdr, msg_control)", 32);
    public static final int MSGHDR_MSG_CONTROLLEN = def("sys/socket.h", "offsetof(struct msghdr, msg_controllen)", 40);
    public static final int MSGHDR_MSG_FLAGS = def("sys/socket.h", "offsetof(struct msghdr, msg_flags)", 48);
    public static final int MSGHDR_SIZE_T_FIELD = def("sys/socket.h", "sizeof(((struct msghdr *)0)->msg_controllen)", 8);
    public static final int IOVEC_SIZE = def("sys/uio.h", "sizeof(struct iovec)", 16);
    public static final int IOVEC_IOV_LEN = def("sys/uio.h", "offsetof(struct iovec, iov_len)", 8);
    public static final int CMSGHDR_SIZE = def("sys/socket.h", "sizeof(struct cmsghdr)", 16);
    public static final int CMSGHDR_CMSG_LEN_SIZE = def("sys/socket.h", "sizeof(((struct cmsghdr *)0)->cmsg_len)", 8);
    public static final int CMSGHDR_CMSG_LEVEL = def("sys/socket.h", "offsetof(struct cmsghdr, cmsg_level)", 8);
    public static final int CMSGHDR_CMSG_TYPE = def("sys/socket.h", "offsetof(struct cmsghdr, cmsg_type)", 12);
    /** What {@code CMSG_ALIGN} rounds up to: the alignment of control messages. */
    public static final int CMSG_ALIGNMENT = def("sys/socket.h", "CMSG_ALIGN(1)", 8);
    /** Where a control message's data starts: {@code CMSG_DATA(cmsg) - (unsigned char *) cmsg}. */
    public static final int CMSG_DATA_OFFSET = def("sys/socket.h", "CMSG_LEN(0)", 16);
    public static final int CMSG_LEN_INT = def("sys/socket.h", "CMSG_LEN(sizeof(int))", 20);
    public static final int CMSG_SPACE_INT = def("sys/socket.h", "CMSG_SPACE(sizeof(int))", 24);
    public static final int CMSG_SPACE_UCRED = def("sys/socket.h", "CMSG_SPACE(sizeof(struct ucred))", 32);
    public static final int UCRED_SIZE = def("sys/socket.h", "sizeof(struct ucred)", 12);
    public static final int UCRED_UID = def("sys/socket.h", "offsetof(struct ucred, uid)", 4);
    public static final int UCRED_GID = def("sys/socket.h", "offsetof(struct ucred, gid)", 8);
    // (end of chapter 14)

    // ---- chapter 15: nonblocking I/O (issue 9)
    // (end of chapter 15)

    // ---- chapter 16: ioctl (issue 9)
    public static final int IFREQ_SIZE = def("net/if.h", "sizeof(struct ifreq)", 40);
    public static final int IFREQ_IFR_NAME = def("net/if.h", "offsetof(struct ifreq, ifr_name)", 0);
    public static final int IFREQ_IFR_ADDR = def("net/if.h", "offsetof(struct ifreq, ifr_addr)", 16);
    public static final int IFREQ_IFR_DSTADDR = def("net/if.h", "offsetof(struct ifreq, ifr_dstaddr)", 16);
    public static final int IFREQ_IFR_BROADADDR = def("net/if.h", "offsetof(struct ifreq, ifr_broadaddr)", 16);
    public static final int IFREQ_IFR_NETMASK = def("net/if.h", "offsetof(struct ifreq, ifr_netmask)", 16);
    public static final int IFREQ_IFR_HWADDR = def("net/if.h", "offsetof(struct ifreq, ifr_hwaddr)", 16);
    public static final int IFREQ_IFR_FLAGS = def("net/if.h", "offsetof(struct ifreq, ifr_flags)", 16);
    public static final int IFREQ_IFR_MTU = def("net/if.h", "offsetof(struct ifreq, ifr_mtu)", 16);
    public static final int IFREQ_IFR_IFINDEX = def("net/if.h", "offsetof(struct ifreq, ifr_ifindex)", 16);
    public static final int SOCKADDR_SIZE = def("sys/socket.h", "sizeof(struct sockaddr)", 16);
    public static final int SOCKADDR_SA_DATA = def("sys/socket.h", "offsetof(struct sockaddr, sa_data)", 2);
    public static final int IFCONF_SIZE = def("net/if.h", "sizeof(struct ifconf)", 16);
    public static final int IFCONF_IFC_LEN = def("net/if.h", "offsetof(struct ifconf, ifc_len)", 0);
    public static final int IFCONF_IFC_BUF = def("net/if.h", "offsetof(struct ifconf, ifc_buf)", 8);
    public static final int ARPREQ_SIZE = def("net/if_arp.h", "sizeof(struct arpreq)", 68);
    public static final int ARPREQ_ARP_PA = def("net/if_arp.h", "offsetof(struct arpreq, arp_pa)", 0);
    public static final int ARPREQ_ARP_HA = def("net/if_arp.h", "offsetof(struct arpreq, arp_ha)", 16);
    public static final int ARPREQ_ARP_FLAGS = def("net/if_arp.h", "offsetof(struct arpreq, arp_flags)", 32);
    public static final int ARPREQ_ARP_NETMASK = def("net/if_arp.h", "offsetof(struct arpreq, arp_netmask)", 36);
    public static final int ARPREQ_ARP_DEV = def("net/if_arp.h", "offsetof(struct arpreq, arp_dev)", 52);
    // (end of chapter 16)

    // ---- chapter 17: routing sockets: rtnetlink (issue 9)
    public static final int SOCKADDR_NL_SIZE = def("linux/netlink.h", "sizeof(struct sockaddr_nl)", 12);
    public static final int SOCKADDR_NL_NL_PID = def("linux/netlink.h", "offsetof(struct sockaddr_nl, nl_pid)", 4);
    public static final int SOCKADDR_NL_NL_GROUPS = def("linux/netlink.h", "offsetof(struct sockaddr_nl, nl_groups)", 8);
    public static final int NLMSGHDR_SIZE = def("linux/netlink.h", "sizeof(struct nlmsghdr)", 16);
    public static final int NLMSGHDR_NLMSG_TYPE = def("linux/netlink.h", "offsetof(struct nlmsghdr, nlmsg_type)", 4);
    public static final int NLMSGHDR_NLMSG_FLAGS = def("linux/netlink.h", "offsetof(struct nlmsghdr, nlmsg_flags)", 6);
    public static final int NLMSGHDR_NLMSG_SEQ = def("linux/netlink.h", "offsetof(struct nlmsghdr, nlmsg_seq)", 8);
    public static final int NLMSGHDR_NLMSG_PID = def("linux/netlink.h", "offsetof(struct nlmsghdr, nlmsg_pid)", 12);
    public static final int NLMSGERR_SIZE = def("linux/netlink.h", "sizeof(struct nlmsgerr)", 20);
    public static final int NLMSGERR_ERROR = def("linux/netlink.h", "offsetof(struct nlmsgerr, error)", 0);
    public static final int RTATTR_SIZE = def("linux/rtnetlink.h", "sizeof(struct rtattr)", 4);
    public static final int RTATTR_RTA_TYPE = def("linux/rtnetlink.h", "offsetof(struct rtattr, rta_type)", 2);
    public static final int IFINFOMSG_SIZE = def("linux/rtnetlink.h", "sizeof(struct ifinfomsg)", 16);
    public static final int IFINFOMSG_IFI_TYPE = def("linux/rtnetlink.h", "offsetof(struct ifinfomsg, ifi_type)", 2);
    public static final int IFINFOMSG_IFI_INDEX = def("linux/rtnetlink.h", "offsetof(struct ifinfomsg, ifi_index)", 4);
    public static final int IFINFOMSG_IFI_FLAGS = def("linux/rtnetlink.h", "offsetof(struct ifinfomsg, ifi_flags)", 8);
    public static final int IFINFOMSG_IFI_CHANGE = def("linux/rtnetlink.h", "offsetof(struct ifinfomsg, ifi_change)", 12);
    public static final int IFADDRMSG_SIZE = def("linux/if_addr.h", "sizeof(struct ifaddrmsg)", 8);
    public static final int IFADDRMSG_IFA_PREFIXLEN = def("linux/if_addr.h", "offsetof(struct ifaddrmsg, ifa_prefixlen)", 1);
    public static final int IFADDRMSG_IFA_FLAGS = def("linux/if_addr.h", "offsetof(struct ifaddrmsg, ifa_flags)", 2);
    public static final int IFADDRMSG_IFA_SCOPE = def("linux/if_addr.h", "offsetof(struct ifaddrmsg, ifa_scope)", 3);
    public static final int IFADDRMSG_IFA_INDEX = def("linux/if_addr.h", "offsetof(struct ifaddrmsg, ifa_index)", 4);
    public static final int RTMSG_SIZE = def("linux/rtnetlink.h", "sizeof(struct rtmsg)", 12);
    public static final int RTMSG_RTM_DST_LEN = def("linux/rtnetlink.h", "offsetof(struct rtmsg, rtm_dst_len)", 1);
    public static final int RTMSG_RTM_SRC_LEN = def("linux/rtnetlink.h", "offsetof(struct rtmsg, rtm_src_len)", 2);
    public static final int RTMSG_RTM_TABLE = def("linux/rtnetlink.h", "offsetof(struct rtmsg, rtm_table)", 4);
    public static final int RTMSG_RTM_PROTOCOL = def("linux/rtnetlink.h", "offsetof(struct rtmsg, rtm_protocol)", 5);
    public static final int RTMSG_RTM_SCOPE = def("linux/rtnetlink.h", "offsetof(struct rtmsg, rtm_scope)", 6);
    public static final int RTMSG_RTM_TYPE = def("linux/rtnetlink.h", "offsetof(struct rtmsg, rtm_type)", 7);
    public static final int RTMSG_RTM_FLAGS = def("linux/rtnetlink.h", "offsetof(struct rtmsg, rtm_flags)", 8);
    public static final int SOCKADDR_LL_SIZE = def("netpacket/packet.h", "sizeof(struct sockaddr_ll)", 20);
    public static final int SOCKADDR_LL_SLL_IFINDEX = def("netpacket/packet.h", "offsetof(struct sockaddr_ll, sll_ifindex)", 4);
    public static final int SOCKADDR_LL_SLL_HATYPE = def("netpacket/packet.h", "offsetof(struct sockaddr_ll, sll_hatype)", 8);
    public static final int SOCKADDR_LL_SLL_HALEN = def("netpacket/packet.h", "offsetof(struct sockaddr_ll, sll_halen)", 11);
    public static final int SOCKADDR_LL_SLL_ADDR = def("netpacket/packet.h", "offsetof(struct sockaddr_ll, sll_addr)", 12);
    // (end of chapter 17)

    // ---- chapter 18-20: broadcast, multicast, advanced UDP (issue 10)
    // struct in6_pktinfo (IPV6_PKTINFO), section 20.8 (struct in_pktinfo is chapter 13's)
    public static final int IN6_PKTINFO_SIZE = def("netinet/in.h", "sizeof(struct in6_pktinfo)", 20);
    public static final int IN6_PKTINFO_IPI6_ADDR = def("netinet/in.h", "offsetof(struct in6_pktinfo, ipi6_addr)", 0);
    public static final int IN6_PKTINFO_IPI6_IFINDEX = def("netinet/in.h", "offsetof(struct in6_pktinfo, ipi6_ifindex)", 16);
    // (end of chapter 18-20)

    // ---- chapter 21-22: out-of-band data, signal-driven I/O (issue 11)
    // (end of chapter 21-22)

    // ---- chapter 23: threads (issue 11)
    // (end of chapter 23)

    // ---- chapter 24-26: IP options, raw sockets, datalink (issue 12)
    // The wire formats: the same on every architecture (network byte order, no padding), and
    // checked against glibc's structs all the same, so no program counts an offset by hand.
    public static final int IP_HDR_SIZE = def("netinet/ip.h", "sizeof(struct ip)", 20);
    public static final int IP_HDR_IP_TOS = def("netinet/ip.h", "offsetof(struct ip, ip_tos)", 1);
    public static final int IP_HDR_IP_LEN = def("netinet/ip.h", "offsetof(struct ip, ip_len)", 2);
    public static final int IP_HDR_IP_ID = def("netinet/ip.h", "offsetof(struct ip, ip_id)", 4);
    public static final int IP_HDR_IP_OFF = def("netinet/ip.h", "offsetof(struct ip, ip_off)", 6);
    public static final int IP_HDR_IP_TTL = def("netinet/ip.h", "offsetof(struct ip, ip_ttl)", 8);
    public static final int IP_HDR_IP_P = def("netinet/ip.h", "offsetof(struct ip, ip_p)", 9);
    public static final int IP_HDR_IP_SUM = def("netinet/ip.h", "offsetof(struct ip, ip_sum)", 10);
    public static final int IP_HDR_IP_SRC = def("netinet/ip.h", "offsetof(struct ip, ip_src)", 12);
    public static final int IP_HDR_IP_DST = def("netinet/ip.h", "offsetof(struct ip, ip_dst)", 16);
    public static final int IP6_HDR_SIZE = def("netinet/ip6.h", "sizeof(struct ip6_hdr)", 40);
    public static final int IP6_HDR_IP6_PLEN = def("netinet/ip6.h", "offsetof(struct ip6_hdr, ip6_plen)", 4);
    public static final int IP6_HDR_IP6_NXT = def("netinet/ip6.h", "offsetof(struct ip6_hdr, ip6_nxt)", 6);
    public static final int IP6_HDR_IP6_HLIM = def("netinet/ip6.h", "offsetof(struct ip6_hdr, ip6_hlim)", 7);
    public static final int IP6_HDR_IP6_SRC = def("netinet/ip6.h", "offsetof(struct ip6_hdr, ip6_src)", 8);
    public static final int IP6_HDR_IP6_DST = def("netinet/ip6.h", "offsetof(struct ip6_hdr, ip6_dst)", 24);
    public static final int ICMP_ICMP_TYPE = def("netinet/ip_icmp.h", "offsetof(struct icmp, icmp_type)", 0);
    public static final int ICMP_ICMP_CODE = def("netinet/ip_icmp.h", "offsetof(struct icmp, icmp_code)", 1);
    public static final int ICMP_ICMP_CKSUM = def("netinet/ip_icmp.h", "offsetof(struct icmp, icmp_cksum)", 2);
    public static final int ICMP_ICMP_ID = def("netinet/ip_icmp.h", "offsetof(struct icmp, icmp_id)", 4);
    public static final int ICMP_ICMP_SEQ = def("netinet/ip_icmp.h", "offsetof(struct icmp, icmp_seq)", 6);
    public static final int ICMP_ICMP_DATA = def("netinet/ip_icmp.h", "offsetof(struct icmp, icmp_data)", 8);
    /** Where an ICMP error carries the IP header of the datagram that caused it. */
    public static final int ICMP_ICMP_IP = def("netinet/ip_icmp.h", "offsetof(struct icmp, icmp_ip)", 8);
    public static final int ICMP6_HDR_SIZE = def("netinet/icmp6.h", "sizeof(struct icmp6_hdr)", 8);
    public static final int ICMP6_HDR_ICMP6_CKSUM = def("netinet/icmp6.h", "offsetof(struct icmp6_hdr, icmp6_cksum)", 2);
    public static final int ICMP6_HDR_ICMP6_ID = def("netinet/icmp6.h", "offsetof(struct icmp6_hdr, icmp6_id)", 4);
    public static final int ICMP6_HDR_ICMP6_SEQ = def("netinet/icmp6.h", "offsetof(struct icmp6_hdr, icmp6_seq)", 6);
    public static final int UDPHDR_SIZE = def("netinet/udp.h", "sizeof(struct udphdr)", 8);
    public static final int UDPHDR_UH_SPORT = def("netinet/udp.h", "offsetof(struct udphdr, uh_sport)", 0);
    public static final int UDPHDR_UH_DPORT = def("netinet/udp.h", "offsetof(struct udphdr, uh_dport)", 2);
    public static final int UDPHDR_UH_ULEN = def("netinet/udp.h", "offsetof(struct udphdr, uh_ulen)", 4);
    public static final int UDPHDR_UH_SUM = def("netinet/udp.h", "offsetof(struct udphdr, uh_sum)", 6);
    public static final int ETHER_HEADER_SIZE = def("net/ethernet.h", "sizeof(struct ether_header)", 14);
    public static final int ETHER_HEADER_ETHER_TYPE = def("net/ethernet.h", "offsetof(struct ether_header, ether_type)", 12);
    public static final int IP6_EXT_SIZE = def("netinet/ip6.h", "sizeof(struct ip6_ext)", 2);
    public static final int IP6_OPT_SIZE = def("netinet/ip6.h", "sizeof(struct ip6_opt)", 2);
    public static final int IP6_RTHDR0_SIZE = def("netinet/ip6.h", "sizeof(struct ip6_rthdr0)", 8);
    // (end of chapter 24-26)

    // ---- chapter 27: shared memory, record locks (issue 13)
    // struct rusage (getrusage, the book's pr_cpu_time): two struct timevals, then the longs
    public static final int RUSAGE_SIZE = def("sys/resource.h", "sizeof(struct rusage)", 144);
    public static final int RUSAGE_RU_UTIME = def("sys/resource.h", "offsetof(struct rusage, ru_utime)", 0);
    public static final int RUSAGE_RU_STIME = def("sys/resource.h", "offsetof(struct rusage, ru_stime)", 16);
    public static final int RUSAGE_RU_MAXRSS = def("sys/resource.h", "offsetof(struct rusage, ru_maxrss)", 32);
    // struct flock (fcntl record locks, the book's lock_fcntl)
    public static final int FLOCK_SIZE = def("fcntl.h", "sizeof(struct flock)", 32);
    public static final int FLOCK_L_TYPE = def("fcntl.h", "offsetof(struct flock, l_type)", 0);
    public static final int FLOCK_L_WHENCE = def("fcntl.h", "offsetof(struct flock, l_whence)", 2);
    public static final int FLOCK_L_START = def("fcntl.h", "offsetof(struct flock, l_start)", 8);
    public static final int FLOCK_L_LEN = def("fcntl.h", "offsetof(struct flock, l_len)", 16);
    public static final int FLOCK_L_PID = def("fcntl.h", "offsetof(struct flock, l_pid)", 24);
    // struct stat's size field (a mapping's length from its descriptor)
    public static final int STAT_ST_SIZE = def("sys/stat.h", "offsetof(struct stat, st_size)", 48);
    // the pthread types the book's lock_pthread puts in shared memory (opaque: sizes only)
    public static final int PTHREAD_MUTEX_SIZE = def("pthread.h", "sizeof(pthread_mutex_t)", 40, 48);
    public static final int PTHREAD_MUTEXATTR_SIZE = def("pthread.h", "sizeof(pthread_mutexattr_t)", 4, 8);
    // (end of chapter 27)

    /** Every value, in declaration order. */
    public static List<Entry> entries() {
        return Collections.unmodifiableList(ENTRIES);
    }
}
