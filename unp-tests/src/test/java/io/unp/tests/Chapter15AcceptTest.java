package io.unp.tests;

import io.unp.testkit.Need;
import static io.unp.tests.Chapter15Peers.python;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Section 15.6: nonblock/tcpservselect03 sleeps 5 s between select's "listening socket
 * readable" and accept. Client A is connected and echoing; then a second connection goes away
 * during the sleep. A's next line must still be echoed when the server wakes: a server blocked
 * in accept would serve nobody until some other client connected.
 */
class Chapter15AcceptTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String READABLE = "listening socket readable\n";

    /** Starts the server and client A, and waits until A's first line has come back. */
    private static Programs.Proc[] serverAndClientA(NetNs ns) throws InterruptedException {
        Programs.Proc srv = ns.start("nonblock/tcpservselect03");
        ns.awaitListening(srv, 9877, WAIT);
        Programs.Proc a = python(ns, "connected", "line_client.py", "9877");
        a.send("one\n");
        assertTrue(a.awaitStdout("echo one\n", WAIT), "A is accepted after the 5 s sleep: " + srv.stdoutSoFar());
        return new Programs.Proc[] {srv, a};
    }

    private static void awaitReadable(Programs.Proc srv, int times) throws InterruptedException {
        assertTrue(srv.awaitStdout(READABLE.repeat(times), WAIT), "server: " + srv.stdoutSoFar() + srv.stderrSoFar());
    }

    @Test
    @Timeout(90)
    void aClientThatResetsBeforeAcceptNeitherBlocksNorKillsTheServer() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc[] p = serverAndClientA(ns);
            Programs.Proc srv = p[0];
            Programs.Proc a = p[1];

            Programs.Result rst = ns.run(WAIT, null, "nonblock/tcpcli03", "127.0.0.1");
            assertEquals(0, rst.exit(), rst.toString());
            awaitReadable(srv, 2); // the server sleeps now, with a reset connection in the queue

            a.send("two\n");
            assertTrue(a.awaitStdout("echo two\n", Duration.ofSeconds(12)),
                    "A is served once the server wakes: " + srv.stdoutSoFar() + srv.stderrSoFar());
            a.send("three\n");
            assertTrue(a.awaitStdout("echo three\n", Duration.ofSeconds(3)), "and at once afterwards");

            assertTrue(srv.process().isAlive(), "the C server dies here: readline error: Connection reset by peer");
            assertEquals(READABLE.repeat(2), srv.stdoutSoFar());
            assertEquals("", srv.stderrSoFar());

            // Linux handed the reset connection to accept; the server closed it at the ECONNRESET
            Programs.Result ss = ns.runCommand(WAIT, null, "ss", "-Htn", "state", "established", "sport", "= :9877");
            assertEquals(1, ss.stdout().lines().count(), "only A's connection is left: " + ss.stdout());
        }
    }

    @Test
    @Timeout(90)
    void aConnectionTakenBeforeAcceptSendsTheServerBackToSelect() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc[] p = serverAndClientA(ns);
            Programs.Proc srv = p[0];
            Programs.Proc a = p[1];

            // The connection vanishes from the queue the way section 15.6 describes: another
            // holder of the listening socket accepts it while the server sleeps.
            Programs.Proc thief = python(ns, null, "steal_accept.py", "9877");
            assertTrue(thief.awaitStdout("ready", WAIT) || thief.awaitStdout("unsupported", Duration.ZERO),
                    thief.stdoutSoFar() + thief.stderrSoFar());
            Need.bestEffort(!thief.stdoutSoFar().startsWith("unsupported"),
                    "needs pidfd_getfd (Linux 5.6) and python 3.9: " + thief.stdoutSoFar());
            thief.send("connect\n");
            assertTrue(thief.awaitStdout("connected", WAIT));
            awaitReadable(srv, 2);
            thief.send("steal\n");
            assertTrue(thief.awaitStdout("stole", WAIT), thief.stdoutSoFar() + thief.stderrSoFar());

            a.send("two\n");
            assertTrue(a.awaitStdout("echo two\n", Duration.ofSeconds(12)),
                    "accept found the queue empty (EWOULDBLOCK) and the server went back to serve A;"
                            + " a blocking accept would wait for the next client: " + srv.stdoutSoFar()
                            + srv.stderrSoFar());
            assertTrue(srv.process().isAlive());
            assertEquals(READABLE.repeat(2), srv.stdoutSoFar());
            assertEquals("", srv.stderrSoFar());
        }
    }

    @Test
    @Timeout(60)
    void tcpcli03ResetsItsConnection() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = python(ns, "ready", "echo_report.py", "9877");
            Programs.Result r = ns.run(WAIT, null, "nonblock/tcpcli03", "127.0.0.1");
            assertEquals(0, r.exit(), r.toString());
            assertEquals("", r.stdout() + r.stderr());
            assertTrue(srv.awaitStdout("reset", WAIT), "SO_LINGER 0 then close: a RST, no FIN: " + srv.stdoutSoFar());
            Matcher m = Pattern.compile("eof").matcher(srv.stdoutSoFar());
            assertTrue(!m.find());
        }
    }
}
