package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.lib.WrapSock;
import io.unp.net.Inet;
import io.unp.net.Ipv6Proto;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 10 on Linux: an IPv6 server serves IPv4 clients, which it sees as IPv4-mapped IPv6
 * addresses; an IPv6 client reaches an IPv4 server through a mapped address; IPV6_V6ONLY (per
 * socket, or net.ipv6.bindv6only for a whole namespace) turns both off.
 */
class Chapter10InteropTest {
    private static final Duration RUN = Duration.ofSeconds(20);

    private static Programs.Result ok(Programs.Result r) {
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.stderr(), r.toString());
        return r;
    }

    @Test
    @Timeout(90)
    void ipv6ServerSeesIpv4ClientsAsMappedAddresses() throws InterruptedException {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv2 = ns.start("names/daytimetcpsrv2", "::", "9999");
            Programs.Proc srv4 = ns.start("names/daytimetcpsrv4", "::", "9998");
            ns.awaitListening(srv2, 9999, RUN);
            ns.awaitListening(srv4, 9998, RUN);

            Programs.Result r = ok(ns.run(RUN, null, "names/daytimetcpcli", "127.0.0.1", "9999"));
            assertTrue(r.stdout().startsWith("connected to 127.0.0.1\n"), "the client is plain IPv4: " + r);
            assertTrue(srv2.awaitStdout("\n", RUN), srv2.stderrSoFar());
            assertTrue(srv2.stdoutSoFar().matches("connection from ::ffff:127\\.0\\.0\\.1\\.\\d+\n"), srv2.stdoutSoFar());

            ok(ns.run(RUN, null, "names/daytimetcpcli2", "127.0.0.1", "9998"));
            assertTrue(srv4.awaitStdout("\n", RUN), srv4.stderrSoFar());
            assertTrue(srv4.stdoutSoFar().matches("connection from ::ffff:127\\.0\\.0\\.1\\.\\d+\n"),
                    "getnameinfo prints the mapped address too: " + srv4.stdoutSoFar());

            // the IPv6 client is still IPv6
            ok(ns.run(RUN, null, "names/daytimetcpcli", "::1", "9999"));
            assertTrue(srv2.awaitStdout("connection from ::1.", RUN), srv2.stdoutSoFar());
        }
    }

    @Test
    @Timeout(90)
    void ipv6ServerSeesIpv4DatagramsFromMappedAddresses() throws InterruptedException {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("names/daytimeudpsrv2", "::", "9999");
            long end = System.nanoTime() + RUN.toNanos();
            while (!Chapter11NamesTest.udpBound(ns, 9999) && System.nanoTime() < end) {
                NetNs.sleep(25);
            }
            Programs.Result r = ok(ns.run(RUN, null, "names/daytimeudpcli1", "127.0.0.1", "9999"));
            assertTrue(r.stdout().startsWith("sending to 127.0.0.1\n"), r.toString());
            Chapter01DaytimeTest.assertDaytimeLine(r.stdout().substring("sending to 127.0.0.1\n".length()));
            assertTrue(srv.awaitStdout("\n", RUN), srv.stderrSoFar());
            assertTrue(srv.stdoutSoFar().matches("datagram from ::ffff:127\\.0\\.0\\.1\\.\\d+\n"), srv.stdoutSoFar());
        }
    }

    @Test
    @Timeout(90)
    void ipv6ClientReachesIpv4ServerThroughAMappedAddress() throws InterruptedException {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("names/daytimetcpsrv2", "0.0.0.0", "9999");
            ns.awaitListening(srv, 9999, RUN);

            Programs.Result r = ok(ns.run(RUN, null, "names/daytimetcpcli", "::ffff:127.0.0.1", "9999"));
            assertTrue(r.stdout().startsWith("connected to ::ffff:127.0.0.1\n"), "an AF_INET6 socket: " + r);
            Chapter01DaytimeTest.assertDaytimeLine(r.stdout().substring("connected to ::ffff:127.0.0.1\n".length()));
            assertTrue(srv.awaitStdout("\n", RUN), srv.stderrSoFar());
            assertTrue(srv.stdoutSoFar().matches("connection from 127\\.0\\.0\\.1\\.\\d+\n"),
                    "the IPv4 server sees an IPv4 client: " + srv.stdoutSoFar());
        }
    }

    @Test
    @Timeout(90)
    void bindv6onlyMakesTheIpv4ClientFail() throws InterruptedException {
        try (NetNs ns = NetNs.create()) {
            Programs.Result set = ns.runCommand(RUN, null, "sysctl", "-w", "net.ipv6.bindv6only=1");
            assertEquals(0, set.exit(), set.toString());
            Programs.Proc srv = ns.start("names/daytimetcpsrv2", "::", "9999");
            ns.awaitListening(srv, 9999, RUN);

            Programs.Result r = ns.run(RUN, null, "names/daytimetcpcli", "127.0.0.1", "9999");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("tcp_connect error for 127.0.0.1, 9999: Connection refused\n", r.stderr());
            ok(ns.run(RUN, null, "names/daytimetcpcli", "::1", "9999"));
            assertTrue(srv.awaitStdout("connection from ::1.", RUN), srv.stdoutSoFar());
        }
    }

    /** Socket, IPV6_V6ONLY as given, bind [::]:0, listen; returns {fd, port}. */
    private static int[] listener6(boolean v6only) {
        int fd = Sys.socket(Constants.AF_INET6, Constants.SOCK_STREAM, 0);
        WrapSock.Setsockopt(fd, Ipv6Proto.IPV6_V6ONLY, v6only);
        assertEquals(v6only, WrapSock.Getsockopt(fd, Ipv6Proto.IPV6_V6ONLY));
        Sys.bind(fd, new SockaddrIn6());
        Sys.listen(fd, 5);
        SockaddrIn6 bound = new SockaddrIn6();
        Sys.getsockname(fd, bound);
        return new int[] {fd, bound.port()};
    }

    private static Errno connectError(int family, String addr, int port) {
        int fd = Sys.socket(family, Constants.SOCK_STREAM, 0);
        try {
            if (family == Constants.AF_INET) {
                SockaddrIn sa = new SockaddrIn();
                Inet.inetPton(Constants.AF_INET, addr, sa);
                sa.setPort(port);
                Sys.connect(fd, sa);
            } else {
                SockaddrIn6 sa = new SockaddrIn6();
                Inet.inetPton(Constants.AF_INET6, addr, sa);
                sa.setPort(port);
                Sys.connect(fd, sa);
            }
            return null;
        } catch (ErrnoException e) {
            return Errno.of(e.code());
        } finally {
            Sys.close(fd);
        }
    }

    @Test
    @Timeout(30)
    void ipv6V6onlySocketOptionRefusesIpv4AndMappedPeers() {
        int[] both = listener6(false);
        int[] only = listener6(true);
        try {
            assertEquals(null, connectError(Constants.AF_INET, "127.0.0.1", both[1]), "dual-stack takes IPv4");
            assertEquals(Errno.ECONNREFUSED, connectError(Constants.AF_INET, "127.0.0.1", only[1]),
                    "no IPv4 listener behind an IPV6_V6ONLY socket");
            assertEquals(null, connectError(Constants.AF_INET6, "::1", only[1]));
            assertFalse(connectError(Constants.AF_INET6, "::ffff:127.0.0.1", only[1]) == null,
                    "a mapped address reaches IPv4, where nothing listens");
        } finally {
            Sys.close(both[0]);
            Sys.close(only[0]);
        }
        int c = Sys.socket(Constants.AF_INET6, Constants.SOCK_STREAM, 0);
        try {
            WrapSock.Setsockopt(c, Ipv6Proto.IPV6_V6ONLY, true);
            SockaddrIn6 mapped = new SockaddrIn6();
            Inet.inetPton(Constants.AF_INET6, "::ffff:127.0.0.1", mapped);
            mapped.setPort(9);
            ErrnoException e = org.junit.jupiter.api.Assertions.assertThrows(ErrnoException.class,
                    () -> Sys.connect(c, mapped));
            assertEquals(Errno.ENETUNREACH.code(), e.code(), "a V6ONLY socket cannot use a mapped address: " + e);
        } finally {
            Sys.close(c);
        }
    }
}
