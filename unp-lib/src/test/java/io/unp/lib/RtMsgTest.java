package io.unp.lib;

import static io.unp.abi.Constants.*;
import static io.unp.lib.Unproute.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.net.SockAddr;
import io.unp.net.SockaddrDl;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The rtnetlink format, without the kernel: messages built as the kernel lays them out are
 * split, read field by field, and turned into the book's {@code rti_info} by
 * {@code get_rtaddrs}; masks print as {@code sock_masktop} prints them.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RtMsgTest {
    private static byte[] ip(int a, int b, int c, int d) {
        return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d};
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int off = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, off, p.length);
            off += p.length;
        }
        return out;
    }

    private static RtMsg one(byte[] msg) {
        List<RtMsg> all = RtMsg.parse(msg, msg.length);
        assertEquals(1, all.size());
        return all.get(0);
    }

    @Test
    void aRequestHasTheHeaderFieldsAndAlignedAttributes() {
        byte[] req = RtMsg.request(RTM_GETROUTE, 0, 77, 0, RtMsg.rtmsg(AF_INET, 32, 0, RTM_F_FIB_MATCH),
                RtMsg.rtattr(RTA_DST, ip(192, 0, 2, 7)), RtMsg.rtattr(IFLA_IFNAME, "abc\0".getBytes()));
        assertEquals(16 + 12 + 8 + 8, req.length, "nlmsghdr, rtmsg, two 4-byte-aligned attributes");
        RtMsg m = one(req);
        assertEquals(req.length, m.nlmsgLen());
        assertEquals(RTM_GETROUTE, m.nlmsgType());
        assertEquals(NLM_F_REQUEST, m.nlmsgFlags());
        assertEquals(77, m.nlmsgSeq());
        assertEquals(AF_INET, m.rtmFamily());
        assertEquals(32, m.rtmDstLen());
        assertEquals(RTM_F_FIB_MATCH, m.rtmFlags());
        assertArrayEquals(ip(192, 0, 2, 7), m.attr(RTA_DST));
        assertArrayEquals(new int[] {RTA_DST, IFLA_IFNAME}, m.attrTypes());
        assertEquals("abc", m.attrString(IFLA_IFNAME));
        assertNull(m.attr(RTA_GATEWAY));
        assertEquals(-5, m.attrInt(RTA_OIF, -5));
        assertEquals("RTM_GETROUTE", m.typeName());
    }

    @Test
    void parseSplitsADatagramAndStopsAtAMessageThatDoesNotFit() {
        byte[] a = RtMsg.request(RTM_NEWLINK, NLM_F_MULTI, 1, 9, RtMsg.ifinfomsg(AF_UNSPEC, 3));
        byte[] b = RtMsg.request(RTM_NEWADDR, NLM_F_MULTI, 1, 9, RtMsg.ifaddrmsg(AF_INET, 3),
                RtMsg.rtattr(IFA_ADDRESS, ip(10, 0, 0, 1)));
        byte[] done = RtMsg.request(NLMSG_DONE, NLM_F_MULTI, 1, 9, new byte[4]);
        byte[] all = concat(a, b, done);
        List<RtMsg> msgs = RtMsg.parse(all, all.length);
        assertEquals(List.of(RTM_NEWLINK, RTM_NEWADDR, NLMSG_DONE), msgs.stream().map(RtMsg::nlmsgType).toList());
        assertEquals(3, msgs.get(0).ifiIndex());
        assertEquals(9, msgs.get(1).nlmsgPid());
        assertEquals(2, RtMsg.parse(all, all.length - 1).size(), "a cut message is not read");
        byte[] lying = a.clone();
        ByteBuffer.wrap(lying).order(ByteOrder.nativeOrder()).putInt(0, 4096);
        assertEquals(0, RtMsg.parse(lying, lying.length).size(), "nlmsg_len past the end");
        byte[] badAttr = b.clone();
        ByteBuffer.wrap(badAttr).order(ByteOrder.nativeOrder()).putShort(16 + 8, (short) 200);
        assertEquals(0, one(badAttr).attrTypes().length, "an attribute longer than its message is not read");
    }

    @Test
    void anErrorMessageCarriesTheNegativeErrnoAndTheRequestsSequenceNumber() {
        ByteBuffer e = ByteBuffer.allocate(20).order(ByteOrder.nativeOrder());
        e.putInt(0, -101); // -ENETUNREACH
        e.putInt(4 + 8, 4242); // the copied request's nlmsg_seq
        RtMsg m = one(RtMsg.request(NLMSG_ERROR, 0, 4242, 0, e.array()));
        assertEquals(-101, m.error());
        assertEquals(4242, m.errorSeq());
        assertEquals(0, m.attrTypes().length);
    }

    @Test
    void getRtaddrsOfRoutesDefaultHostAndNetwork() {
        SockAddr[] rti = new SockAddr[RTAX_MAX];
        RtMsg dflt = one(RtMsg.request(RTM_NEWROUTE, 0, 1, 0, RtMsg.rtmsg(AF_INET, 0, RT_TABLE_MAIN, 0),
                RtMsg.rtattr(RTA_GATEWAY, ip(10, 0, 0, 254))));
        GetRtaddrs.getRtaddrs(dflt, rti);
        assertEquals("0.0.0.0", SockNtop.sockNtopHost(rti[RTAX_DST]), "no RTA_DST: the default route");
        assertEquals("10.0.0.254", SockNtop.sockNtopHost(rti[RTAX_GATEWAY]));
        assertEquals("0.0.0.0", SockMasktop.sockMasktop(rti[RTAX_NETMASK], rti[RTAX_NETMASK].len()));
        assertNull(rti[RTAX_IFP]);
        assertNull(rti[RTAX_GENMASK]);

        RtMsg host = one(RtMsg.request(RTM_NEWROUTE, 0, 1, 0, RtMsg.rtmsg(AF_INET, 32, RT_TABLE_MAIN, 0),
                RtMsg.rtattr(RTA_DST, ip(192, 0, 2, 7)), RtMsg.rtattr(RTA_GATEWAY, ip(10, 0, 0, 2))));
        GetRtaddrs.getRtaddrs(host, rti);
        assertEquals("192.0.2.7", SockNtop.sockNtopHost(rti[RTAX_DST]));
        assertNull(rti[RTAX_NETMASK], "a host route has no mask, as BSD's RTF_HOST routes");

        RtMsg net6 = one(RtMsg.request(RTM_DELROUTE, 0, 1, 0, RtMsg.rtmsg(AF_INET6, 48, RT_TABLE_MAIN, 0),
                RtMsg.rtattr(RTA_DST, new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})));
        GetRtaddrs.getRtaddrs(net6, rti);
        assertEquals("2001:db8:5::", SockNtop.sockNtopHost(rti[RTAX_DST]));
        assertEquals("ffff:ffff:ffff::", SockMasktop.sockMasktop(rti[RTAX_NETMASK], rti[RTAX_NETMASK].len()));
        assertNull(rti[RTAX_GATEWAY]);
    }

    @Test
    void getRtaddrsOfAnAddressPutsAPointToPointPeerWhereBsdPutsIt() {
        SockAddr[] rti = new SockAddr[RTAX_MAX];
        RtMsg bcast = one(RtMsg.request(RTM_NEWADDR, 0, 1, 0, RtMsg.ifaddrmsg(AF_INET, 3),
                RtMsg.rtattr(IFA_ADDRESS, ip(10, 0, 0, 1)), RtMsg.rtattr(IFA_LOCAL, ip(10, 0, 0, 1)),
                RtMsg.rtattr(IFA_BROADCAST, ip(10, 0, 0, 255))));
        // the prefix length rides in ifaddrmsg; set it by hand (ifa_prefixlen at 16 + 1)
        byte[] b = bcast.bytes();
        b[17] = 20;
        GetRtaddrs.getRtaddrs(one(b), rti);
        assertEquals("10.0.0.1", SockNtop.sockNtopHost(rti[RTAX_IFA]));
        assertEquals("10.0.0.255", SockNtop.sockNtopHost(rti[RTAX_BRD]));
        assertEquals("255.255.240.0", SockMasktop.sockMasktop(rti[RTAX_NETMASK], rti[RTAX_NETMASK].len()));
        assertEquals(3, ((SockaddrDl) rti[RTAX_IFP]).sdlIndex());

        RtMsg p2p = one(RtMsg.request(RTM_NEWADDR, 0, 1, 0, RtMsg.ifaddrmsg(AF_INET, 8),
                RtMsg.rtattr(IFA_ADDRESS, ip(10, 8, 0, 2)), RtMsg.rtattr(IFA_LOCAL, ip(10, 8, 0, 1))));
        GetRtaddrs.getRtaddrs(p2p, rti);
        assertEquals("10.8.0.1", SockNtop.sockNtopHost(rti[RTAX_IFA]), "IFA_LOCAL is the interface's own address");
        assertEquals("10.8.0.2", SockNtop.sockNtopHost(rti[RTAX_BRD]), "the other end, in RTAX_BRD");
    }

    @Test
    void getRtaddrsOfALinkGivesItsLinkLevelAddress() {
        SockAddr[] rti = new SockAddr[RTAX_MAX];
        byte[] mac = {2, 0, 0x5e, 0x10, 0, 1};
        RtMsg eth = one(RtMsg.request(RTM_NEWLINK, 0, 1, 0, RtMsg.ifinfomsg(AF_UNSPEC, 9),
                RtMsg.rtattr(IFLA_IFNAME, "dum0\0".getBytes()), RtMsg.rtattr(IFLA_ADDRESS, mac)));
        GetRtaddrs.getRtaddrs(eth, rti);
        SockaddrDl sdl = (SockaddrDl) rti[RTAX_IFP];
        assertEquals(9, sdl.sdlIndex());
        assertEquals("dum0", sdl.name());
        assertEquals(4, sdl.sdlNlen());
        assertEquals(6, sdl.sdlAlen());
        assertArrayEquals(mac, sdl.lladdr());
        assertEquals("dum0", SockNtop.sockNtop(sdl));
        assertTrue(Arrays.stream(rti).filter(x -> x != null).count() == 1);

        RtMsg lo = one(RtMsg.request(RTM_NEWLINK, 0, 1, 0, RtMsg.ifinfomsg(AF_UNSPEC, 1),
                RtMsg.rtattr(IFLA_IFNAME, "lo\0".getBytes()), RtMsg.rtattr(IFLA_ADDRESS, new byte[6])));
        GetRtaddrs.getRtaddrs(lo, rti);
        assertEquals(0, ((SockaddrDl) rti[RTAX_IFP]).sdlAlen(), "loopback's all-zero address is no address");
        assertEquals("AF_LINK, index=7", SockNtop.sockNtop(SockaddrDl.of(7, 0, "", new byte[0])));
    }

    @Test
    void sockMasktopOfNothingAndOfAnotherFamily() {
        assertEquals("0.0.0.0", SockMasktop.sockMasktop(null, 0));
        assertEquals("(unknown mask, len = 20, family = 17)",
                SockMasktop.sockMasktop(SockaddrDl.of(1, 0, "x", new byte[0]), 20));
    }
}
