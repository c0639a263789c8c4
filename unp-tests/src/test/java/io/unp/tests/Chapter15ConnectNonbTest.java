package io.unp.tests;

import io.unp.testkit.Need;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sections 15.3 and 15.4: connect_nonb and nonblock/daytimetcpcli in a namespace where a
 * daytime server answers, where nothing listens (ECONNREFUSED at once) and where nftables drops
 * every SYN to port 13 (connect_nonb's own timeout; without one, the kernel's).
 */
class Chapter15ConnectNonbTest {
    private static final Duration RUN = Duration.ofSeconds(60);
    private static final Pattern PROBE = Pattern.compile("(\\w+) errno=(\\w+) (\\d+) ms fd (.*)\n");

    private record Probe(String result, String errno, long ms, String fd) {}

    private static Probe probe(NetNs ns, String addr, int port, int nsec) {
        Programs.Result r = ns.runCommand(RUN, null,
                ConnectNonbProbe.command(addr, Integer.toString(port), Integer.toString(nsec)).toArray(new String[0]));
        Matcher m = PROBE.matcher(r.stdout());
        assertTrue(r.exit() == 0 && m.matches(), "probe: " + r);
        return new Probe(m.group(1), m.group(2), Long.parseLong(m.group(3)), m.group(4));
    }

    /** Drops every SYN that arrives for port 13 in {@code ns}; skips the test without nft. */
    private static void dropSynsToPort13(NetNs ns) {
        Need.command("nft");
        String rules = "table ip unp {\n  chain in {\n    type filter hook input priority 0; policy accept;\n"
                + "    tcp dport 13 tcp flags & (syn | ack) == syn counter drop\n  }\n}\n";
        Programs.Result r = ns.runCommand(Duration.ofSeconds(20), rules.getBytes(StandardCharsets.US_ASCII),
                "nft", "-f", "-");
        assertEquals(0, r.exit(), "nft: " + r);
    }

    private static long droppedSyns(NetNs ns) {
        Programs.Result r = Chapter15Peers.must(ns, "nft", "list", "chain", "ip", "unp", "in");
        Matcher m = Pattern.compile("counter packets (\\d+)").matcher(r.stdout());
        assertTrue(m.find(), r.toString());
        return Long.parseLong(m.group(1));
    }

    @Test
    @Timeout(90)
    void connectsToADaytimeServerAndGivesBackABlockingSocket() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("intro/daytimetcpsrv");
            ns.awaitListening(srv, 13, Duration.ofSeconds(20));

            Programs.Result r = ns.run(RUN, null, "nonblock/daytimetcpcli", "127.0.0.1");
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.stdout().matches("\\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\r\n"), r.stdout());

            Probe p = probe(ns, "127.0.0.1", 13, 5);
            assertEquals("connected", p.result());
            assertEquals("open nonblock=false restored=true", p.fd(),
                    "connect_nonb restores the socket's file status flags");
        }
    }

    @Test
    @Timeout(90)
    void aClosedPortIsRefusedAtOnce() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Probe p = probe(ns, "127.0.0.1", 13, 5);
            assertEquals("ECONNREFUSED", p.result());
            assertEquals("ECONNREFUSED", p.errno(), "errno is set as in C");
            assertTrue(p.ms() < 1000, "refused at once, not after the 5 s timeout: " + p.ms() + " ms");
            assertEquals("closed", p.fd(), "Linux's connect says EINPROGRESS even on loopback; the RST comes back"
                    + " as SO_ERROR after select, and connect_nonb closes the socket");

            Programs.Result r = ns.run(RUN, null, "nonblock/daytimetcpcli", "127.0.0.1");
            assertEquals(1, r.exit());
            assertEquals("connect error: Connection refused\n", r.stderr());
        }
    }

    @Test
    @Timeout(90)
    void droppedSynsTimeOutAfterNsecAndTheSocketIsClosed() throws Exception {
        try (NetNs ns = NetNs.create()) {
            dropSynsToPort13(ns);
            Probe p = probe(ns, "127.0.0.1", 13, 2);
            assertEquals("ETIMEDOUT", p.result());
            assertEquals("ETIMEDOUT", p.errno());
            assertTrue(p.ms() >= 1990 && p.ms() < 3500, "select's 2 s timeout: " + p.ms() + " ms");
            assertEquals("closed", p.fd(), "connect_nonb closes the socket when it times out");
            assertTrue(droppedSyns(ns) >= 2, "the SYN and its retransmission (after 1 s) were dropped");
        }
    }

    @Test
    @Timeout(90)
    void withoutATimeoutDaytimetcpcliWaitsForTheKernelToGiveUp() throws Exception {
        try (NetNs ns = NetNs.create()) {
            dropSynsToPort13(ns);
            Chapter15Peers.must(ns, "sysctl", "-q", "-w", "net.ipv4.tcp_syn_retries=1"); // give up after ~3 s
            long t0 = System.nanoTime();
            Programs.Result r = ns.run(RUN, null, "nonblock/daytimetcpcli", "127.0.0.1");
            long ms = Chapter15Peers.millisSince(t0);
            assertEquals(1, r.exit(), r.toString());
            assertEquals("connect error: Connection timed out\n", r.stderr(),
                    "the kernel's ETIMEDOUT, read with getsockopt(SO_ERROR) after select");
            assertTrue(ms >= 2900, "SYN, one retransmission after 1 s, then 2 s more: " + ms + " ms");
        }
    }
}
