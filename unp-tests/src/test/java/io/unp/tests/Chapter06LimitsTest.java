package io.unp.tests;

import static io.unp.tests.Chapter06Peers.runPython;
import static io.unp.tests.Chapter06Peers.server;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Beyond the book: the poll server holds 10,000 clients at once (its descriptor limit raised),
 * and the select server, whose fd_set stops at descriptor 1023, refuses the clients past that
 * with a message and keeps serving the rest.
 */
class Chapter06LimitsTest {
    private static final Pattern ECHOED = Pattern.compile("echoed (\\d+) closed (\\d+) of (\\d+)");

    @Test
    @Timeout(120)
    void pollServerHoldsTenThousandConnections() {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = server(ns, "tcpcliserv/tcpservpoll01", 9877);
            Programs.Result r = runPython(ns, Duration.ofSeconds(90), "many_clients.py", "10000", "1", "80");
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.stdout().contains("connected 10000"), r.toString());
            assertTrue(r.stdout().contains("echoed 10000 closed 0 of 10000"), r.toString());
            assertTrue(srv.process().isAlive(), srv.stderrSoFar());
        }
    }

    @Test
    @Timeout(90)
    void selectServerRefusesClientsPastFdSetsizeAndKeepsServing() {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = server(ns, "tcpcliserv/tcpservselect01", 9877);
            Programs.Result r = runPython(ns, Duration.ofSeconds(60), "many_clients.py", "1100", "1", "40");
            assertEquals(0, r.exit(), r.toString());
            Matcher m = ECHOED.matcher(r.stdout());
            assertTrue(m.find(), r.toString());
            int ok = Integer.parseInt(m.group(1));
            int refused = Integer.parseInt(m.group(2));
            assertEquals(1100, ok + refused, r.toString());
            assertTrue(ok >= 900 && ok < 1024,
                    "served the clients whose descriptors fit (the JVM holds a few dozen below them): " + ok);
            assertTrue(refused > 76, "refused the others: " + refused);
            String err = srv.stderrSoFar();
            assertTrue(err.startsWith("too many clients: descriptor 1024 does not fit in an fd_set (FD_SETSIZE 1024),"
                    + " connection closed\n"), err);
            assertEquals(refused, err.lines().count(), "one line per refused client: " + err);

            assertTrue(srv.process().isAlive(), err);
            Programs.Result again = ns.run(Duration.ofSeconds(20), "still here\n".getBytes(StandardCharsets.ISO_8859_1),
                    "tcpcliserv/tcpcli01", "127.0.0.1");
            assertEquals("still here\n", again.stdout(), again.toString());
        }
    }
}
