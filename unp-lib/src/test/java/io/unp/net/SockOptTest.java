package io.unp.net;

import io.unp.abi.Timeval;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.IPPROTO_IPV6;
import static io.unp.abi.Constants.IPPROTO_TCP;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import io.unp.testkit.Need;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The typed socket options of chapter 7 round-trip through the Linux kernel. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SockOptTest {

    /** Runs {@code body} with a fresh socket and closes it. */
    private static void withSocket(int family, int type, java.util.function.IntConsumer body) {
        int fd = Sys.socket(family, type, 0);
        try {
            body.accept(fd);
        } finally {
            Sys.close(fd);
        }
    }

    private static List<SockOpt<?>> everyOption() {
        return Stream.of(SolSocket.ALL, IpProto.ALL, Ipv6Proto.ALL, Icmp6Proto.ALL, TcpProto.ALL)
                .flatMap(List::stream).toList();
    }

    @Test
    void soLingerRoundTripsAsStructLinger() {
        withSocket(AF_INET, SOCK_STREAM, fd -> {
            assertEquals(new Linger(0, 0), Sys.getsockopt(fd, SolSocket.SO_LINGER), "default: off");
            Sys.setsockopt(fd, SolSocket.SO_LINGER, new Linger(1, 5));
            assertEquals(new Linger(1, 5), Sys.getsockopt(fd, SolSocket.SO_LINGER));
        });
    }

    @Test
    void soRcvtimeoRoundTripsAsStructTimeval() {
        withSocket(AF_INET, SOCK_DGRAM, fd -> {
            assertEquals(new Timeval(0, 0), Sys.getsockopt(fd, SolSocket.SO_RCVTIMEO), "default: block forever");
            Sys.setsockopt(fd, SolSocket.SO_RCVTIMEO, new Timeval(2, 500_000));
            assertEquals(new Timeval(2, 500_000), Sys.getsockopt(fd, SolSocket.SO_RCVTIMEO));
            Sys.setsockopt(fd, SolSocket.SO_SNDTIMEO, new Timeval(7, 0));
            assertEquals(new Timeval(7, 0), Sys.getsockopt(fd, SolSocket.SO_SNDTIMEO));
        });
    }

    @Test
    void soRcvtimeoMakesARecvFailWithEagainAfterTheTimeout() {
        withSocket(AF_INET, SOCK_DGRAM, fd -> {
            Sys.setsockopt(fd, SolSocket.SO_RCVTIMEO, new Timeval(0, 200_000));
            long start = System.nanoTime();
            ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.recv(fd, new byte[10], 0, 10, 0));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.is(Errno.EAGAIN), e.getMessage());
            assertTrue(ms >= 150 && ms < 5000, "recv returned after " + ms + " ms");
        });
    }

    @Test
    void tcpNodelayIsOffUntilSet() {
        withSocket(AF_INET, SOCK_STREAM, fd -> {
            assertFalse(Sys.getsockopt(fd, TcpProto.TCP_NODELAY));
            Sys.setsockopt(fd, TcpProto.TCP_NODELAY, true);
            assertTrue(Sys.getsockopt(fd, TcpProto.TCP_NODELAY));
            assertEquals(1, Sys.getsockoptInt(fd, IPPROTO_TCP, Constants.TCP_NODELAY), "the raw path sees it too");
        });
    }

    @Test
    void tcpKeepaliveIsLinuxsTcpKeepidle() {
        withSocket(AF_INET, SOCK_STREAM, fd -> {
            Sys.setsockopt(fd, TcpProto.TCP_KEEPALIVE, 75);
            assertEquals(75, Sys.getsockoptInt(fd, IPPROTO_TCP, Constants.TCP_KEEPIDLE));
            assertEquals("TCP_KEEPALIVE", TcpProto.TCP_KEEPIDLE.name());
        });
    }

    @Test
    void ipTtlRoundTrips() {
        withSocket(AF_INET, SOCK_DGRAM, fd -> {
            int def = Sys.getsockopt(fd, IpProto.IP_TTL);
            assertTrue(def > 0 && def < 256, "default TTL " + def);
            Sys.setsockopt(fd, IpProto.IP_TTL, 17);
            assertEquals(17, Sys.getsockopt(fd, IpProto.IP_TTL));
        });
    }

    @Test
    void ipMulticastIfAndMembershipTakeAddresses() throws Exception {
        Inet4Address lo = (Inet4Address) InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        Inet4Address group = (Inet4Address) InetAddress.getByAddress(new byte[] {(byte) 239, 1, 2, 3});
        withSocket(AF_INET, SOCK_DGRAM, fd -> {
            Sys.setsockopt(fd, IpProto.IP_MULTICAST_IF, lo);
            assertEquals(lo, Sys.getsockopt(fd, IpProto.IP_MULTICAST_IF));
            Sys.setsockopt(fd, IpProto.IP_MULTICAST_TTL, 3);
            assertEquals(3, Sys.getsockopt(fd, IpProto.IP_MULTICAST_TTL));
            Sys.setsockopt(fd, IpProto.IP_MULTICAST_LOOP, false);
            assertFalse(Sys.getsockopt(fd, IpProto.IP_MULTICAST_LOOP));
            Sys.setsockopt(fd, IpProto.IP_ADD_MEMBERSHIP, new IpMreq(group, lo));
            ErrnoException twice = assertThrows(ErrnoException.class,
                    () -> Sys.setsockopt(fd, IpProto.IP_ADD_MEMBERSHIP, new IpMreq(group, lo)));
            assertTrue(twice.is(Errno.EADDRINUSE), "joining twice: " + twice.getMessage());
            Sys.setsockopt(fd, IpProto.IP_DROP_MEMBERSHIP, new IpMreq(group, lo));
        });
    }

    @Test
    void ipOptionsAreRawBytesAndEmptyByDefault() {
        withSocket(AF_INET, SOCK_STREAM, fd -> {
            assertArrayEquals(new byte[0], Sys.getsockopt(fd, IpProto.IP_OPTIONS));
            byte[] nopsAndEnd = {1, 1, 1, 0}; // NOP NOP NOP EOL: one 4-byte word
            Sys.setsockopt(fd, IpProto.IP_OPTIONS, nopsAndEnd);
            assertArrayEquals(nopsAndEnd, Sys.getsockopt(fd, IpProto.IP_OPTIONS));
        });
    }

    @Test
    void ipv6V6onlyRoundTrips() {
        int fd;
        try {
            fd = Sys.socket(AF_INET6, SOCK_STREAM, 0);
        } catch (ErrnoException e) {
            Need.that(false, "needs IPv6 sockets: " + e.getMessage());
            return;
        }
        try {
            Sys.setsockopt(fd, Ipv6Proto.IPV6_V6ONLY, true);
            assertTrue(Sys.getsockopt(fd, Ipv6Proto.IPV6_V6ONLY));
            Sys.setsockopt(fd, Ipv6Proto.IPV6_V6ONLY, false);
            assertFalse(Sys.getsockopt(fd, Ipv6Proto.IPV6_V6ONLY));
            Sys.setsockopt(fd, Ipv6Proto.IPV6_UNICAST_HOPS, 9);
            assertEquals(9, Sys.getsockopt(fd, Ipv6Proto.IPV6_UNICAST_HOPS));
            Sys.setsockopt(fd, Ipv6Proto.IPV6_HOPLIMIT, true); // the book's flag: Linux's IPV6_RECVHOPLIMIT
            assertTrue(Sys.getsockopt(fd, Ipv6Proto.IPV6_HOPLIMIT));
            assertEquals(1, Sys.getsockoptInt(fd, IPPROTO_IPV6, Constants.IPV6_RECVHOPLIMIT));
        } finally {
            Sys.close(fd);
        }
    }

    @Test
    void ipv6JoinGroupTakesAnIpv6Mreq() throws Exception {
        int fd;
        try {
            fd = Sys.socket(AF_INET6, SOCK_DGRAM, 0);
        } catch (ErrnoException e) {
            Need.that(false, "needs IPv6 sockets: " + e.getMessage());
            return;
        }
        try {
            Inet6Address group = (Inet6Address) InetAddress.getByName("ff15::1234");
            Sys.setsockopt(fd, Ipv6Proto.IPV6_JOIN_GROUP, new Ipv6Mreq(group, 1)); // interface 1: lo
            Sys.setsockopt(fd, Ipv6Proto.IPV6_LEAVE_GROUP, new Ipv6Mreq(group, 1));
        } catch (ErrnoException e) {
            Need.that(false, "needs IPv6 multicast on lo: " + e.getMessage());
        } finally {
            Sys.close(fd);
        }
    }

    @Test
    void linuxDoublesSoRcvbuf() {
        withSocket(AF_INET, SOCK_STREAM, fd -> {
            Sys.setsockopt(fd, SolSocket.SO_RCVBUF, 9973);
            assertEquals(2 * 9973, Sys.getsockopt(fd, SolSocket.SO_RCVBUF));
            Sys.setsockopt(fd, SolSocket.SO_SNDBUF, 65536);
            assertEquals(2 * 65536, Sys.getsockopt(fd, SolSocket.SO_SNDBUF));
        });
    }

    @Test
    void soTypeAndSoErrorAreReadable() {
        withSocket(AF_INET, SOCK_DGRAM, fd -> {
            assertEquals(SOCK_DGRAM, Sys.getsockopt(fd, SolSocket.SO_TYPE));
            assertEquals(0, Sys.getsockopt(fd, SolSocket.SO_ERROR));
        });
    }

    @Test
    void anUnknownOptionFailsWithEnoprotoopt() {
        withSocket(AF_INET, SOCK_STREAM, fd -> {
            ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.getsockopt(fd, SOL_SOCKET, 999, new byte[4]));
            assertEquals(Errno.ENOPROTOOPT, e.errno());
            assertEquals("getsockopt", e.call());
            assertEquals(Errno.ENOPROTOOPT.code(), Sys.errno(), "errno is recorded as C's would be");
            assertEquals("getsockopt: Protocol not available", e.getMessage());
        });
    }

    @Test
    void settingSoSndlowatFailsWithEnoprotooptOnLinux() {
        withSocket(AF_INET, SOCK_STREAM, fd -> {
            assertEquals(1, Sys.getsockopt(fd, SolSocket.SO_SNDLOWAT));
            ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.setsockopt(fd, SolSocket.SO_SNDLOWAT, 4096));
            assertEquals(Errno.ENOPROTOOPT, e.errno());
            assertEquals("setsockopt", e.call());
        });
    }

    @Test
    void aRawSocketOptionOnATcpSocketFailsWithEnoprotoopt() {
        int fd;
        try {
            fd = Sys.socket(AF_INET6, SOCK_STREAM, 0);
        } catch (ErrnoException e) {
            Need.that(false, "needs IPv6 sockets: " + e.getMessage());
            return;
        }
        try {
            ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.getsockopt(fd, Ipv6Proto.IPV6_CHECKSUM));
            assertEquals(Errno.ENOPROTOOPT, e.errno());
        } finally {
            Sys.close(fd);
        }
    }

    @Test
    void aWrongLevelFailsWithAnErrnoException() {
        // an IPv6 option on an IPv4 socket, a TCP option on a UDP socket: Linux before 5.x said
        // ENOPROTOOPT, newer kernels say EOPNOTSUPP; either way the errno is carried and recorded
        withSocket(AF_INET, SOCK_DGRAM, fd -> {
            for (SockOpt<Boolean> opt : List.of(Ipv6Proto.IPV6_V6ONLY, TcpProto.TCP_NODELAY)) {
                ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.getsockopt(fd, opt));
                assertTrue(e.is(Errno.ENOPROTOOPT) || e.is(Errno.EOPNOTSUPP), opt + ": " + e.getMessage());
                assertEquals(e.code(), Sys.errno());
            }
        });
    }

    @Test
    void theBooksOptionsThatLinuxLacksFailWithoutASystemCall() {
        List<String> missing = new ArrayList<>();
        for (SockOpt<?> opt : everyOption()) {
            if (!opt.onLinux()) {
                missing.add(opt.name());
                assertFalse(opt.linuxNote().isEmpty(), opt + " says what Linux has instead");
                assertThrows(UnsupportedOperationException.class, opt::optname);
            }
        }
        assertEquals(List.of("SO_USELOOPBACK", "IP_RECVDSTADDR", "IP_RECVIF", "TCP_MAXRT", "TCP_STDURG"), missing);
        withSocket(AF_INET, SOCK_STREAM, fd -> {
            ErrnoException get = assertThrows(ErrnoException.class, () -> Sys.getsockopt(fd, SolSocket.SO_USELOOPBACK));
            assertEquals(Errno.ENOPROTOOPT, get.errno());
            ErrnoException set = assertThrows(ErrnoException.class, () -> Sys.setsockopt(fd, TcpProto.TCP_MAXRT, 5));
            assertEquals(Errno.ENOPROTOOPT, set.errno());
        });
    }

    @Test
    void valuesAreLaidOutAsLinuxX8664Does() {
        assertArrayEquals(new byte[] {1, 0, 0, 0, 5, 0, 0, 0}, SolSocket.SO_LINGER.encode(new Linger(1, 5)));
        assertArrayEquals(new byte[] {3, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0},
                SolSocket.SO_RCVTIMEO.encode(new Timeval(3, 7)));
        assertArrayEquals(new byte[] {1, 0, 0, 0}, TcpProto.TCP_NODELAY.encode(true));
        assertEquals(8, SolSocket.SO_LINGER.capacity());
        assertEquals(16, SolSocket.SO_SNDTIMEO.capacity());
        assertEquals(32, Icmp6Proto.ICMP6_FILTER.capacity());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SolSocket.SO_LINGER.decode(new byte[8], 4));
        assertEquals("SO_LINGER: size (4) not sizeof(struct linger)", e.getMessage());
    }

    /** The Linux name of an option the book names differently. */
    private static final Map<String, String> LINUX_NAME = Map.of(
            "TCP_KEEPALIVE", "TCP_KEEPIDLE",
            "IPV6_DSTOPTS", "IPV6_RECVDSTOPTS",
            "IPV6_HOPLIMIT", "IPV6_RECVHOPLIMIT",
            "IPV6_HOPOPTS", "IPV6_RECVHOPOPTS",
            "IPV6_PKTINFO", "IPV6_RECVPKTINFO",
            "IPV6_RTHDR", "IPV6_RECVRTHDR",
            "IPV6_PKTOPTIONS", "IPV6_2292PKTOPTIONS");

    @Test
    void everyOptionNumberIsTheOneInConstantsAndInPythonsSocketModule() throws Exception {
        Map<String, Integer> constants = new HashMap<>();
        for (Field f : Constants.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                constants.put(f.getName(), f.getInt(null));
            }
        }
        for (SockOpt<?> opt : everyOption()) {
            if (opt.onLinux()) {
                String linux = LINUX_NAME.getOrDefault(opt.name(), opt.name());
                assertEquals(constants.get(linux), opt.optname(), opt + " is Linux's " + linux);
            } else {
                assertFalse(constants.containsKey(opt.name()), opt + " is not in Constants, as C lacks it");
            }
        }

        // python3's socket module takes its numbers from the C headers of this machine
        List<String> names = new ArrayList<>();
        constants.keySet().stream().filter(n -> n.matches("(SO|IP|IPV6|TCP)_.*|IPPROTO_.*|SOL_SOCKET")).forEach(names::add);
        List<String> cmd = new ArrayList<>(List.of("python3", "-c",
                "import socket, sys\nfor n in sys.argv[1:]: print(n, getattr(socket, n, '-'))"));
        cmd.addAll(names);
        Need.command("python3");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        int compared = 0;
        for (String line : out.split("\n")) {
            String[] f = line.split(" ");
            if (!f[1].equals("-")) {
                assertEquals(Integer.parseInt(f[1]), constants.get(f[0]), f[0]);
                compared++;
            }
        }
        assertTrue(compared > 40, "compared " + compared + " numbers with python3:\n" + out);
    }
}
