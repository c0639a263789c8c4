package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Section 13.2's three ways to time out a socket operation, each in its own program: alarm
 * (advio/udpcli03, and connect_timeo in advio/tcpcli01), select (udpcli01, readable_timeo) and
 * SO_RCVTIMEO (udpcli02). Each gives up after its timeout with the book's message, and the
 * UDP clients go on with the next line.
 */
class Chapter13TimeoutsTest {
    private static final Duration T = Duration.ofSeconds(60);

    /** An echo server on port 7 that never answers a datagram containing "lost". */
    private static final String PY_ECHO7_LOSSY = String.join("\n",
            "import socket",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "s.bind(('0.0.0.0', 7))",
            "print('ready', flush=True)",
            "while True:",
            "    d, a = s.recvfrom(65536)",
            "    if b'lost' not in d:",
            "        s.sendto(d, a)");

    @Test
    @Timeout(120)
    void eachUdpTimeoutGivesUpAfterFiveSecondsAndGoesOn() throws Exception {
        try (NetNs ns = NetNs.create(); Programs.Proc py = ns.startCommand("python3", "-c", PY_ECHO7_LOSSY)) {
            assertTrue(py.awaitStdout("ready\n", T), py.stderrSoFar());
            byte[] input = "first\nlost\nthird\n".getBytes(StandardCharsets.US_ASCII);
            List<String> clients = List.of("advio/udpcli01", "advio/udpcli02", "advio/udpcli03");
            List<Programs.Proc> procs = new ArrayList<>();
            long start = System.nanoTime();
            for (String c : clients) {
                Programs.Proc p = ns.start(c, "127.0.0.1");
                p.writeStdin(input);
                procs.add(p);
            }
            for (int i = 0; i < clients.size(); i++) {
                try (Programs.Proc p = procs.get(i)) {
                    Programs.Result r = p.await(T);
                    double secs = (System.nanoTime() - start) / 1e9;
                    String what = clients.get(i) + " after " + secs + " s: " + r;
                    assertEquals(0, r.exit(), what);
                    assertEquals("first\nthird\n", r.stdout(), what);
                    assertEquals("socket timeout\n", r.stderr(), what);
                    assertTrue(secs >= 5.0, "gave up before its 5 s timeout: " + what);
                }
            }
        }
    }

    @Test
    @Timeout(120)
    void connectTimeoGivesUpAfterTenSecondsWhenSynsAreDropped() {
        try (NetNs ns = NetNs.create()) {
            // a route whose packets vanish: out through a veth to a neighbour that is not there
            // (its peer, in the same namespace, does not forward), so no RST, no ICMP, no answer
            ip(ns, "link", "add", "bh0", "type", "veth", "peer", "name", "bh1");
            ip(ns, "addr", "add", "10.9.9.1/24", "dev", "bh0");
            ip(ns, "link", "set", "bh0", "up");
            ip(ns, "link", "set", "bh1", "up");
            ip(ns, "neigh", "add", "10.9.9.2", "lladdr", "02:00:00:00:00:02", "dev", "bh0", "nud", "permanent");

            long start = System.nanoTime();
            Programs.Result r = ns.run(T, null, "advio/tcpcli01", "10.9.9.2");
            double secs = (System.nanoTime() - start) / 1e9;
            assertEquals(1, r.exit(), r.toString());
            assertEquals("connect_timeo error: Connection timed out\n", r.stderr());
            assertTrue(secs >= 10.0 && secs < 40.0, "took " + secs + " s, not the 10 s of its alarm");

            // the same client connects at once where something answers (the python3 echo server)
            try (Programs.Proc echo = ns.startCommand("python3", "-c", String.join("\n",
                    "import socket",
                    "s = socket.socket()",
                    "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
                    "s.bind(('127.0.0.1', 7)); s.listen()",
                    "print('ready', flush=True)",
                    "c, a = s.accept()",
                    "while True:",
                    "    d = c.recv(4096)",
                    "    if not d: break",
                    "    c.sendall(d)"))) {
                assertTrue(echo.awaitStdout("ready\n", T), echo.stderrSoFar());
                Programs.Result ok = ns.run(T, "hello\n".getBytes(StandardCharsets.US_ASCII), "advio/tcpcli01", "127.0.0.1");
                assertEquals(0, ok.exit(), ok.toString());
                assertEquals("hello\n", ok.stdout());
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    @Timeout(60)
    void clientsCheckTheirArguments() {
        for (String c : List.of("advio/udpcli01", "advio/udpcli02", "advio/udpcli03", "advio/tcpcli01", "advio/tcpcli02")) {
            Programs.Result none = Programs.run(T, null, c);
            assertEquals(1, none.exit(), c + ": " + none);
            String usage = c.contains("udp") ? "usage: udpcli <IPaddress>\n" : "usage: tcpcli <IPaddress>\n";
            assertEquals(usage, none.stderr(), c);
        }
        Programs.Result bad = Programs.run(T, null, "advio/udpcli02", "no.such.address");
        assertEquals(1, bad.exit(), bad.toString());
        assertEquals("inet_pton error for no.such.address\n", bad.stderr());
    }

    static void ip(NetNs ns, String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "-n", ns.name()));
        cmd.addAll(List.of(args));
        Programs.Result r = Programs.runCommand(Duration.ofSeconds(10), null, cmd.toArray(new String[0]));
        if (r.exit() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + ": " + r);
        }
    }
}
