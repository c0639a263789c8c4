package io.unp.tests;

import static io.unp.tests.Chapter08EchoTest.RUN;
import static io.unp.tests.Chapter08EchoTest.udpStats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 8's client variants: who a reply comes from (udpcli02, udpcli03), the big-datagram
 * burst of udpcli08, and the clients' usage errors.
 */
class Chapter08ClientsTest {
    /**
     * A python3 echo server on port 7, bound to the wildcard address as an echo daemon is: a
     * reply leaves from the address the kernel chooses for the client, 127.0.0.1, whatever
     * address the request was sent to.
     */
    private static final String PY_ECHO7 = String.join("\n",
            "import socket",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "s.bind(('0.0.0.0', 7))",
            "print('ready', flush=True)",
            "while True:",
            "    d, a = s.recvfrom(65536)",
            "    s.sendto(d, a)");

    private static final byte[] TWO_LINES = "one\ntwo\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    @Timeout(60)
    void dgcliaddrIgnoresRepliesFromAnotherAddress() throws InterruptedException {
        try (NetNs ns = NetNs.create(); Programs.Proc py = ns.startCommand("python3", "-c", PY_ECHO7)) {
            assertTrue(py.awaitStdout("ready\n", RUN), py.stderrSoFar());

            Programs.Result direct = ns.run(RUN, TWO_LINES, "udpcliserv/udpcli02", "127.0.0.1");
            assertEquals(0, direct.exit(), direct.toString());
            assertEquals("one\ntwo\n", direct.stdout());

            Programs.Result other = ns.run(RUN, TWO_LINES, "udpcliserv/udpcli02", "127.0.0.2");
            assertEquals(0, other.exit(), other.toString());
            assertEquals("reply from 127.0.0.1.7 (ignored)\nreply from 127.0.0.1.7 (ignored)\n", other.stdout());
        }
    }

    @Test
    @Timeout(60)
    void dgcliinetaddrPrintsEachRepliesSender() throws InterruptedException {
        try (NetNs ns = NetNs.create(); Programs.Proc py = ns.startCommand("python3", "-c", PY_ECHO7)) {
            assertTrue(py.awaitStdout("ready\n", RUN), py.stderrSoFar());
            Programs.Result r = ns.run(RUN, TWO_LINES, "udpcliserv/udpcli03", "127.0.0.2");
            assertEquals(0, r.exit(), r.toString());
            assertEquals("received reply from 127.0.0.1, port 7\none\n"
                    + "received reply from 127.0.0.1, port 7\ntwo\n", r.stdout());
        }
    }

    @Test
    @Timeout(60)
    void bigDatagramBurstGetsNoErrorFromSendto() {
        try (NetNs ns = NetNs.create()) {
            // no discard server: each datagram draws an ICMP port unreachable, which an
            // unconnected socket never hears of; a full send buffer blocks sendto, no ENOBUFS
            Programs.Result r = ns.run(RUN, null, "udpcliserv/udpcli08", "127.0.0.1");
            assertEquals(0, r.exit(), r.toString());
            assertEquals("", r.stderr());
            Map<String, Long> udp = udpStats(ns);
            assertEquals(2000L, udp.get("OutDatagrams"), udp.toString());
            assertEquals(2000L, udp.get("NoPorts"), udp.toString());
            assertEquals(0L, udp.get("SndbufErrors"), udp.toString());
        }
    }

    @Test
    @Timeout(90)
    void clientsCheckTheirArguments() {
        List<String> clients = List.of("udpcli01", "udpcli02", "udpcli03", "udpcli04", "udpcli05", "udpcli06",
                "udpcli08", "udpcli09");
        for (String c : clients) {
            Programs.Result none = Programs.run(RUN, null, "udpcliserv/" + c);
            assertEquals(1, none.exit(), c + ": " + none);
            assertEquals("usage: udpcli <IPaddress>\n", none.stderr(), c);
            assertEquals("", none.stdout(), c);
        }
        Programs.Result two = Programs.run(RUN, null, "udpcliserv/udpcli01", "127.0.0.1", "extra");
        assertEquals(1, two.exit(), two.toString());
        assertEquals("usage: udpcli <IPaddress>\n", two.stderr());
        Programs.Result bad = Programs.run(RUN, null, "udpcliserv/udpcli09", "no.such.address");
        assertEquals(1, bad.exit(), bad.toString());
        assertEquals("inet_pton error for no.such.address\n", bad.stderr());
    }
}
