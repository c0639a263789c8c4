package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.testkit.Need;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fork through a warm spare child ({@code UNP_FORK_SPARE=1}, io.unp.lib.ForkSpare): the same
 * observable fork as a cold one (a child per client, reaped and reported once, its connection
 * closed when it ends and by no other process, wait loops that end) with the first byte in
 * milliseconds instead of a JVM start; and what differs (one idle child more).
 */
class Chapter27ForkSpareTest {
    private static final Duration T = Duration.ofSeconds(90);
    private static final Map<String, String> SPARE = Map.of("UNP_FORK_SPARE", "1");
    private static final Pattern TERMINATED = Pattern.compile("child (\\d+) terminated\n");
    private static final Pattern LATENCY = Pattern.compile("n=\\d+ median_ms=([0-9.]+) ");

    private static String script(String name) {
        try {
            return Path.of(Chapter27ForkSpareTest.class.getResource("ch27/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Median first-byte latency of {@code count} connections, one at a time. */
    private static double firstByte(NetNs ns, int port, int count, String mode) {
        Need.command("python3");
        Programs.Result r = ns.runCommand(T, null, "python3", script("first_byte.py"), Integer.toString(port),
                Integer.toString(count), "0.6", mode);
        assertEquals(0, r.exit(), r.toString());
        Matcher m = LATENCY.matcher(r.stdout());
        assertTrue(m.find(), r.stdout());
        return Double.parseDouble(m.group(1));
    }

    @Test
    @Timeout(240)
    void tcpserv04WithSparesReapsEachChildOnceAndAnswersInMilliseconds() throws Exception {
        double cold;
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("tcpcliserv/tcpserv04");
            ns.awaitListening(srv, 9877, T);
            cold = firstByte(ns, 9877, 7, "echo");
        }
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start(SPARE, "tcpcliserv/tcpserv04");
            ns.awaitListening(srv, 9877, T);
            double warm = firstByte(ns, 9877, 9, "echo"); // the first one starts the first spare
            assertTrue(warm * 3 < cold, "median first byte with a spare " + warm + " ms, without " + cold + " ms");

            long end = System.nanoTime() + T.toNanos();
            while (TERMINATED.matcher(srv.stdoutSoFar()).results().count() < 9 && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            Set<Integer> reaped = new HashSet<>();
            Matcher m = TERMINATED.matcher(srv.stdoutSoFar());
            while (m.find()) {
                assertTrue(reaped.add(Integer.parseInt(m.group(1))), "reported once: " + srv.stdoutSoFar());
            }
            assertEquals(9, reaped.size(), "one child per client, each reaped: " + srv.stdoutSoFar());
            List<ProcessHandle> idle = srv.process().children().toList();
            assertEquals(1, idle.size(), "the one spare waiting for the next client (the difference from C)");
            assertFalse(reaped.contains((int) idle.get(0).pid()), "the spare is not reported");
            assertEquals("", srv.stderrSoFar());
        }
    }

    @Test
    @Timeout(240)
    void serv01WithSparesAnswersSoonerRehearsesWithoutATraceAndEndsOnSigint() throws Exception {
        double cold;
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("server/serv01", "9999");
            ns.awaitListening(srv, 9999, T);
            cold = firstByte(ns, 9999, 5, "web");
        }
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start(SPARE, "server/serv01", "9999");
            ns.awaitListening(srv, 9999, T);
            double warm = firstByte(ns, 9999, 6, "web"); // the first one starts the first spare
            assertTrue(warm * 3 < cold, "median first byte with a spare " + warm + " ms, without " + cold + " ms");

            // The waiting spare has served a request of its own (Serv01.Child.rehearse) on a
            // socket pair: once it waits, its only socket is the one its job comes on.
            List<ProcessHandle> idle = srv.process().children().toList();
            assertEquals(1, idle.size(), "one spare waiting");
            long pid = idle.get(0).pid();
            long end = System.nanoTime() + T.toNanos();
            int sockets;
            while ((sockets = sockets(pid)) != 1 && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertEquals(1, sockets, "sockets open in the waiting spare " + pid);

            srv.signal("INT");
            Programs.Result r = srv.await(T);
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.stdout().matches("(?s)\nuser time = [0-9.e+-]+, sys time = [0-9.e+-]+\n"), r.stdout());
            assertEquals("", r.stderr(), "the rehearsals print nothing");
        }
    }

    /** How many of {@code pid}'s descriptors are sockets. */
    private static int sockets(long pid) throws java.io.IOException {
        return (int) ProcFds.links(pid).stream().filter(l -> l.startsWith("socket:")).count();
    }

    /**
     * A preforked server's SIGINT handler kills its children and waits until wait fails with
     * ECHILD; the client's parent waits for its children the same way. An idle spare would keep
     * such a wait blocked for good: it is retired and reaped first, unseen.
     */
    @Test
    @Timeout(240)
    void waitLoopsForEveryChildStillEndWithSparesAround() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start(SPARE, "server/serv02m", "9999", "3");
            ns.awaitListening(srv, 9999, T);
            Programs.Result r = ns.run(T, SPARE, null, "server/client", "127.0.0.1", "9999", "3", "5", "4000");
            assertEquals(0, r.exit(), r.toString());
            assertEquals(List.of("child 0 done", "child 1 done", "child 2 done"), r.stdout().lines().sorted().toList());

            srv.signal("INT");
            Programs.Result end = srv.await(T);
            assertEquals(0, end.exit(), end.toString());
            Matcher m = Pattern.compile("(?m)^child \\d, (\\d+) connections$").matcher(end.stdout());
            long sum = 0;
            while (m.find()) {
                sum += Long.parseLong(m.group(1));
            }
            assertEquals(15, sum, end.stdout());
        }
    }
}
