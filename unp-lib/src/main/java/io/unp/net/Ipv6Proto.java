package io.unp.net;

import static io.unp.abi.Constants.IPPROTO_IPV6;

import io.unp.abi.Constants;
import java.util.List;

/**
 * The IPv6 socket options of section 7.8 and of multicasting (section 19.5), level
 * {@code IPPROTO_IPV6}.
 *
 * <p>The book follows RFC 2292, where {@code IPV6_PKTINFO}, {@code IPV6_HOPLIMIT},
 * {@code IPV6_HOPOPTS}, {@code IPV6_DSTOPTS} and {@code IPV6_RTHDR} are flags that ask
 * {@code recvmsg} to return that item as ancillary data. Linux follows RFC 3542, where those
 * flags are the {@code IPV6_RECV*} options and the plain names are the ancillary data types (and
 * sticky options). So each of these constants keeps the book's name and meaning and carries
 * Linux's {@code IPV6_RECV*} number; {@link SockOpt#linuxNote()} says which.
 */
public final class Ipv6Proto {
    private Ipv6Proto() {}

    /** Room for the ancillary data {@link #IPV6_PKTOPTIONS} returns. */
    public static final int PKTOPTIONS_MAX = 1024;

    /** Turn an IPv6 socket into an IPv4 one (set AF_INET; Linux: a TCP or UDP socket with a v4-mapped peer). */
    public static final SockOpt<Integer> IPV6_ADDRFORM = SockOpt.integer("IPV6_ADDRFORM", IPPROTO_IPV6,
            Constants.IPV6_ADDRFORM);
    /** Byte offset of the checksum a raw socket computes, or -1 for none. */
    public static final SockOpt<Integer> IPV6_CHECKSUM = SockOpt.integer("IPV6_CHECKSUM", IPPROTO_IPV6,
            Constants.IPV6_CHECKSUM);
    /** Return received destination options as ancillary data. */
    public static final SockOpt<Boolean> IPV6_DSTOPTS = SockOpt.flag("IPV6_DSTOPTS", IPPROTO_IPV6,
            Constants.IPV6_RECVDSTOPTS, "Linux: IPV6_RECVDSTOPTS (RFC 3542); IPV6_DSTOPTS is the sticky option");
    /** Return the received hop limit as ancillary data. */
    public static final SockOpt<Boolean> IPV6_HOPLIMIT = SockOpt.flag("IPV6_HOPLIMIT", IPPROTO_IPV6,
            Constants.IPV6_RECVHOPLIMIT, "Linux: IPV6_RECVHOPLIMIT (RFC 3542); IPV6_HOPLIMIT names the ancillary data");
    /** Return received hop-by-hop options as ancillary data. */
    public static final SockOpt<Boolean> IPV6_HOPOPTS = SockOpt.flag("IPV6_HOPOPTS", IPPROTO_IPV6,
            Constants.IPV6_RECVHOPOPTS, "Linux: IPV6_RECVHOPOPTS (RFC 3542); IPV6_HOPOPTS is the sticky option");
    /** The next-hop address for outgoing datagrams, a socket address structure. */
    public static final SockOpt<SockaddrIn6> IPV6_NEXTHOP = SockOpt.sockaddrIn6("IPV6_NEXTHOP", IPPROTO_IPV6,
            Constants.IPV6_NEXTHOP);
    /** Return a datagram's destination address and arriving interface as ancillary data. */
    public static final SockOpt<Boolean> IPV6_PKTINFO = SockOpt.flag("IPV6_PKTINFO", IPPROTO_IPV6,
            Constants.IPV6_RECVPKTINFO, "Linux: IPV6_RECVPKTINFO (RFC 3542); IPV6_PKTINFO is the sticky in6_pktinfo");
    /** A TCP socket's received ancillary data (get), or its sticky options (set). */
    public static final SockOpt<byte[]> IPV6_PKTOPTIONS = SockOpt.bytes("IPV6_PKTOPTIONS", IPPROTO_IPV6,
            Constants.IPV6_2292PKTOPTIONS, PKTOPTIONS_MAX, "Linux: IPV6_2292PKTOPTIONS");
    /** Return a received routing header as ancillary data. */
    public static final SockOpt<Boolean> IPV6_RTHDR = SockOpt.flag("IPV6_RTHDR", IPPROTO_IPV6,
            Constants.IPV6_RECVRTHDR, "Linux: IPV6_RECVRTHDR (RFC 3542); IPV6_RTHDR is the sticky option");
    /** Hop limit of outgoing unicast (-1: the route's default). */
    public static final SockOpt<Integer> IPV6_UNICAST_HOPS = SockOpt.integer("IPV6_UNICAST_HOPS", IPPROTO_IPV6,
            Constants.IPV6_UNICAST_HOPS);
    /** Interface for outgoing multicast, by index. */
    public static final SockOpt<Integer> IPV6_MULTICAST_IF = SockOpt.integer("IPV6_MULTICAST_IF", IPPROTO_IPV6,
            Constants.IPV6_MULTICAST_IF);
    /** Hop limit of outgoing multicast (-1: the default, 1). */
    public static final SockOpt<Integer> IPV6_MULTICAST_HOPS = SockOpt.integer("IPV6_MULTICAST_HOPS",
            IPPROTO_IPV6, Constants.IPV6_MULTICAST_HOPS);
    /** Loop outgoing multicast back to this host. */
    public static final SockOpt<Boolean> IPV6_MULTICAST_LOOP = SockOpt.flag("IPV6_MULTICAST_LOOP", IPPROTO_IPV6,
            Constants.IPV6_MULTICAST_LOOP);
    /** Join a multicast group (set only); RFC 3493 renamed it IPV6_JOIN_GROUP. */
    public static final SockOpt<Ipv6Mreq> IPV6_ADD_MEMBERSHIP = SockOpt.ipv6Mreq("IPV6_ADD_MEMBERSHIP",
            IPPROTO_IPV6, Constants.IPV6_ADD_MEMBERSHIP, "the same number as IPV6_JOIN_GROUP");
    /** Leave a multicast group (set only); RFC 3493 renamed it IPV6_LEAVE_GROUP. */
    public static final SockOpt<Ipv6Mreq> IPV6_DROP_MEMBERSHIP = SockOpt.ipv6Mreq("IPV6_DROP_MEMBERSHIP",
            IPPROTO_IPV6, Constants.IPV6_DROP_MEMBERSHIP, "the same number as IPV6_LEAVE_GROUP");
    /** The later name of {@link #IPV6_ADD_MEMBERSHIP}. */
    public static final SockOpt<Ipv6Mreq> IPV6_JOIN_GROUP = IPV6_ADD_MEMBERSHIP;
    /** The later name of {@link #IPV6_DROP_MEMBERSHIP}. */
    public static final SockOpt<Ipv6Mreq> IPV6_LEAVE_GROUP = IPV6_DROP_MEMBERSHIP;
    /** Accept IPv6 only, no IPv4-mapped addresses (RFC 3493; after the book). */
    public static final SockOpt<Boolean> IPV6_V6ONLY = SockOpt.flag("IPV6_V6ONLY", IPPROTO_IPV6,
            Constants.IPV6_V6ONLY);

    /** Every option of this level, in the book's order, with IPV6_V6ONLY last. */
    public static final List<SockOpt<?>> ALL = List.of(IPV6_ADDRFORM, IPV6_CHECKSUM, IPV6_DSTOPTS,
            IPV6_HOPLIMIT, IPV6_HOPOPTS, IPV6_NEXTHOP, IPV6_PKTINFO, IPV6_PKTOPTIONS, IPV6_RTHDR,
            IPV6_UNICAST_HOPS, IPV6_MULTICAST_IF, IPV6_MULTICAST_HOPS, IPV6_MULTICAST_LOOP,
            IPV6_ADD_MEMBERSHIP, IPV6_DROP_MEMBERSHIP, IPV6_V6ONLY);
}
