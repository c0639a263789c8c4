package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The signal-driven UDP echo server of chapter 22 (sigio/udpserv01): its SIGIO handler queues
 * every datagram, reading until EWOULDBLOCK because one signal may stand for many datagrams
 * (standard signals are not queued), and its main loop echoes them. Several fast clients lose
 * nothing; the histogram SIGHUP prints shows handler calls that found several datagrams, and
 * calls that found none; a burst larger than the queue ends the server with "receive
 * overflow". With {@code UNP_C_ORIGINALS} set the burst is also sent to the C server.
 */
class Chapter22SigioTest {
    private static final Duration T = Duration.ofSeconds(60);
    private static final Pattern CNT = Pattern.compile("cntread\\[(\\d)\\] = (\\d+)");

    static String script(String name) {
        try {
            return Path.of(Chapter22SigioTest.class.getResource("ch22/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until a UDP socket of {@code ns} is bound to port 9877 (/proc/net/udp). */
    static void awaitUdp(NetNs ns, Programs.Proc srv) throws InterruptedException {
        long end = System.nanoTime() + T.toNanos();
        while (System.nanoTime() < end && srv.process().isAlive()) {
            String udp = ns.runCommand(T, null, "cat", "/proc/net/udp").stdout();
            if (udp.contains(":2695 ")) { // 9877
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nothing bound to UDP 9877\n" + srv.stderrSoFar());
    }

    /** The histogram the server printed on SIGHUP, cntread[0..8]. */
    private static long[] histogram(Programs.Proc srv) throws InterruptedException {
        srv.signal("HUP");
        assertTrue(srv.awaitStdout("cntread[8]", T), srv.stdoutSoFar() + srv.stderrSoFar());
        long[] h = new long[9];
        Matcher m = CNT.matcher(srv.stdoutSoFar());
        int seen = 0;
        while (m.find()) {
            h[Integer.parseInt(m.group(1))] = Long.parseLong(m.group(2));
            seen++;
        }
        assertEquals(9, seen, srv.stdoutSoFar());
        return h;
    }

    @Test
    @Timeout(180)
    void severalFastClientsLoseNothingAndOneSignalOftenStandsForSeveralDatagrams() throws Exception {
        int clients = 4;
        int lines = 2000;
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            in.append("line ").append(i).append('\n');
        }
        byte[] input = in.toString().getBytes(StandardCharsets.US_ASCII);
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("sigio/udpserv01");
            awaitUdp(ns, srv);
            List<Programs.Proc> cs = new ArrayList<>();
            for (int k = 0; k < clients; k++) {
                Programs.Proc c = ns.start("sigio/udpcli01", "127.0.0.1");
                c.writeStdin(input);
                cs.add(c);
            }
            for (Programs.Proc c : cs) {
                Programs.Result r = c.await(Duration.ofSeconds(120));
                assertEquals(0, r.exit(), r.stderr());
                assertEquals(in.toString(), r.stdout(), "every line echoed, in order");
            }
            long[] h = histogram(srv);
            long read = 0;
            long several = 0;
            for (int i = 0; i <= 8; i++) {
                read += i * h[i];
                if (i >= 2) {
                    several += h[i];
                }
            }
            System.out.println("sigio/udpserv01, " + clients + " clients x " + lines + ": " + srv.stdoutSoFar().replace('\n', ' '));
            assertEquals((long) clients * lines, read, "the handler read every datagram exactly once");
            assertTrue(several > 0, "no SIGIO found more than one datagram: " + srv.stdoutSoFar());
            assertEquals(0, h[8], "never more than the queue holds");
            assertTrue(srv.process().isAlive(), srv.stderrSoFar());
        }
    }

    /**
     * The server is stopped while a burst arrives; the kernel keeps one SIGIO pending for the
     * whole burst. Continued, one handler call reads every datagram: seven fit (the handler
     * checks for a full queue before each read, so an eighth datagram, or an eighth read,
     * overflows the eight slots), and eight end the program.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    @Timeout(120)
    void oneSignalForABurstSevenFitTheQueueAndEightOverflowIt(boolean c) throws Exception {
        if (c && COriginals.program("sigio/udpserv01") == null) {
            return; // no C originals configured (UNP_C_ORIGINALS)
        }
        for (int n : new int[] {7, 8}) {
            try (NetNs ns = NetNs.create()) {
                Programs.Proc srv = c ? COriginals.start(ns, "sigio/udpserv01") : ns.start("sigio/udpserv01");
                awaitUdp(ns, srv);
                Thread.sleep(300); // bound first, then F_SETOWN and O_ASYNC
                srv.signal("STOP");
                Programs.Proc burst = ns.startCommand("python3", script("burst.py"), Integer.toString(n));
                assertTrue(burst.awaitStdout("sent " + n, T), burst.stderrSoFar());
                Thread.sleep(300);
                srv.signal("CONT");
                Thread.sleep(500);
                burst.writeStdin("\n".getBytes(StandardCharsets.US_ASCII));
                Programs.Result b = burst.await(T);
                if (n == 7) {
                    assertEquals("sent 7\nechoed 7\n", b.stdout());
                    if (!c) {
                        long[] h = histogram(srv);
                        assertEquals(1, h[7], "one handler call read all seven: " + srv.stdoutSoFar());
                    }
                    assertTrue(srv.process().isAlive());
                } else {
                    Programs.Result r = srv.await(T);
                    assertEquals(1, r.exit());
                    assertEquals("receive overflow\n", r.stderr());
                    assertEquals("sent 8\nechoed 0\n", b.stdout());
                }
            }
        }
    }

    @Test
    @Timeout(60)
    void clientUsage() {
        Programs.Result r = Programs.run(T, null, "sigio/udpcli01");
        assertEquals(1, r.exit());
        assertEquals("usage: udpcli01 <IPaddress>\n", r.stderr());
    }
}
