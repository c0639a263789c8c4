package io.unp.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The header views read and write the fields where the wire has them. */
class HdrTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void anIcmpTimeExceededCarriesTheProbesIpAndUdpHeaders() {
        // IPv4 (20) + ICMP time exceeded (8) + the probe's IPv4 header (24: with 4 bytes of options) + UDP (8)
        byte[] p = hex("4500 0044 1234 0000 4001 0000 0a090102 0a090101"
                + "0b00 f4ff 0000 0000"
                + "4600 0030 0001 0000 0111 0000 0a090101 0a090302 01010100"
                + "8123 829b 0020 0000");
        IpHdr ip = new IpHdr(p, 0);
        assertEquals(4, ip.ipV());
        assertEquals(20, ip.hlen());
        assertEquals(0x44, ip.ipLen());
        assertEquals(64, ip.ipTtl());
        assertEquals(1, ip.ipP());
        assertArrayEquals(new byte[] {10, 9, 1, 2}, ip.ipSrc());
        assertTrue(ip.valid(p.length));
        IcmpHdr icmp = new IcmpHdr(p, ip.payloadOffset());
        assertEquals(11, icmp.icmpType());
        assertEquals(0, icmp.icmpCode());
        IpHdr hip = icmp.icmpIp();
        assertEquals(24, hip.hlen(), "the inner header's own length, options included");
        assertArrayEquals(new byte[] {1, 1, 1, 0}, hip.options());
        assertEquals(17, hip.ipP());
        UdpHdr udp = new UdpHdr(p, hip.payloadOffset());
        assertEquals(0x8123, udp.uhSport());
        assertEquals(33435, udp.uhDport());
        assertEquals(32, udp.uhUlen());
        assertFalse(new IpHdr(hex("6000 0000"), 0).valid(4));
    }

    @Test
    void echoIdAndSequenceAreStoredAsThePlainCAssignmentDoes() {
        byte[] b = new byte[8];
        IcmpHdr icmp = new IcmpHdr(b, 0).setIcmpType(8).setIcmpId(0x1234).setIcmpSeq(1);
        assertEquals(0x1234, icmp.icmpId());
        assertEquals(1, icmp.icmpSeq());
        boolean little = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN;
        assertArrayEquals(little ? hex("0800 0000 3412 0100") : hex("0800 0000 1234 0001"), b);
        assertEquals(little ? 0x3412 : 0x1234, icmp.icmpIdNet());
        Icmp6Hdr icmp6 = new Icmp6Hdr(new byte[8], 0).setIcmp6Type(128).setIcmp6Id(7).setIcmp6Seq(9);
        assertEquals(7, icmp6.icmp6Id());
        assertEquals(9, icmp6.icmp6Seq());
        assertEquals(8, icmp6.dataOffset());
    }

    @Test
    void anIcmpv6ErrorCarriesTheIpv6Header() {
        byte[] p = new byte[8 + 40 + 8];
        p[0] = 1; // destination unreachable
        p[1] = 4; // port
        p[8] = 0x60;
        p[8 + 6] = 17; // next header UDP
        p[8 + 7] = 63;
        p[8 + 24] = (byte) 0xfd;
        p[48] = (byte) 0x80;
        p[49] = 1;
        Icmp6Hdr icmp6 = new Icmp6Hdr(p, 0);
        Ip6Hdr hip6 = icmp6.errorIp6();
        assertEquals(6, hip6.version());
        assertEquals(17, hip6.ip6Nxt());
        assertEquals(63, hip6.ip6Hlim());
        assertEquals((byte) 0xfd, hip6.ip6Dst()[0]);
        assertEquals(0x8001, new UdpHdr(p, hip6.payloadOffset()).uhSport());
    }
}
