package io.unp.net;

import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The sockaddr structures byte for byte as Linux x86_64 lays them out. */
class SockAddrLayoutTest {
    private static byte[] b(int... v) {
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (byte) v[i];
        }
        return out;
    }

    @Test
    void sizesAreTheKernelsSizes() {
        assertEquals(16, new SockaddrIn().capacity());
        assertEquals(16, new SockaddrIn().len());
        assertEquals(28, new SockaddrIn6().capacity());
        assertEquals(110, new SockaddrUn().capacity());
        assertEquals(128, new SockaddrStorage().capacity());
        assertEquals(16, SockaddrIn.SIZE);
        assertEquals(28, SockaddrIn6.SIZE);
        assertEquals(110, SockaddrUn.SIZE);
        assertEquals(128, SockAddr.STORAGE_SIZE);
    }

    @Test
    void sockaddrInIsFamilyLittleEndianThenPortAndAddressInNetworkOrderThenZeroPadding() {
        SockaddrIn sin = new SockaddrIn();
        sin.sinPort(htons(9877));
        sin.sinAddr(htonl(0x7f000001));
        assertArrayEquals(b(2, 0, 0x26, 0x95, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0), sin.bytes());
        assertEquals(9877, sin.port());
        assertEquals(htons(9877), sin.sinPort());
        assertEquals(htonl(0x7f000001), sin.sinAddr());
        assertArrayEquals(b(127, 0, 0, 1), sin.addressBytes());
    }

    @Test
    void sinPortOfHtonsStoresWhatSetPortStores() {
        for (int p : new int[] {0, 1, 13, 255, 256, 9877, 0x1234, 0x8000, 65535}) {
            SockaddrIn a = new SockaddrIn();
            SockaddrIn b = new SockaddrIn();
            a.sinPort(htons(p));
            b.setPort(p);
            assertArrayEquals(a.bytes(), b.bytes(), "port " + p);
            assertEquals(p, a.port());
            assertEquals(htons(p), b.sinPort());
            SockaddrIn6 a6 = new SockaddrIn6();
            SockaddrIn6 b6 = new SockaddrIn6();
            a6.sin6Port(htons(p));
            b6.setPort(p);
            assertArrayEquals(a6.bytes(), b6.bytes(), "port " + p);
            assertEquals(p, a6.port());
        }
        assertThrows(IllegalArgumentException.class, () -> new SockaddrIn().setPort(65536));
        assertThrows(IllegalArgumentException.class, () -> new SockaddrIn6().setPort(-1));
    }

    @Test
    void inaddrAnyAndLoopbackThroughHtonl() {
        SockaddrIn sin = new SockaddrIn();
        sin.sinAddr(htonl(0));
        assertArrayEquals(b(0, 0, 0, 0), sin.addressBytes());
        sin.sinAddr(htonl(0xc0a80102));
        assertArrayEquals(b(192, 168, 1, 2), sin.addressBytes());
    }

    @Test
    void sockaddrIn6HasFlowInfoAt4AddressAt8AndScopeIdAt24() {
        byte[] addr = new byte[16];
        for (int i = 0; i < 16; i++) {
            addr[i] = (byte) (0xa0 + i);
        }
        SockaddrIn6 sin6 = SockaddrIn6.of(addr, 9877);
        sin6.sin6ScopeId(3);
        byte[] expected = new byte[28];
        expected[0] = 10; // AF_INET6, little-endian u16
        expected[2] = 0x26;
        expected[3] = (byte) 0x95;
        System.arraycopy(addr, 0, expected, 8, 16);
        expected[24] = 3; // scope id, host order
        assertArrayEquals(expected, sin6.bytes());
        assertEquals(0, sin6.sin6FlowInfo());
        assertEquals(3, sin6.sin6ScopeId());
        assertArrayEquals(addr, sin6.addressBytes());
        sin6.sin6FlowInfo(htonl(0x12345));
        assertArrayEquals(b(0, 1, 0x23, 0x45), Arrays.copyOfRange(sin6.bytes(), 4, 8), "flow info is stored in network byte order");
        assertEquals(0x12345, NetOrder.ntohl(sin6.sin6FlowInfo()));
    }

    @Test
    void sockaddrUnIsFamilyThenNulTerminatedPathWithSunLen() {
        SockaddrUn un = SockaddrUn.of("/tmp/unix.str");
        assertEquals(1, un.bytes()[0]);
        assertEquals(0, un.bytes()[1]);
        assertEquals("/tmp/unix.str", new String(un.bytes(), 2, 13, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(0, un.bytes()[15]);
        assertEquals(2 + 13 + 1, un.len(), "SUN_LEN: family, path and its NUL");
        assertEquals("/tmp/unix.str", un.path());
        assertEquals(1, un.family());
        assertThrows(IllegalArgumentException.class, () -> SockaddrUn.of("x".repeat(108)));
        assertEquals(107, SockaddrUn.of("x".repeat(107)).path().length());
    }

    @Test
    void familyIsAHostOrderU16AtOffsetZeroInEveryStructure() {
        SockaddrStorage ss = new SockaddrStorage();
        assertEquals(0, ss.family());
        ss.setFamily(10);
        assertArrayEquals(b(10, 0), Arrays.copyOf(ss.bytes(), 2));
        ss.setFamily(0x1234);
        assertArrayEquals(b(0x34, 0x12), Arrays.copyOf(ss.bytes(), 2));
    }

    @Test
    void clearZeroesButKeepsTheFamilyOfATypedView() {
        SockaddrIn sin = SockaddrIn.of(b(1, 2, 3, 4), 80);
        sin.setLen(8);
        sin.clear();
        assertEquals(16, sin.len());
        assertEquals(2, sin.family());
        assertArrayEquals(b(2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), sin.bytes());
    }

    @Test
    void storageViewsCopyTheBytesAndCheckTheFamily() {
        SockaddrStorage ss = new SockaddrStorage();
        ss.copyFrom(SockaddrIn.of(b(10, 0, 0, 1), 13));
        assertEquals(16, ss.len());
        assertEquals(13, ss.asIn().port());
        assertArrayEquals(b(10, 0, 0, 1), ss.asIn().addressBytes());
        assertThrows(IllegalStateException.class, ss::asIn6);
        assertThrows(IllegalStateException.class, ss::asUn);
        assertThrows(IllegalArgumentException.class, () -> ss.setLen(129));
    }

    @Test
    void convertsToAndFromInetSocketAddress() throws Exception {
        InetSocketAddress v4 = new InetSocketAddress(InetAddress.getByName("192.0.2.7"), 9877);
        SockAddr sa = SockAddr.of(v4);
        assertTrue(sa instanceof SockaddrIn);
        assertArrayEquals(b(2, 0, 0x26, 0x95, 192, 0, 2, 7, 0, 0, 0, 0, 0, 0, 0, 0), sa.bytes());
        assertEquals(v4, sa.toSocketAddress());

        InetSocketAddress v6 = new InetSocketAddress(InetAddress.getByName("2001:db8::1"), 13);
        SockAddr sa6 = SockAddr.of(v6);
        assertTrue(sa6 instanceof SockaddrIn6);
        assertEquals(28, sa6.len());
        assertEquals(13, sa6.portHost());
        assertArrayEquals(InetAddress.getByName("2001:db8::1").getAddress(), ((SockaddrIn6) sa6).addressBytes());
        assertEquals(v6, sa6.toSocketAddress());
        assertEquals("2001:db8:0:0:0:0:0:1", ((InetSocketAddress) sa6.toSocketAddress()).getAddress().getHostAddress(),
                "no scope id: no %0 suffix");

        Inet6Address scoped = Inet6Address.getByAddress(null, InetAddress.getByName("fe80::1").getAddress(), 2);
        SockaddrIn6 withScope = (SockaddrIn6) SockAddr.of(new InetSocketAddress(scoped, 1));
        assertEquals(2, withScope.sin6ScopeId());
        assertEquals(2, ((Inet6Address) ((InetSocketAddress) withScope.toSocketAddress()).getAddress()).getScopeId());

        assertThrows(IllegalArgumentException.class, () -> SockAddr.of(InetSocketAddress.createUnresolved("example.invalid", 1)));
    }

    @Test
    void anIpv4AddressInASockaddrIn6IsItsMappedForm() throws Exception {
        SockaddrIn6 sin6 = SockaddrIn6.of(InetAddress.getByName("1.2.3.4"), 7);
        assertArrayEquals(b(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4), sin6.addressBytes());
        assertEquals("::ffff:1.2.3.4", Inet.inetNtop(10, sin6.addressBytes()));
    }

    @Test
    void convertsToAndFromUnixDomainSocketAddress() {
        SockAddr sa = SockAddr.of(UnixDomainSocketAddress.of("/tmp/unix.dg"));
        assertTrue(sa instanceof SockaddrUn);
        assertEquals("/tmp/unix.dg", ((SockaddrUn) sa).path());
        assertEquals(UnixDomainSocketAddress.of("/tmp/unix.dg"), sa.toSocketAddress());
        SockaddrStorage ss = new SockaddrStorage();
        ss.copyFrom(sa);
        assertEquals(UnixDomainSocketAddress.of("/tmp/unix.dg"), ss.toSocketAddress());
        assertThrows(IllegalStateException.class, () -> new SockaddrStorage().toSocketAddress());
    }
}
