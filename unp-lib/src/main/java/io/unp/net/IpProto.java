package io.unp.net;

import static io.unp.abi.Constants.IPPROTO_IP;

import io.unp.abi.Constants;
import java.net.Inet4Address;
import java.util.List;

/** The IPv4 socket options of section 7.6 and of multicasting (section 19.5), level {@code IPPROTO_IP}. */
public final class IpProto {
    private IpProto() {}

    /** The largest IPv4 options field. */
    public static final int MAX_IPOPTLEN = 40;

    /** The application builds the IP header (raw sockets). */
    public static final SockOpt<Boolean> IP_HDRINCL = SockOpt.flag("IP_HDRINCL", IPPROTO_IP, Constants.IP_HDRINCL);
    /** The IP options sent with each datagram: up to 40 bytes as they appear in the header. */
    public static final SockOpt<byte[]> IP_OPTIONS = SockOpt.bytes("IP_OPTIONS", IPPROTO_IP, Constants.IP_OPTIONS,
            MAX_IPOPTLEN, "");
    /** Linux's way to receive a UDP datagram's destination address and interface ({@code struct in_pktinfo}). */
    public static final SockOpt<Boolean> IP_PKTINFO = SockOpt.flag("IP_PKTINFO", IPPROTO_IP, Constants.IP_PKTINFO);
    /** Return a UDP datagram's destination address: not on Linux. */
    public static final SockOpt<Boolean> IP_RECVDSTADDR = SockOpt.missing("IP_RECVDSTADDR", IPPROTO_IP, IP_HDRINCL,
            "use IP_PKTINFO: its ancillary data (struct in_pktinfo) carries ipi_addr");
    /** Return the interface a UDP datagram arrived on: not on Linux. */
    public static final SockOpt<Boolean> IP_RECVIF = SockOpt.missing("IP_RECVIF", IPPROTO_IP, IP_HDRINCL,
            "use IP_PKTINFO: its ancillary data (struct in_pktinfo) carries ipi_ifindex");
    /** Type-of-service field (the DS field and ECN bits today). */
    public static final SockOpt<Integer> IP_TOS = SockOpt.integer("IP_TOS", IPPROTO_IP, Constants.IP_TOS);
    /** Unicast time-to-live. */
    public static final SockOpt<Integer> IP_TTL = SockOpt.integer("IP_TTL", IPPROTO_IP, Constants.IP_TTL);
    /** Interface for outgoing multicast, by its address. */
    public static final SockOpt<Inet4Address> IP_MULTICAST_IF = SockOpt.inAddr("IP_MULTICAST_IF", IPPROTO_IP,
            Constants.IP_MULTICAST_IF);
    /** Time-to-live of outgoing multicast (a {@code u_char} in the book; Linux takes an {@code int} too). */
    public static final SockOpt<Integer> IP_MULTICAST_TTL = SockOpt.integer("IP_MULTICAST_TTL", IPPROTO_IP,
            Constants.IP_MULTICAST_TTL);
    /** Loop outgoing multicast back to this host (a {@code u_char} in the book; Linux takes an {@code int} too). */
    public static final SockOpt<Boolean> IP_MULTICAST_LOOP = SockOpt.flag("IP_MULTICAST_LOOP", IPPROTO_IP,
            Constants.IP_MULTICAST_LOOP);
    /** Join a multicast group (set only). */
    public static final SockOpt<IpMreq> IP_ADD_MEMBERSHIP = SockOpt.ipMreq("IP_ADD_MEMBERSHIP", IPPROTO_IP,
            Constants.IP_ADD_MEMBERSHIP);
    /** Leave a multicast group (set only). */
    public static final SockOpt<IpMreq> IP_DROP_MEMBERSHIP = SockOpt.ipMreq("IP_DROP_MEMBERSHIP", IPPROTO_IP,
            Constants.IP_DROP_MEMBERSHIP);

    /** Every option of this level, in the book's order, with Linux's IP_PKTINFO last. */
    public static final List<SockOpt<?>> ALL = List.of(IP_HDRINCL, IP_OPTIONS, IP_RECVDSTADDR, IP_RECVIF,
            IP_TOS, IP_TTL, IP_MULTICAST_IF, IP_MULTICAST_TTL, IP_MULTICAST_LOOP, IP_ADD_MEMBERSHIP,
            IP_DROP_MEMBERSHIP, IP_PKTINFO);
}
