package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.testkit.Need;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The process and signal lessons of chapter 5, with the real programs and real child processes:
 * zombies (sections 5.8-5.10), interrupted {@code accept} (5.9), SIGPIPE (5.13) and the server
 * child that dies mid-session (5.12). Each test runs in its own network namespace and kills the
 * servers and every forked child when it ends.
 */
class Chapter05SignalLessonsTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static final Pattern TERMINATED = Pattern.compile("child (\\d+) terminated\n");

    // ---- zombies

    @Test
    @Timeout(90)
    void serverWithoutSigchldHandlerLeavesAZombieThatPsShows() throws Exception {
        try (NetNs ns = NetNs.create(); Children kids = new Children()) {
            Programs.Proc server = ns.start("tcpcliserv/tcpserv01");
            ns.awaitListening(server, 9877, T);

            Programs.Result r = ns.run(T, "hello\n".getBytes(StandardCharsets.US_ASCII), "tcpcliserv/tcpcli01", "127.0.0.1");
            assertEquals("hello\n", r.stdout(), r.toString());

            List<Integer> children = kids.of(server);
            assertEquals(1, children.size(), "one child per client");
            int child = children.get(0);
            assertTrue(Chapter05EchoTest.waitFor(() -> state(child) == 'Z', T), "child never became a zombie");
            Thread.sleep(500);
            assertEquals('Z', state(child), "nobody reaps it");
            Need.command("ps");
            Programs.Result ps = Programs.runCommand(T, null, "ps", "-o", "pid=,stat=,comm=", "--ppid", Long.toString(server.pid()));
            assertTrue(ps.stdout().matches("(?s)\\s*" + child + "\\s+Z\\S*\\s+java.*"), ps.toString());
        }
    }

    @Test
    @Timeout(240)
    void waitOnceHandlerLeavesZombiesWhenFiveChildrenEndTogether() throws Exception {
        try (NetNs ns = NetNs.create(); Children kids = new Children()) {
            Programs.Proc server = ns.start("tcpcliserv/tcpserv03");
            ns.awaitListening(server, 9877, T);

            // child JVMs end a few milliseconds apart, not microseconds as C children do, so some bursts
            // are handled one call per child; see docs/chapter05.md for how often zombies appear
            List<Integer> zombies = List.of();
            int trials = 0;
            while (zombies.isEmpty() && trials < 10) {
                trials++;
                zombies = fiveChildrenEndTogether(ns, server, kids);
            }

            assertFalse(zombies.isEmpty(), "no zombie left in " + trials + " bursts of five\n" + server.stdoutSoFar());
            assertTrue(TERMINATED.matcher(server.stdoutSoFar()).find(), "the handler says which child it reaped");
            for (int z : zombies) {
                assertFalse(server.stdoutSoFar().contains("child " + z + " terminated"), "zombie " + z + " was reported reaped");
            }
        }
    }

    @Test
    @Timeout(120)
    void waitpidLoopHandlerLeavesNoZombie() throws Exception {
        try (NetNs ns = NetNs.create(); Children kids = new Children()) {
            Programs.Proc server = ns.start("tcpcliserv/tcpserv04");
            ns.awaitListening(server, 9877, T);

            Set<Integer> all = new HashSet<>();
            for (int trial = 0; trial < 3; trial++) {
                List<Integer> zombies = fiveChildrenEndTogether(ns, server, kids);
                assertEquals(List.of(), zombies, "trial " + trial);
                all.addAll(kids.seen());
            }
            Set<Integer> reported = new HashSet<>();
            Matcher m = TERMINATED.matcher(server.stdoutSoFar());
            while (m.find()) {
                reported.add(Integer.parseInt(m.group(1)));
            }
            assertEquals(all, reported, "each of the 15 children reaped exactly once: " + server.stdoutSoFar());
            assertEquals(15, TERMINATED.matcher(server.stdoutSoFar()).results().count());
        }
    }

    /**
     * One tcpcli04 run: five connections, one echoed line, then end of input once all five server
     * children serve; returns the children of this run left as zombies once things settle.
     */
    private static List<Integer> fiveChildrenEndTogether(NetNs ns, Programs.Proc server, Children kids) throws Exception {
        Set<Integer> before = new HashSet<>(kids.of(server));
        String listener = "socket:[" + listeningInode(server, 9877) + "]";
        List<Integer> mine;
        try (Programs.Proc client = ns.start("tcpcliserv/tcpcli04", "127.0.0.1")) {
            client.send("hello\n");
            assertTrue(client.awaitStdout("hello\n", T), client.stderrSoFar());
            List<Integer> found = new ArrayList<>();
            assertTrue(Chapter05EchoTest.waitFor(() -> {
                found.clear();
                for (int c : kids.of(server)) {
                    if (!before.contains(c) && !holds(c, listener)) { // listening socket closed: in str_echo
                        found.add(c);
                    }
                }
                return found.size() == 5;
            }, T), "five children serving: " + found);
            mine = List.copyOf(found);
            Thread.sleep(200); // let each block in read(2)

            client.writeStdin(null); // EOF: the client exits and its five connections close at once
            Programs.Result r = client.await(T);
            assertEquals(0, r.exit(), r.toString());
        }
        assertTrue(Chapter05EchoTest.waitFor(() -> mine.stream().allMatch(c -> state(c) == 0 || state(c) == 'Z'), T),
                "children did not end");
        Thread.sleep(500); // a handler still running would reap more
        List<Integer> zombies = new ArrayList<>();
        for (int c : mine) {
            if (state(c) == 'Z') {
                zombies.add(c);
            }
        }
        return zombies;
    }

    // ---- interrupted accept

    @Test
    @Timeout(90)
    void signalRestartsAcceptSoTcpserv02KeepsServing() throws Exception {
        try (NetNs ns = NetNs.create(); Children kids = new Children()) {
            Programs.Proc server = ns.start("tcpcliserv/tcpserv02");
            ns.awaitListening(server, 9877, T);
            kids.track(server);

            echoOnce(ns, "first\n");
            assertTrue(server.awaitStdout(" terminated\n", T), "SIGCHLD handled: " + server.stdoutSoFar());
            echoOnce(ns, "second\n");

            assertTrue(server.process().isAlive(), server.stderrSoFar());
            assertEquals("", server.stderrSoFar());
        }
    }

    @Test
    @Timeout(90)
    void withoutSaRestartTcpserv02DiesOfInterruptedAccept() throws Exception {
        try (NetNs ns = NetNs.create(); Children kids = new Children()) {
            Programs.Proc server = ns.start(Map.of("UNP_NO_RESTART", "1"), "tcpcliserv/tcpserv02");
            ns.awaitListening(server, 9877, T);
            kids.track(server);

            echoOnce(ns, "first\n");

            Programs.Result r = server.await(T);
            assertEquals(1, r.exit(), r.toString());
            assertTrue(TERMINATED.matcher(r.stdout()).matches(), r.toString());
            assertEquals("accept error: Interrupted system call\n", r.stderr());
        }
    }

    @Test
    @Timeout(90)
    void withoutSaRestartTcpserv03RestartsAcceptItself() throws Exception {
        try (NetNs ns = NetNs.create(); Children kids = new Children()) {
            Programs.Proc server = ns.start(Map.of("UNP_NO_RESTART", "1"), "tcpcliserv/tcpserv03");
            ns.awaitListening(server, 9877, T);
            kids.track(server);

            echoOnce(ns, "first\n");
            assertTrue(server.awaitStdout(" terminated\n", T), server.stdoutSoFar());
            Thread.sleep(200);
            echoOnce(ns, "second\n");

            assertTrue(server.process().isAlive(), server.stderrSoFar());
            assertEquals("", server.stderrSoFar());
        }
    }

    private static void echoOnce(NetNs ns, String line) {
        Programs.Result r = ns.run(T, line.getBytes(StandardCharsets.US_ASCII), "tcpcliserv/tcpcli01", "127.0.0.1");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(line, r.stdout());
    }

    // ---- SIGPIPE and a dead server

    @Test
    @Timeout(60)
    void tsigpipeCatchesSigpipeAndThenSeesEpipe() {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc daytime = ns.start("intro/daytimetcpsrv");
            ns.awaitListening(daytime, 13, T);

            Programs.Result r = ns.run(T, null, "tcpcliserv/tsigpipe", "127.0.0.1");

            assertEquals(1, r.exit(), r.toString());
            assertEquals("SIGPIPE received\n", r.stdout());
            assertEquals("write error: Broken pipe\n", r.stderr());
        }
    }

    @Test
    @Timeout(60)
    void tcpcli11WithoutHandlerIsKilledBySigpipe() throws Exception {
        // The server is gone before the client writes (section 5.13): its FIN is in, so the first
        // piece draws an RST and the second write raises SIGPIPE. The line goes to the client only
        // once the peer has closed: a byte that reached the peer before its close() would make that
        // close send an RST at once, and the client would see ECONNRESET instead.
        String closesAtOnce = String.join("\n",
                "import socket",
                "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
                "s.bind(('127.0.0.1', 7)); s.listen()",
                "while True:",
                "    c, _ = s.accept(); c.close(); print('closed', flush=True)");
        try (NetNs ns = NetNs.create()) {
            Programs.Proc peer = ns.startCommand("python3", "-c", closesAtOnce);
            ns.awaitListening(peer, 7, T);

            try (Programs.Proc client = ns.start("tcpcliserv/tcpcli11", "127.0.0.1")) {
                assertTrue(peer.awaitStdout("closed\n", T), peer.stderrSoFar());
                client.send("hello\n");
                Programs.Result r = client.await(T);

                assertEquals(128 + 13, r.exit(), "killed by SIGPIPE (13)\n" + r);
                assertEquals("", r.stdout());
                assertEquals("", r.stderr());
            }
        }
    }

    @Test
    @Timeout(90)
    void clientSeesServerTerminatedPrematurelyWhenItsChildIsKilled() throws Exception {
        try (NetNs ns = NetNs.create(); Children kids = new Children()) {
            Programs.Proc server = ns.start("tcpcliserv/tcpserv04");
            ns.awaitListening(server, 9877, T);
            try (Programs.Proc client = ns.start("tcpcliserv/tcpcli01", "127.0.0.1")) {
                client.send("another line\n");
                assertTrue(client.awaitStdout("another line\n", T), client.stderrSoFar());

                List<Integer> children = kids.of(server);
                assertEquals(1, children.size());
                Programs.runCommand(T, null, "kill", Integer.toString(children.get(0)));
                assertTrue(server.awaitStdout("child " + children.get(0) + " terminated\n", T), server.stdoutSoFar());

                client.send("another line\n");
                Programs.Result r = client.await(T);
                assertEquals(1, r.exit(), r.toString());
                assertEquals("another line\n", r.stdout());
                assertEquals("str_cli: server terminated prematurely\n", r.stderr());
            }
        }
    }

    // ---- /proc helpers

    /** The state letter of {@code pid} in /proc (R, S, Z ...), or 0 once it is gone. */
    static char state(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2);
        } catch (IOException e) {
            return 0;
        }
    }

    /** True if {@code pid} (still alive) has a descriptor open on {@code link}, e.g. {@code socket:[1234]}. */
    static boolean holds(int pid, String link) {
        try {
            return ProcFds.links(pid).contains(link);
        } catch (IOException e) {
            return true; // gone or not readable: not known to be serving
        }
    }

    /** The inode of the socket listening on TCP {@code port} in {@code server}'s network namespace. */
    static String listeningInode(Programs.Proc server, int port) throws IOException {
        String hexPort = String.format(":%04X", port);
        for (String line : Files.readAllLines(Path.of("/proc/" + server.pid() + "/net/tcp"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                return f[9];
            }
        }
        throw new AssertionError("no listener on port " + port);
    }

    /**
     * The forked children of servers, read from /proc; every child seen is killed at the end,
     * including any the server left behind when it died (they are no longer its descendants then).
     */
    static final class Children implements AutoCloseable {
        private final Set<Integer> seen = new HashSet<>();
        private final List<Programs.Proc> servers = new ArrayList<>();

        /** Current children of {@code server} (zombies included). */
        List<Integer> of(Programs.Proc server) {
            track(server);
            List<Integer> out = new ArrayList<>();
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + server.pid() + "/task"))) {
                for (Path task : tasks) {
                    try {
                        for (String s : Files.readString(task.resolve("children")).trim().split("\\s+")) {
                            if (!s.isEmpty()) {
                                out.add(Integer.parseInt(s));
                            }
                        }
                    } catch (IOException e) {
                        // thread ended
                    }
                }
            } catch (IOException e) {
                // server gone
            }
            synchronized (seen) {
                seen.addAll(out);
            }
            return out;
        }

        /** Children seen so far. */
        Set<Integer> seen() {
            synchronized (seen) {
                return new HashSet<>(seen);
            }
        }

        /** Remembers {@code server} so that its children are listed once more at the end. */
        void track(Programs.Proc server) {
            if (!servers.contains(server)) {
                servers.add(server);
            }
        }

        @Override
        public void close() {
            for (Programs.Proc s : servers) {
                of(s);
            }
            for (int pid : seen()) {
                ProcessHandle.of(pid).ifPresent(h -> {
                    if (h.info().commandLine().map(c -> c.contains("io.unp.lib.ForkChildMain")).orElse(false)) {
                        h.destroyForcibly();
                    }
                });
            }
        }
    }
}
