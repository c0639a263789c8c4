package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The heartbeat of section 21.5 (oob/tcpcli02 and oob/tcpserv02): one urgent byte a second
 * each way; five unanswered seconds and the side still running gives up. A side that is
 * stopped (SIGSTOP) stands for a peer that crashed or became unreachable: its kernel still
 * acknowledges, so TCP itself notices nothing.
 */
class Chapter21HeartbeatTest {
    private static final Duration T = Duration.ofSeconds(60);

    /** The server's child for the one client: the server's only child process. */
    private static long child(Programs.Proc server) throws InterruptedException {
        long end = System.nanoTime() + T.toNanos();
        while (System.nanoTime() < end) {
            List<ProcessHandle> kids = server.process().children().collect(Collectors.toList());
            if (kids.size() == 1) {
                return kids.get(0).pid();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no child for the client");
    }

    private static void kill(String sig, long pid) {
        Programs.runCommand(T, null, "kill", "-" + sig, Long.toString(pid));
    }

    /** The heartbeat server and client of section 21.5, connected, one line echoed. */
    private record Connected(Programs.Proc server, Programs.Proc client) {}

    private static Connected connected(NetNs ns, String line) throws InterruptedException {
        Programs.Proc srv = ns.start("oob/tcpserv02");
        ns.awaitListening(srv, 9877, T);
        Programs.Proc cli = ns.start("oob/tcpcli02", "127.0.0.1");
        cli.send(line);
        assertTrue(cli.awaitStdout(line, T), cli.stderrSoFar());
        return new Connected(srv, cli);
    }

    @Test
    @Timeout(120)
    void anIdleConnectionStaysUpWhileBothSidesAnswerAndEchoStillWorks() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Connected c = connected(ns, "first\n");
            Programs.Proc srv = c.server();
            Programs.Proc cli = c.client();
            Thread.sleep(8000); // more than the five probes the client waits for
            cli.send("second\n");
            assertTrue(cli.awaitStdout("first\nsecond\n", T), cli.stderrSoFar());
            assertTrue(cli.process().isAlive(), "the client gave up: " + cli.stderrSoFar());
            cli.writeStdin(null);
            Programs.Result r = cli.await(T);
            assertEquals(0, r.exit(), r.stderr());
            assertEquals("", r.stderr());
            assertTrue(srv.awaitStdout("terminated", T), srv.stdoutSoFar() + srv.stderrSoFar());
            assertTrue(srv.stdoutSoFar().matches("child \\d+ terminated\n"), "no 'no probes' from a live client: "
                    + srv.stdoutSoFar());
        }
    }

    @Test
    @Timeout(120)
    void theClientGivesUpOnAStoppedServerAfterFiveUnansweredProbes() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Connected c = connected(ns, "hello\n");
            Programs.Proc srv = c.server();
            Programs.Proc cli = c.client();
            long child = child(srv);
            Thread.sleep(2500); // a few probes answered
            kill("STOP", child);
            long t0 = System.nanoTime();
            try {
                Programs.Result r = cli.await(T);
                double s = (System.nanoTime() - t0) / 1e9;
                assertEquals("server is unreachable\n", r.stderr());
                assertEquals(0, r.exit(), "exit(0), as the C's sig_alrm");
                assertTrue(s > 4 && s < 9, "the sixth alarm after the last answer: " + s + " s");
            } finally {
                kill("CONT", child);
            }
        }
    }

    @Test
    @Timeout(120)
    void theServersChildGivesUpOnAStoppedClient() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Connected c = connected(ns, "hello\n");
            Programs.Proc srv = c.server();
            Programs.Proc cli = c.client();
            long child = child(srv);
            Thread.sleep(2500);
            cli.signal("STOP");
            long t0 = System.nanoTime();
            try {
                assertTrue(srv.awaitStdout("terminated\n", T), srv.stdoutSoFar() + srv.stderrSoFar());
                double s = (System.nanoTime() - t0) / 1e9;
                assertEquals("no probes from client\nchild " + child + " terminated\n", srv.stdoutSoFar());
                assertTrue(s > 3 && s < 9, "five alarms without a probe: " + s + " s");
            } finally {
                cli.signal("CONT");
            }
            Programs.Result r = cli.await(T);
            assertTrue(r.exit() != 0, "the client sees the child's FIN (or its probe meets the reset): " + r);
        }
    }
}
