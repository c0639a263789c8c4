package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 25, traceroute (figures 25.19-25.25): through a chain of two routers it prints one
 * line per hop, each router by name and address (time exceeded), and stops at the server's
 * port unreachable, over IPv4 and IPv6; the hops are the ones the system's traceroute
 * (Debian's traceroute package) finds on the same namespaces.
 */
class Chapter25TracerouteTest {
    private static RouterChain net;

    /** " 1   r1 (10.9.1.2)  0.123 ms  0.045 ms  0.040 ms" (the book's) or " 1  r1 (...)  ..." (the system's). */
    private static final Pattern HOP = Pattern.compile("^\\s?(\\d+)\\s+(\\S+) \\((\\S+)\\)((?:\\s+\\d+\\.\\d{3} ms){3})\\s*$");

    @BeforeAll
    static void network() {
        net = RouterChain.create(2);
    }

    @AfterAll
    static void down() {
        if (net != null) {
            net.close();
        }
    }

    /** Each hop line as "n name (address)", failing on any line that is not a complete hop. */
    private static List<String> hops(String out) {
        List<String> hops = new ArrayList<>();
        for (String l : out.lines().skip(1).toList()) {
            Matcher m = HOP.matcher(l);
            assertTrue(m.matches(), "not a hop line with three replies: '" + l + "' in\n" + out);
            hops.add(m.group(1) + " " + m.group(2) + " (" + m.group(3) + ")");
        }
        return hops;
    }

    private void traceAndCompare(String dest, String header, List<String> expected) {
        Programs.Result ours = net.client().run(Duration.ofSeconds(30), null, "traceroute/main", dest);
        assertEquals(0, ours.exit(), ours.toString());
        assertEquals(header, ours.stdout().lines().findFirst().orElse(""));
        assertEquals(expected, hops(ours.stdout()), ours.stdout());
        assertTrue(!ours.stdout().contains("(ICMP"), "the port unreachable ends the trace silently: " + ours.stdout());

        RouterChain.needCommand("traceroute", "traceroute");
        Programs.Result sys = net.client().runCommand(Duration.ofSeconds(30), null, "traceroute", "-q", "3", dest);
        assertEquals(0, sys.exit(), sys.toString());
        assertEquals(hops(ours.stdout()), hops(sys.stdout()), "system traceroute:\n" + sys.stdout());
    }

    @Test
    @Timeout(90)
    void oneLinePerRouterThenTheDestinationOverIpv4() {
        traceAndCompare("10.9.3.2", "traceroute to 10.9.3.2 (10.9.3.2): 30 hops max, 24 data bytes",
                List.of("1 r1 (10.9.1.2)", "2 r2 (10.9.2.2)", "3 server (10.9.3.2)"));
    }

    @Test
    @Timeout(90)
    void oneLinePerRouterThenTheDestinationOverIpv6() {
        traceAndCompare("fd09:3::2", "traceroute to fd09:3::2 (fd09:3::2): 30 hops max, 24 data bytes",
                List.of("1 r1 (fd09:1::2)", "2 r2 (fd09:2::2)", "3 server (fd09:3::2)"));
    }

    @Test
    @Timeout(90)
    void aHostNameIsResolvedAndMaxTtlIsChecked() {
        Programs.Result r = net.client().run(Duration.ofSeconds(30), null, "traceroute/main", "-m", "1", "server");
        assertEquals(1, r.exit());
        assertEquals("invalid -m value\n", r.stderr());
        r = net.client().run(Duration.ofSeconds(30), null, "traceroute/main", "-m", "2", "server");
        assertEquals(0, r.exit(), r.toString());
        // glibc gives the name's IPv6 address first here (both are in the hosts file)
        assertTrue(r.stdout().matches("(?s)traceroute to server \\((10\\.9\\.3\\.2|fd09:3::2)\\): 2 hops max, 24 data bytes\n.*"),
                r.stdout());
        assertEquals(List.of("1 r1", "2 r2"), hops(r.stdout()).stream().map(h -> h.substring(0, h.indexOf(" ("))).toList(),
                "-m 2 stops before the server: " + r.stdout());
    }
}
