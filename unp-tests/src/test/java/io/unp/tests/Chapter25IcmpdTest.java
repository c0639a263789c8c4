package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 25, the ICMP message daemon (section 25.7): an unconnected UDP socket never hears
 * of ICMP errors, so udpcli01 hands its socket to icmpd (descriptor passing over the Unix
 * domain socket /tmp/icmpd) and icmpd, reading every ICMP message on raw sockets, writes back
 * the errors about it: "port unreachable" from a server with no socket on the port, "network
 * unreachable" from a router with no route, over IPv4 and IPv6. Client, one router, server.
 */
class Chapter25IcmpdTest {
    private static final Path ICMPD_PATH = Path.of("/tmp/icmpd");
    private static RouterChain net;
    private static Programs.Proc icmpd;

    @BeforeAll
    static void network() throws Exception {
        net = RouterChain.create(1);
        Files.deleteIfExists(ICMPD_PATH);
        icmpd = net.client().start("icmpd/icmpd");
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!Files.exists(ICMPD_PATH) && icmpd.process().isAlive() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertTrue(Files.exists(ICMPD_PATH), "icmpd did not listen on /tmp/icmpd: " + icmpd.stderrSoFar());
    }

    @AfterAll
    static void down() throws Exception {
        if (icmpd != null) {
            icmpd.close();
        }
        if (net != null) {
            net.close();
        }
        Files.deleteIfExists(ICMPD_PATH);
    }

    private static Programs.Result client(String host) {
        return net.client().run(Duration.ofSeconds(20), "hello\n".getBytes(StandardCharsets.US_ASCII), "icmpd/udpcli01",
                host, "9877");
    }

    private static void awaitDaemon(String text) throws InterruptedException {
        assertTrue(icmpd.awaitStdout(text, Duration.ofSeconds(5)), "icmpd printed:\n" + icmpd.stdoutSoFar());
    }

    @Test
    @Timeout(60)
    void aClosedPortIsReportedAsPortUnreachable() throws InterruptedException {
        Programs.Result r = client("10.9.2.2");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("ICMP error: dest = 10.9.2.2.9877, Connection refused, type = 3, code = 3\n", r.stdout());
        awaitDaemon("bytes ICMPv4 from 10.9.2.2: type = 3, code = 3\n\tsrcip = 10.9.1.1, dstip = 10.9.2.2, proto = 17\n");
        assertTrue(icmpd.stdoutSoFar().contains("new connection, i = 0, connfd = "), icmpd.stdoutSoFar());
    }

    @Test
    @Timeout(60)
    void aRouterWithNoRouteReportsNetworkUnreachable() throws InterruptedException {
        Programs.Result r = client("10.9.99.1");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("ICMP error: dest = 10.9.99.1.9877, No route to host, type = 3, code = 0\n", r.stdout());
        awaitDaemon("bytes ICMPv4 from 10.9.1.2: type = 3, code = 0\n\tsrcip = 10.9.1.1, dstip = 10.9.99.1, proto = 17\n");
    }

    @Test
    @Timeout(60)
    void anIpv6ClosedPortIsReportedAsPortUnreachable() throws InterruptedException {
        Programs.Result r = client("fd09:2::2");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("ICMP error: dest = fd09:2::2.9877, Connection refused, type = 1, code = 4\n", r.stdout());
        awaitDaemon("bytes ICMPv6 from fd09:2::2: type = 1, code = 4\n\tsrcip = fd09:1::1, dstip = fd09:2::2, next hdr = 17\n");
    }

    @Test
    @Timeout(60)
    void anAnsweringServerIsEchoedAsByAnyUdpClient() throws InterruptedException {
        RouterChain.needCommand("python3", "python3");
        try (Programs.Proc echo = net.server().startCommand("python3", "-c",
                "import socket\ns=socket.socket(socket.AF_INET,socket.SOCK_DGRAM)\ns.bind(('10.9.2.2',9877))\n"
                        + "print('ready',flush=True)\nwhile True:\n d,a=s.recvfrom(4096); s.sendto(d,a)\n")) {
            assertTrue(echo.awaitStdout("ready", Duration.ofSeconds(10)), echo.stderrSoFar());
            Programs.Result r = client("10.9.2.2");
            assertEquals(0, r.exit(), r.toString());
            assertEquals("hello\n", r.stdout());
        }
    }
}
