package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 24, IPv4 source routes (section 24.3): tcpcli01 connects with a loose source route
 * through two routers and tcpserv01 prints the route the kernel reversed for its replies, the
 * client last, as in the book; with Linux's default (accept_source_route=0) the first router
 * drops the source-routed SYN and no connection is made.
 */
class Chapter24IpoptsTest {
    private static RouterChain net;
    private static Programs.Proc server;

    @BeforeAll
    static void network() {
        net = RouterChain.create(2);
        server = net.server().start("ipopts/tcpserv01");
        net.server().awaitListening(server, 9877, Duration.ofSeconds(15));
    }

    @AfterAll
    static void down() {
        if (server != null) {
            server.close();
        }
        if (net != null) {
            net.close();
        }
    }

    private static void sourceRoutes(boolean on) {
        for (NetNs ns : net.nodes) {
            RouterChain.acceptSourceRoute(ns, on);
        }
    }

    @Test
    @Timeout(60)
    void theServerPrintsTheLooseSourceRouteReversed() throws InterruptedException {
        sourceRoutes(true);
        Programs.Result r = net.client().run(Duration.ofSeconds(20), "hello\n".getBytes(StandardCharsets.US_ASCII),
                "ipopts/tcpcli01", "-g", "10.9.1.2", "-g", "10.9.2.2", "10.9.3.2");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("hello\n", r.stdout());
        // the routers' outgoing addresses, the last router first, and the client
        String expected = "received IP options, len = 12\nreceived LSRR: 10.9.3.1 10.9.2.1 10.9.1.1 \n";
        assertTrue(server.awaitStdout(expected, Duration.ofSeconds(5)), server.stdoutSoFar());
    }

    @Test
    @Timeout(60)
    void linuxDropsSourceRoutedPacketsByDefault() throws InterruptedException {
        sourceRoutes(true);
        // Linux's default in every namespace: conf.all 0 (conf.default and each interface 1, but
        // a source-routed packet needs both all and its interface)
        RouterChain.sh(net.router(1), "sysctl -qw net.ipv4.conf.all.accept_source_route=0");
        try (Programs.Proc c = net.client().start("ipopts/tcpcli01", "-g", "10.9.1.2", "10.9.3.2")) {
            c.send("hello\n");
            String before = server.stdoutSoFar();
            Thread.sleep(3000); // the SYN and its retransmissions are dropped at r1
            assertTrue(c.process().isAlive(), "connect should still be waiting: " + c.stderrSoFar());
            assertEquals("", c.stdoutSoFar());
            assertEquals(before, server.stdoutSoFar(), "no connection reached the server");
        } finally {
            sourceRoutes(true);
        }
    }

    @Test
    @Timeout(60)
    void withoutARouteTheServerPrintsNoOptions() throws InterruptedException {
        String before = server.stdoutSoFar();
        Programs.Result r = net.client().run(Duration.ofSeconds(20), "plain\n".getBytes(StandardCharsets.US_ASCII),
                "ipopts/tcpcli01", "10.9.3.2");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("plain\n", r.stdout());
        assertTrue(server.awaitStdout(before + "child ", Duration.ofSeconds(5)), server.stdoutSoFar());
        assertTrue(!server.stdoutSoFar().substring(before.length()).contains("received"), server.stdoutSoFar());
    }

    @Test
    @Timeout(60)
    void tooManyHopsAndAMissingHostAreRefused() {
        Programs.Result r = net.client().run(Duration.ofSeconds(20), null, "ipopts/tcpcli01", "-g", "10.9.1.2");
        assertEquals(1, r.exit());
        assertEquals("missing <hostname>\n", r.stderr());
        String[] args = new String[23];
        for (int i = 0; i < 11; i++) {
            args[2 * i] = "-g";
            args[2 * i + 1] = "10.9.1.2";
        }
        args[22] = "10.9.3.2";
        r = net.client().run(Duration.ofSeconds(20), null, "ipopts/tcpcli01", args);
        assertEquals(1, r.exit());
        assertEquals("too many source routes with: 10.9.1.2\n", r.stderr());
    }
}
