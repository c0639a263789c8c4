package io.unp.examples.udpcksum;

import static io.unp.abi.Constants.IPPROTO_UDP;
import static io.unp.abi.Constants.IPVERSION;
import static io.unp.lib.WrapSock.Sendto;

import io.unp.lib.InCksum;
import io.unp.net.IpHdr;
import io.unp.net.UdpHdr;

/**
 * udpcksum/udpwrite.c (figure 26.18): fills in the IP and UDP headers in front of
 * {@code userlen} bytes of data and writes the datagram to the raw socket. The UDP checksum
 * covers a pseudo-header (source and destination address, protocol, UDP length), the UDP
 * header and the data; 0 means "no checksum", so a computed 0 is sent as 0xffff. The kernel
 * fills in the IP identification and the IP header checksum.
 */
final class UdpWrite {
    private UdpWrite() {}

    /** {@code buf} holds room for the IP and UDP headers, then {@code userlen} bytes of data. */
    static void udpWrite(byte[] buf, int userlen) {
        IpHdr ip = new IpHdr(buf, 0);
        UdpHdr udp = new UdpHdr(buf, IpHdr.SIZE);
        int ulen = UdpHdr.SIZE + userlen;
        int total = IpHdr.SIZE + ulen;

        byte[] src = Udpcksum.local.asIn().addressBytes();
        byte[] dst = Udpcksum.dest.asIn().addressBytes();
        udp.setUhSport(Udpcksum.local.portHost()).setUhDport(Udpcksum.dest.portHost()).setUhUlen(ulen).setUhSum(0);
        if (Udpcksum.zerosum == 0) {
            long sum = InCksum.pseudoHeaderV4(src, dst, IPPROTO_UDP, ulen);
            int cksum = InCksum.fold(InCksum.sum(sum, buf, IpHdr.SIZE, ulen));
            udp.setUhSum(cksum == 0 ? 0xffff : cksum);
        }

        // Fill in rest of IP header; the kernel calculates and stores the IP header checksum
        ip.setVHl(IPVERSION, IpHdr.SIZE >> 2).setIpTos(0);
        ip.setIpLen(total); // network byte order, as Linux wants
        ip.setIpId(0); // let IP set this
        ip.setIpOff(0); // frag offset, MF and DF flags
        ip.setIpTtl(Udpcksum.TTL_OUT).setIpP(IPPROTO_UDP).setIpSum(0).setIpSrc(src).setIpDst(dst);

        Sendto(Udpcksum.rawfd, buf, total, 0, Udpcksum.dest);
    }
}
