package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 18, broadcasting, on the lab network: a daytime request sent to lan1's broadcast
 * address is answered by every daytime server on lan1 (and by none behind the router); the
 * race of section 18.5 between SIGALRM and {@code recvfrom}, made to happen by {@code udpcli02}'s
 * sleep and by a flood of replies, and the three fixes (pselect, sigsetjmp/siglongjmp, a pipe
 * from the handler) that never hang; broadcasting without SO_BROADCAST fails with EACCES.
 *
 * <p>Servers: python3 daytime servers ({@code scripts/lab.d/daytimed.py}, the answer of
 * inetd's built-in daytime) on solaris, bsdi, sunos5 and aix (lan1); flooding ones on alpha,
 * linux (lan2) and gw (on its lan2 address), which answer a request with a stream of replies from 4 s to 6 s after
 * it, across the 5-second alarm of the clients.
 */
class Chapter18BroadcastTest {
    private static final List<String> LAN1 = List.of("solaris", "bsdi", "sunos5", "aix");
    private static final byte[] ONE_LINE = "what time is it?\n".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern REPLY = Pattern.compile("from (\\S+): (\\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4})\r\n");

    private static Lab lab;

    @BeforeAll
    static void up() {
        lab = Lab.up();
        lab.daytimeServers(LAN1);
        for (String h : List.of("alpha", "linux")) {
            lab.daytimeServers(List.of(h), "--flood", "2", "--after", "4");
        }
        lab.daytimeServers(List.of("gw"), "13", "10.200.2.1", "--flood", "2", "--after", "4"); // not on lan1
    }

    @AfterAll
    static void down() {
        if (lab != null) {
            lab.close();
        }
    }

    /** The senders of the "from ADDR: daytime" lines of {@code out}, in order; fails on any other text. */
    private static List<String> replies(String out) {
        List<String> from = new ArrayList<>();
        Matcher r = REPLY.matcher(out);
        int end = 0;
        while (r.find() && r.start() == end) {
            from.add(r.group(1));
            end = r.end();
        }
        assertEquals(out.length(), end, "unexpected output: " + out.substring(end, Math.min(out.length(), end + 200)));
        return from;
    }

    @Test
    @Timeout(60)
    void aBroadcastRequestIsAnsweredByEveryDaytimeServerOnTheSubnetAndNoneBeyondTheRouter() {
        long t0 = System.nanoTime();
        Programs.Result r = lab.run("aix", Duration.ofSeconds(30), ONE_LINE, "bcast/udpcli01", "10.200.1.255");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.stderr());
        // every server on lan1 answers, aix's own too (the broadcast loops back to the sender's
        // host); the servers behind gw (alpha, linux) would answer a broadcast that reached them
        List<String> from = replies(r.stdout());
        assertEquals(from.size(), new TreeSet<>(from).size(), "one reply per server: " + r);
        assertEquals(new TreeSet<>(List.of("10.200.1.10", "10.200.1.11", "10.200.1.12", "10.200.1.13")),
                new TreeSet<>(from), r.toString());
        assertTrue(ms >= 5000, "dg_cli waits 5 s for replies before reading the next line; took " + ms + " ms");
    }

    /**
     * Broadcasting needs SO_BROADCAST: mcast/udpcli01, whose {@code dg_cli} does not set it,
     * gets EACCES from {@code sendto} to lan1's broadcast address and ends with the book's
     * message.
     */
    @Test
    @Timeout(60)
    void broadcastWithoutSoBroadcastIsRefusedWithEacces() {
        Programs.Result r = lab.run("aix", Duration.ofSeconds(30), ONE_LINE, "mcast/udpcli01", "10.200.1.255");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("", r.stdout());
        assertEquals("sendto error: Permission denied\n", r.stderr());
    }

    /** Bad input: the C's one line and status 1 (udpcli06's usage names udpcli02, as the C's does). */
    @Test
    @Timeout(60)
    void usageAndBadAddressEndWithOneLine() {
        for (String[] c : List.of(new String[] {"bcast/udpcli01", "usage: udpcli01 <IPaddress>\n"},
                new String[] {"bcast/udpcli06", "usage: udpcli02 <IPaddress>\n"},
                new String[] {"bcast/udpcli04", "inet_pton error for 10.200.1.300\n", "10.200.1.300"})) {
            Programs.Result r = c.length == 2 ? Programs.run(Duration.ofSeconds(30), null, c[0])
                    : Programs.run(Duration.ofSeconds(30), null, c[0], c[2]);
            assertEquals(1, r.exit(), r.toString());
            assertEquals(c[1], r.stderr());
        }
    }

    /**
     * Section 18.5, udpcli02: {@code alarm(1)} and a {@code sleep(1)} after each reply. The alarm goes off
     * during the sleep, the reply is printed, and the next {@code recvfrom} waits for good: the
     * client never reaches end of input, where a correct one would exit after about a second.
     */
    @Test
    @Timeout(60)
    void udpcli02LosesItsAlarmInTheSleepAndHangs() throws Exception {
        // A server that answers 0.3 s late (on the router's lan1 address): the alarm, set before
        // the request, then fires 0.7 s into the sleep that follows the reply, as in the book,
        // and not within the millisecond a prompt answer would leave before the sleep ends (where
        // a JVM's signal thread can be late).
        String gw = lab.addr("gw");
        List<Programs.Proc> slow = lab.daytimeServers(List.of("gw"), "13", gw, "--delay", "0.3");
        try (Programs.Proc p = lab.start("aix", "bcast/udpcli02", gw)) {
            p.writeStdin(ONE_LINE);
            Lab.awaitOutput(p, "from " + gw + ": ", Duration.ofSeconds(15));
            Thread.sleep(3000);
            assertTrue(p.process().isAlive(), "udpcli02 ended: " + p.stdoutSoFar() + p.stderrSoFar());
            assertEquals(1, replies(p.stdoutSoFar()).size(), p.stdoutSoFar());
        } finally {
            slow.forEach(Programs.Proc::close);
        }
    }

    /**
     * The race of section 18.5 under a flood of replies that keeps the socket's receive queue
     * full across the 5-second alarm: {@code recvfrom} never blocks, so SIGALRM (in Java: the
     * handler's interruption of the main thread) arrives between two calls, and once the flood
     * stops the racy clients (udpcli01; udpcli03, which only unblocks SIGALRM around recvfrom)
     * wait forever. The three fixes end: udpcli05 (siglongjmp) and udpcli06 (a pipe) at the
     * alarm, udpcli04 (pselect, which returns a ready descriptor before a pending signal) when
     * the flood stops.
     */
    @Test
    @Timeout(120)
    void underAFloodOfRepliesTheRacyClientsHangWhilePselectSiglongjmpAndThePipeNeverDo() throws Exception {
        Map<String, Programs.Proc> racy = new LinkedHashMap<>();
        Map<String, Programs.Proc> fixed = new LinkedHashMap<>();
        racy.put("udpcli01", lab.start("aix", "bcast/udpcli01", lab.addr("alpha")));
        racy.put("udpcli03", lab.start("sunos5", "bcast/udpcli03", lab.addr("linux")));
        for (String p : List.of("udpcli04", "udpcli05", "udpcli06")) {
            fixed.put(p, lab.start("bsdi", "bcast/" + p, "10.200.2.1"));
        }
        long t0 = System.nanoTime();
        for (Programs.Proc p : racy.values()) {
            p.writeStdin(ONE_LINE);
        }
        for (Programs.Proc p : fixed.values()) {
            p.writeStdin(ONE_LINE);
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Programs.Proc> e : fixed.entrySet()) {
            Programs.Result r = e.getValue().await(Duration.ofSeconds(20));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (r.exit() != 0 || !r.stderr().isEmpty() || replies(r.stdout()).isEmpty()) {
                problems.add(e.getKey() + ": " + r);
            }
            if (ms > 12_000) {
                problems.add(e.getKey() + " took " + ms + " ms");
            }
        }
        assertEquals(List.of(), problems);
        // the flood ends 6 s after the request; a racy client that did not hang has ended by 9 s
        long left = 10_000 - (System.nanoTime() - t0) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
        StringBuilder outcome = new StringBuilder();
        // The race is a matter of timing, as in C: when neither racy client lost its alarm this
        // time, run them again, up to three rounds in all, as the chapter 5 zombie test does.
        for (int round = 1; ; round++) {
            List<String> hung = new ArrayList<>();
            outcome.append("round ").append(round).append(": ");
            for (Map.Entry<String, Programs.Proc> e : racy.entrySet()) {
                Programs.Proc p = e.getValue();
                boolean alive = p.process().isAlive();
                if (alive) {
                    hung.add(e.getKey());
                }
                outcome.append(e.getKey()).append(alive ? " hangs" : " ended (" + p.process().exitValue() + ")")
                        .append(" after ").append(p.stdoutSoFar().split("\n", -1).length - 1).append(" replies; ");
                assertTrue(replies(p.stdoutSoFar().substring(0, p.stdoutSoFar().lastIndexOf('\n') + 1)).size() > 1000,
                        e.getKey() + " was not flooded: " + outcome);
            }
            for (Programs.Proc p : racy.values()) {
                p.close();
            }
            if (!hung.isEmpty()) {
                return;
            }
            assertTrue(round < 3, "the race never happened: " + outcome);
            racy.clear();
            racy.put("udpcli01", lab.start("aix", "bcast/udpcli01", lab.addr("alpha")));
            racy.put("udpcli03", lab.start("sunos5", "bcast/udpcli03", lab.addr("linux")));
            long t1 = System.nanoTime();
            for (Programs.Proc p : racy.values()) {
                p.writeStdin(ONE_LINE);
            }
            Thread.sleep(Math.max(0, 10_000 - (System.nanoTime() - t1) / 1_000_000));
        }
    }
}
