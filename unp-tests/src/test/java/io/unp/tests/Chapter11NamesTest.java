package io.unp.tests;

import static io.unp.tests.Chapter09NamesTest.assertNoTrace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 11's protocol-independent names/ programs (tcp_connect, tcp_listen, udp_client,
 * udp_connect, udp_server, getnameinfo) against names of the test's own DNS server
 * ({@link DnsNs}): connecting by name and by service name, over IPv4 and IPv6, and the
 * gai_strerror messages for names, services and numeric addresses that do not resolve.
 */
class Chapter11NamesTest {
    private static final Duration RUN = Duration.ofSeconds(20);

    /** here.unp.test is the namespace itself, by both families; v4.unp.test only by IPv4. */
    static DnsNs.Zone zone() {
        return DnsNs.zone()
                .host("here.unp.test", DnsNs.LOCAL_V4, DnsNs.LOCAL_V6)
                .cname("daytime.unp.test", "here.unp.test")
                .host("v4.unp.test", DnsNs.LOCAL_V4)
                .host("v6.unp.test", "2001:db8::9")
                .local("2001:db8::9")
                .noAddress("noaddr.unp.test");
    }

    private static Programs.Result ok(Programs.Result r) {
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.stderr(), r.toString());
        return r;
    }

    /** The output of a client that prints one line about the peer, then the daytime line. */
    private static void assertFirstLineThenDaytime(Programs.Result r, String first) {
        ok(r);
        assertTrue(r.stdout().startsWith(first + "\n"), r.toString());
        Chapter01DaytimeTest.assertDaytimeLine(r.stdout().substring(first.length() + 1));
    }

    /** True if a UDP socket of the namespace is bound to {@code port}. */
    static boolean udpBound(NetNs ns, int port) {
        Programs.Result r = ns.runCommand(RUN, null, "cat", "/proc/net/udp", "/proc/net/udp6");
        String hex = String.format(":%04X ", port);
        return r.stdout().lines().anyMatch(l -> l.trim().split("\\s+").length > 1
                && (l.trim().split("\\s+")[1] + " ").endsWith(hex));
    }

    static void awaitUdp(NetNs ns, Programs.Proc srv, int port) {
        long end = System.nanoTime() + RUN.toNanos();
        while (!udpBound(ns, port)) {
            if (System.nanoTime() > end || !srv.process().isAlive()) {
                throw new AssertionError("no UDP socket on " + port + ": " + srv.stderrSoFar());
            }
            NetNs.sleep(25);
        }
    }

    @Test
    @Timeout(90)
    void daytimetcpcliConnectsByNameAndServiceNameOverBothFamilies() throws InterruptedException {
        try (DnsNs dns = DnsNs.start(zone())) {
            Programs.Proc srv = dns.start("names/daytimetcpsrv2", "::", "daytime");
            dns.ns().awaitListening(srv, 13, RUN);

            // IPv6 is sorted first when the host has an IPv6 address of its own (RFC 6724)
            assertFirstLineThenDaytime(dns.run(RUN, "names/daytimetcpcli", "daytime.unp.test", "daytime"),
                    "connected to " + DnsNs.LOCAL_V6);
            assertFirstLineThenDaytime(dns.run(RUN, "names/daytimetcpcli", "v4.unp.test", "daytime"),
                    "connected to " + DnsNs.LOCAL_V4);
            assertFirstLineThenDaytime(dns.run(RUN, "names/daytimetcpcli", "v6.unp.test", "13"),
                    "connected to 2001:db8::9");
            assertTrue(srv.awaitStdout("connection from 2001:db8::9.", RUN), srv.stdoutSoFar());
            assertTrue(Pattern.compile("connection from ::ffff:192\\.0\\.2\\.254\\.\\d+\n").matcher(srv.stdoutSoFar())
                    .find(), "the IPv4 client, as an IPv4-mapped address: " + srv.stdoutSoFar());
            assertTrue(dns.log().contains("query[AAAA] daytime.unp.test"), dns.log());
        }
    }

    @Test
    @Timeout(90)
    void tcpConnectTriesTheNextAddressWhenOneRefuses() {
        try (DnsNs dns = DnsNs.start(zone())) {
            // an IPv4-only server: here.unp.test's IPv6 address refuses, its IPv4 one accepts
            Programs.Proc srv = dns.start("names/daytimetcpsrv1", "daytime");
            dns.ns().awaitListening(srv, 13, RUN);
            assertFirstLineThenDaytime(dns.run(RUN, "names/daytimetcpcli", "here.unp.test", "daytime"),
                    "connected to " + DnsNs.LOCAL_V4);
            assertFirstLineThenDaytime(dns.run(RUN, "names/daytimetcpcli", "localhost", "daytime"),
                    "connected to 127.0.0.1");

            Programs.Result r = dns.run(RUN, "names/daytimetcpcli", "v6.unp.test", "daytime");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("tcp_connect error for v6.unp.test, daytime: Connection refused\n", r.stderr());
        }
    }

    @Test
    @Timeout(60)
    void daytimetcpsrv4PrintsClientsWithGetnameinfo() throws InterruptedException {
        try (DnsNs dns = DnsNs.start(zone())) {
            Programs.Proc srv = dns.start("names/daytimetcpsrv4", "here.unp.test", "9999");
            dns.ns().awaitListening(srv, 9999, RUN);
            assertFirstLineThenDaytime(dns.run(RUN, "names/daytimetcpcli", "daytime.unp.test", "9999"),
                    "connected to " + DnsNs.LOCAL_V6);
            assertTrue(srv.awaitStdout("\n", RUN), srv.stderrSoFar());
            assertTrue(srv.stdoutSoFar().matches("connection from 2001:db8::fe\\.\\d+\n"), srv.stdoutSoFar());
        }
    }

    @Test
    @Timeout(60)
    void daytimetcpsrv3EndsTheConnectionWithAReset() {
        try (DnsNs dns = DnsNs.start(zone())) {
            Programs.Proc srv = dns.start("names/daytimetcpsrv3", "daytime");
            dns.ns().awaitListening(srv, 13, RUN);
            long t0 = System.nanoTime();
            Programs.Result r = dns.run(RUN, "names/daytimetcpcli", "v4.unp.test", "daytime");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(1, r.exit(), r.toString());
            assertEquals("read error: Connection reset by peer\n", r.stderr(), "an RST, not a FIN: " + r);
            assertTrue(r.stdout().startsWith("connected to 192.0.2.254\n"), r.toString());
            Chapter01DaytimeTest.assertDaytimeLine(r.stdout().substring("connected to 192.0.2.254\n".length()));
            assertTrue(ms >= 1900, "the server waits 2 s before the RST, the client took " + ms + " ms");
        }
    }

    @Test
    @Timeout(90)
    void udpDaytimeClientsAndServerByNameAndServiceName() throws InterruptedException {
        try (DnsNs dns = DnsNs.start(zone())) {
            Programs.Proc srv = dns.start("names/daytimeudpsrv2", "::", "daytime");
            awaitUdp(dns.ns(), srv, 13);

            assertFirstLineThenDaytime(dns.run(RUN, "names/daytimeudpcli1", "daytime.unp.test", "daytime"),
                    "sending to " + DnsNs.LOCAL_V6);
            Chapter01DaytimeTest.assertDaytimeLine(ok(dns.run(RUN, "names/daytimeudpcli2", "v4.unp.test", "daytime"))
                    .stdout());
            Programs.Result t2 = ok(dns.run(RUN, "names/test2", "v4.unp.test", "13"));
            assertTrue(t2.stdout().startsWith("bound 0.0.0.0\nsending to 192.0.2.254\n"), t2.toString());
            assertTrue(srv.awaitStdout("datagram from ::ffff:192.0.2.254.", RUN), srv.stdoutSoFar());
            assertTrue(srv.stdoutSoFar().startsWith("datagram from 2001:db8::fe."), srv.stdoutSoFar());

            // no server on the port: the connected socket gets the ICMP error
            Programs.Result r = dns.run(RUN, "names/daytimeudpcli2", "here.unp.test", "9999");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("read error: Connection refused\n", r.stderr());
        }
    }

    @Test
    @Timeout(90)
    void soReuseaddrLetsASecondUdpServerBindTheSamePort() {
        try (DnsNs dns = DnsNs.start(zone())) {
            Programs.Proc first = dns.start("names/daytimeudpsrv2", "9999");
            awaitUdp(dns.ns(), first, 9999);
            Programs.Result second = dns.run(RUN, "names/daytimeudpsrv2", "9999");
            assertEquals(1, second.exit(), second.toString());
            assertEquals("udp_server error for (null), 9999: Address already in use\n", second.stderr());

            Programs.Proc a = dns.start("names/daytimeudpsrv3", "9998");
            awaitUdp(dns.ns(), a, 9998);
            Programs.Proc b = dns.start("names/daytimeudpsrv3", "9998");
            Chapter01DaytimeTest.assertDaytimeLine(ok(dns.run(RUN, "names/daytimeudpcli2", "v4.unp.test", "9998"))
                    .stdout());
            assertTrue(a.process().isAlive() && b.process().isAlive(),
                    "both SO_REUSEADDR servers are bound: " + a.stderrSoFar() + b.stderrSoFar());
        }
    }

    @Test
    @Timeout(90)
    void malformedNamesServicesAndAddressesGetTheGaiStrerrorMessage() {
        try (DnsNs dns = DnsNs.start(zone())) {
            String[][] cases = {
                {"names/daytimetcpcli", "nosuch.unp.test", "daytime",
                    "tcp_connect error for nosuch.unp.test, daytime: Name or service not known"},
                {"names/daytimetcpcli", "noaddr.unp.test", "daytime",
                    "tcp_connect error for noaddr.unp.test, daytime: No address associated with hostname"},
                {"names/daytimetcpcli", "here.unp.test", "nosuchservice",
                    "tcp_connect error for here.unp.test, nosuchservice: Servname not supported for ai_socktype"},
                {"names/daytimetcpcli", "256.1.1.1", "13", "tcp_connect error for 256.1.1.1, 13: Name or service not known"},
                {"names/daytimetcpcli", "::ffff:1.2.3", "13", "tcp_connect error for ::ffff:1.2.3, 13: Name or service not known"},
                {"names/daytimeudpcli1", "nosuch.unp.test", "daytime",
                    "udp_client error for nosuch.unp.test, daytime: Name or service not known"},
                {"names/daytimeudpcli2", "here.unp.test", "nosuchservice",
                    "udp_connect error for here.unp.test, nosuchservice: Servname not supported for ai_socktype"},
                {"names/test2", "noaddr.unp.test", "13",
                    "udp_client error for noaddr.unp.test, 13: No address associated with hostname"},
                {"names/daytimetcpsrv2", "256.0.0.1", "13", "tcp_listen error for 256.0.0.1, 13: Name or service not known"},
                {"names/daytimeudpsrv3", "here.unp.test", "nosuchservice",
                    "udp_server error for here.unp.test, nosuchservice: Servname not supported for ai_socktype"},
            };
            for (String[] c : cases) {
                Programs.Result r = dns.run(RUN, c[0], c[1], c[2]);
                assertEquals(1, r.exit(), r.toString());
                assertNoTrace(r);
                assertEquals(c[3] + "\n", r.stderr(), String.join(" ", c));
            }
            Programs.Result r = dns.run(RUN, "names/daytimetcpsrv1", "nosuchservice");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("tcp_listen error for (null), nosuchservice: Servname not supported for ai_socktype\n",
                    r.stderr());
            r = dns.run(RUN, "names/daytimetcpcli", "here.unp.test");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("usage: daytimetcpcli <hostname/IPaddress> <service/port#>\n", r.stderr());
        }
    }
}
