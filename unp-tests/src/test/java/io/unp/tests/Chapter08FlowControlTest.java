package io.unp.tests;

import static io.unp.tests.Chapter08EchoTest.RUN;
import static io.unp.tests.Chapter08EchoTest.SERV_PORT;
import static io.unp.tests.Chapter08EchoTest.awaitUdpBound;
import static io.unp.tests.Chapter08EchoTest.udpStats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Section 8.13: UDP has no flow control. udpcli06 sends 2000 datagrams of 1400 bytes back to
 * back; the counting servers udpserv06 and udpserv07 print on SIGINT how many they read. The
 * kernel of the test's namespace counts the rest as receive-buffer overflows.
 */
class Chapter08FlowControlTest {
    private static final int SENT = 2000;
    private static final Pattern RECEIVED = Pattern.compile("\nreceived (\\d+) datagrams\n");

    /** What one run showed: the server's count and the namespace's UDP counters. */
    private record Outcome(int printed, Map<String, Long> udp) {}

    /**
     * Runs {@code server}, optionally stopped (SIGSTOP, so it reads nothing) while udpcli06
     * sends, then lets it read what its buffer kept and interrupts it.
     */
    private static Outcome burst(String server, boolean stopReader) throws InterruptedException {
        try (NetNs ns = NetNs.create(); Programs.Proc srv = ns.start(server)) {
            awaitUdpBound(ns, srv, SERV_PORT);
            if (stopReader) {
                srv.signal("STOP");
            }
            Programs.Result cli = ns.run(RUN, null, "udpcliserv/udpcli06", "127.0.0.1");
            assertEquals(0, cli.exit(), cli.toString());
            assertEquals("", cli.stdout() + cli.stderr());
            if (stopReader) {
                srv.signal("CONT");
            }
            // every datagram is either read (InDatagrams) or dropped on a full buffer
            long end = System.nanoTime() + RUN.toNanos();
            Map<String, Long> udp = udpStats(ns);
            while (udp.get("InDatagrams") + udp.get("RcvbufErrors") < SENT && System.nanoTime() < end) {
                Thread.sleep(50);
                udp = udpStats(ns);
            }
            srv.signal("INT");
            Programs.Result r = srv.await(RUN);
            assertEquals(0, r.exit(), r.toString());
            Matcher m = RECEIVED.matcher(r.stdout());
            assertTrue(m.matches(), r.toString());
            return new Outcome(Integer.parseInt(m.group(1)), udp);
        }
    }

    private static void assertAccounted(Outcome o) {
        assertEquals((long) o.printed(), o.udp().get("InDatagrams"), "the count printed is what the kernel delivered: " + o);
        assertEquals((long) SENT, o.printed() + o.udp().get("RcvbufErrors"), "the rest overflowed the buffer: " + o);
        assertEquals((long) SENT, o.udp().get("OutDatagrams"), "the sender lost none: " + o);
    }

    @Test
    @Timeout(60)
    void countingServerShowsHowManyOfTheBurstArrived() throws InterruptedException {
        Outcome o = burst("udpcliserv/udpserv06", false);
        assertAccounted(o);
        assertTrue(o.printed() > 0 && o.printed() <= SENT, o.toString());
    }

    @Test
    @Timeout(90)
    void aReaderThatFallsBehindLosesDatagramsAndABiggerBufferKeepsMore() throws InterruptedException {
        Outcome small = burst("udpcliserv/udpserv06", true);
        assertAccounted(small);
        assertTrue(small.printed() < SENT, "the default buffer cannot hold 2.8 MB: " + small);

        Outcome big = burst("udpcliserv/udpserv07", true);
        assertAccounted(big);
        assertTrue(big.printed() > small.printed(), "240 KB asked for holds more: " + small + " vs " + big);
    }
}
