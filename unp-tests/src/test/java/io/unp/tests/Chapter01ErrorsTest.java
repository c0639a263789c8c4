package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What chapter 1's clients say when the user or the network gets it wrong: the C messages, exit 1. */
class Chapter01ErrorsTest {
    private static final Duration RUN = Duration.ofSeconds(20);
    private static final List<String> IPV4_CLIENTS = List.of(
            "intro/daytimetcpcli", "intro/daytimetcpcli1", "intro/daytimetcpcli2", "intro/daytimetcpcli3");

    private static void assertFails(Programs.Result r, String message) {
        assertEquals(1, r.exit(), r.toString());
        assertEquals(message + "\n", r.stderr(), "one line, no stack trace");
        assertEquals("", r.stdout(), r.toString());
    }

    @Test
    @Timeout(60)
    void connectToAPortWithNoServerIsRefused() {
        try (NetNs ns = NetNs.create()) {
            for (String client : IPV4_CLIENTS) {
                assertFails(ns.run(RUN, null, client, "127.0.0.1"), "connect error: Connection refused");
            }
            assertFails(ns.run(RUN, null, "intro/daytimetcpcliv6", "::1"), "connect error: Connection refused");
        }
    }

    @Test
    @Timeout(60)
    void clientsWithoutExactlyOneArgumentPrintUsage() {
        for (String client : IPV4_CLIENTS) {
            assertFails(Programs.run(RUN, null, client), "usage: a.out <IPaddress>");
        }
        assertFails(Programs.run(RUN, null, "intro/daytimetcpcliv6", "::1", "extra"), "usage: a.out <IPaddress>");
    }

    @Test
    @Timeout(60)
    void clientsRejectWhatInetPtonRejects() {
        // inet_pton takes only dotted quads: 1.2.3 is not an IPv4 address (inet_aton would take it)
        for (String client : IPV4_CLIENTS) {
            assertFails(Programs.run(RUN, null, client, "1.2.3"), "inet_pton error for 1.2.3");
        }
        // an IPv4 address is not IPv6 text
        assertFails(Programs.run(RUN, null, "intro/daytimetcpcliv6", "127.0.0.1"), "inet_pton error for 127.0.0.1");
    }
}
