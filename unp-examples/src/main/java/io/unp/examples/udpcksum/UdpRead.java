package io.unp.examples.udpcksum;

import static io.unp.abi.Constants.ETHERTYPE_IP;
import static io.unp.abi.Constants.IPPROTO_UDP;
import static io.unp.abi.Constants.IPVERSION;
import static io.unp.lib.Err.quit;

import io.unp.abi.Layouts;
import io.unp.lib.InCksum;
import io.unp.lib.Pcap;
import io.unp.net.IpHdr;
import io.unp.net.UdpHdr;

/**
 * udpcksum/udpread.c (figures 26.19, 26.20): {@code udp_read} skips the link-layer header of
 * the captured packet and {@code udp_check} verifies the IP header (version, length, checksum)
 * and that a UDP datagram follows.
 */
final class UdpRead {
    private UdpRead() {}

    /** The UDP header of the next datagram captured within {@code timeoutMs}, or null if none came. */
    static UdpHdr udpRead(long timeoutMs) {
        Pcap.Packet p = PcapOps.nextPcap(timeoutMs);
        if (p == null) {
            return null;
        }
        byte[] ptr = p.data();
        int len = p.caplen();
        switch (Udpcksum.datalink) {
            case Pcap.DLT_NULL: // loopback header = 4 bytes
                return udpCheck(ptr, 4, len - 4);
            case Pcap.DLT_EN10MB: {
                int type = ((ptr[Layouts.ETHER_HEADER_ETHER_TYPE] & 0xff) << 8)
                        | (ptr[Layouts.ETHER_HEADER_ETHER_TYPE + 1] & 0xff);
                if (type != ETHERTYPE_IP) {
                    throw quit("Ethernet type %x not IP", type);
                }
                return udpCheck(ptr, Layouts.ETHER_HEADER_SIZE, len - Layouts.ETHER_HEADER_SIZE);
            }
            case Pcap.DLT_SLIP: // SLIP header = 24 bytes
            case Pcap.DLT_PPP: // PPP header = 24 bytes
                return udpCheck(ptr, 24, len - 24);
            case Pcap.DLT_LINUX_SLL: // Linux "any" device: 16-byte cooked header
                return udpCheck(ptr, 16, len - 16);
            default:
                throw quit("unsupported datalink (%d)", Udpcksum.datalink);
        }
    }

    /** {@code udp_check}: the UDP header if the packet at {@code ptr[off]} is a sound IPv4 UDP datagram; quits otherwise. */
    static UdpHdr udpCheck(byte[] ptr, int off, int len) {
        if (len < IpHdr.SIZE + UdpHdr.SIZE) {
            throw quit("len = %d", len);
        }
        // minimal verification of IP header
        IpHdr ip = new IpHdr(ptr, off);
        if (ip.ipV() != IPVERSION) {
            throw quit("ip_v = %d", ip.ipV());
        }
        int hlen = ip.hlen();
        if (hlen < IpHdr.SIZE) {
            throw quit("ip_hl = %d", ip.ipHl());
        }
        if (len < hlen + UdpHdr.SIZE) {
            throw quit("len = %d, hlen = %d", len, hlen);
        }
        if (InCksum.inCksum(ptr, off, hlen) != 0) {
            throw quit("ip checksum error");
        }
        if (ip.ipP() == IPPROTO_UDP) {
            return new UdpHdr(ptr, ip.payloadOffset());
        }
        throw quit("not a UDP packet");
    }
}
