package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 1's daytime clients against its daytime servers, over IPv4 and IPv6, each pair in a
 * private network namespace (the servers bind the fixed ports 13 and 9999).
 */
class Chapter01DaytimeTest {
    private static final Duration RUN = Duration.ofSeconds(20);
    private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);
    private static final Pattern LOCAL_ADDR = Pattern.compile("local addr: 127\\.0\\.0\\.1\\.(\\d+)\n");

    /**
     * Asserts that {@code text} is one daytime line, {@code ctime}'s 24 characters and CR LF, for
     * a moment within a few seconds of now in this machine's local time zone.
     */
    static void assertDaytimeLine(String text) {
        assertEquals(26, text.length(), () -> "not a daytime line: [" + text + "]");
        assertTrue(text.endsWith("\r\n"), () -> "no CR LF at the end: [" + text + "]");
        assertTrue(text.matches("[A-Z][a-z]{2} [A-Z][a-z]{2} [ 1-3]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\r\n"), text);
        LocalDateTime sent = LocalDateTime.parse(text.substring(0, 24), CTIME);
        long apart = Math.abs(ChronoUnit.SECONDS.between(sent, LocalDateTime.now()));
        assertTrue(apart <= 10, () -> "daytime line " + text.trim() + " is " + apart + " s away from now");
    }

    private static Programs.Result ok(Programs.Result r) {
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.stderr(), r.toString());
        return r;
    }

    /** Splits daytimetcpcli1/2's output into the daytime line and its read count. */
    private static int counted(Programs.Result r) {
        Matcher m = Pattern.compile("(?s)(.*)counter = (\\d+)\n").matcher(r.stdout());
        assertTrue(m.matches(), r.toString());
        assertDaytimeLine(m.group(1));
        return Integer.parseInt(m.group(2));
    }

    /** daytimetcpcli3's local port, checked against the line that follows it. */
    private static int localPort(Programs.Result r) {
        Matcher m = LOCAL_ADDR.matcher(r.stdout());
        assertTrue(m.lookingAt(), r.toString());
        assertDaytimeLine(r.stdout().substring(m.end()));
        return Integer.parseInt(m.group(1));
    }

    @Test
    @Timeout(90)
    void everyIpv4ClientGetsTheLineFromDaytimetcpsrvAndSrv2() {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("intro/daytimetcpsrv");
            Programs.Proc srv2 = ns.start("intro/daytimetcpsrv2");
            ns.awaitListening(srv, 13, RUN);
            ns.awaitListening(srv2, 9999, RUN);

            assertDaytimeLine(ok(ns.run(RUN, null, "intro/daytimetcpcli", "127.0.0.1")).stdout());
            assertEquals(1, counted(ok(ns.run(RUN, null, "intro/daytimetcpcli1", "127.0.0.1"))),
                    "one write of 26 bytes arrives in one read");
            localPort(ok(ns.run(RUN, null, "intro/daytimetcpcli3", "127.0.0.1")));

            // daytimetcpsrv2 writes one byte at a time: the client reads them in 1 to 26 pieces
            int reads = counted(ok(ns.run(RUN, null, "intro/daytimetcpcli2", "127.0.0.1")));
            assertTrue(reads >= 1 && reads <= 26, "counter = " + reads);

            assertEquals("", srv.stdoutSoFar() + srv.stderrSoFar(), "daytimetcpsrv prints nothing");
            assertTrue(srv.process().isAlive() && srv2.process().isAlive(), "the iterative servers go on serving");
        }
    }

    @Test
    @Timeout(90)
    void daytimetcpsrv1AndSrv3PrintTheClientsAddressAndPort() throws InterruptedException {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv1 = ns.start("intro/daytimetcpsrv1");
            Programs.Proc srv3 = ns.start("intro/daytimetcpsrv3");
            ns.awaitListening(srv1, 13, RUN);
            ns.awaitListening(srv3, 9999, RUN);

            assertDaytimeLine(ok(ns.run(RUN, null, "intro/daytimetcpcli", "127.0.0.1")).stdout());
            assertEquals(1, counted(ok(ns.run(RUN, null, "intro/daytimetcpcli1", "127.0.0.1"))));
            int port = localPort(ok(ns.run(RUN, null, "intro/daytimetcpcli3", "127.0.0.1")));
            String seen = "connection from 127.0.0.1, port " + port + "\n";
            assertTrue(srv1.awaitStdout(seen, RUN),
                    "server saw the client's own port " + port + ":\n" + srv1.stdoutSoFar());
            String threeClients = "(connection from 127\\.0\\.0\\.1, port \\d+\n){3}";
            assertTrue(srv1.stdoutSoFar().matches(threeClients), srv1.stdoutSoFar());

            int reads = counted(ok(ns.run(RUN, null, "intro/daytimetcpcli2", "127.0.0.1")));
            assertEquals(1, reads, "daytimetcpsrv3 writes its line at once");
            assertTrue(srv3.awaitStdout("\n", RUN), "daytimetcpsrv3 printed nothing");
            assertTrue(srv3.stdoutSoFar().matches("connection from 127\\.0\\.0\\.1, port \\d+\n"), srv3.stdoutSoFar());
        }
    }

    @Test
    @Timeout(90)
    void daytimetcpsrvv6ServesIpv6ClientsAndIpv4ClientsAsMappedAddresses() throws InterruptedException {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("intro/daytimetcpsrvv6");
            ns.awaitListening(srv, 13, RUN);

            assertDaytimeLine(ok(ns.run(RUN, null, "intro/daytimetcpcliv6", "::1")).stdout());
            assertTrue(srv.awaitStdout("\n", RUN), "server printed nothing");
            assertTrue(srv.stdoutSoFar().matches("connection from ::1\\.\\d+\n"), srv.stdoutSoFar());

            // Linux's IPv6 socket bound to :: also accepts IPv4 (net.ipv6.bindv6only = 0)
            int port = localPort(ok(ns.run(RUN, null, "intro/daytimetcpcli3", "127.0.0.1")));
            String mapped = "connection from ::ffff:127.0.0.1." + port + "\n";
            assertTrue(srv.awaitStdout(mapped, RUN), srv.stdoutSoFar());
            assertDaytimeLine(ok(ns.run(RUN, null, "intro/daytimetcpcli", "127.0.0.1")).stdout());
            assertEquals(1, counted(ok(ns.run(RUN, null, "intro/daytimetcpcli1", "127.0.0.1"))));
        }
    }
}
