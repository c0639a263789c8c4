package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.testkit.Need;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The twelve servers of chapter 27 (server/serv00-09, serv02m, serv03m): each answers every
 * request of an independent client (python3) with exactly the bytes asked for, keeps its
 * descriptors from one connection to the next, and on SIGINT ends its children, waits for them
 * and prints the book's CPU line; the preforked children wait where their lock puts them (section
 * 27.6-27.9); the metered servers' counters add up.
 */
class Chapter27ServersTest {
    private static final int PORT = 9999;
    private static final int N = 3;
    private static final Duration T = Duration.ofSeconds(60);
    private static final Pattern CPU_LINE = Pattern.compile("\nuser time = [0-9.e+-]+, sys time = [0-9.e+-]+\n");

    static Stream<String> servers() {
        return Stream.of("serv00", "serv01", "serv02", "serv02m", "serv03", "serv03m", "serv04", "serv05",
                "serv06", "serv07", "serv08", "serv09");
    }

    /** Servers that take {@code <#children>} or {@code <#threads>}. */
    private static boolean pooled(String server) {
        return server.matches("serv0[2-57-9]m?");
    }

    /** Starts {@code server/<server> 9999 [3]} and waits until it listens and its pool is up. */
    private static Programs.Proc start(NetNs ns, String server) throws InterruptedException {
        Programs.Proc srv = pooled(server) ? ns.start("server/" + server, Integer.toString(PORT), Integer.toString(N))
                : ns.start("server/" + server, Integer.toString(PORT));
        ns.awaitListening(srv, PORT, T);
        if (pooled(server)) {
            long end = System.nanoTime() + T.toNanos();
            while (starting(srv) < N && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertEquals(N, starting(srv), "\"starting\" lines: " + srv.stdoutSoFar() + srv.stderrSoFar());
        }
        return srv;
    }

    private static long starting(Programs.Proc srv) {
        return srv.stdoutSoFar().lines().filter(l -> l.matches("(child|thread) \\d+ starting")).count();
    }

    private static String script(String name) {
        try {
            return Path.of(Chapter27ServersTest.class.getResource("ch27/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The python3 client: {@code children} x {@code loops} connections asking for {@code sizes}. */
    private static Programs.Result webClient(NetNs ns, int children, int loops, String sizes) {
        Need.command("python3");
        return ns.runCommand(T, null, "python3", script("web_client.py"), "127.0.0.1", Integer.toString(PORT),
                Integer.toString(children), Integer.toString(loops), sizes);
    }

    // ---- every server

    @ParameterizedTest
    @MethodSource("servers")
    @Timeout(240)
    void answersEveryRequestExactlyKeepsItsDescriptorsAndEndsCleanlyOnSigint(String server) throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = start(ns, server);

            Programs.Result warm = webClient(ns, 3, 2, "1,4000,16384");
            assertEquals("ok connections=6 requests=18 bytes=122310\n", warm.stdout(), warm + "\n" + srv.stderrSoFar());
            awaitNoTransientChildren(srv, server);
            Map<Long, Integer> before = descriptors(srv);

            Programs.Result r = webClient(ns, 3, 4, "10,4000");
            assertEquals("ok connections=12 requests=24 bytes=48120\n", r.stdout(), r + "\n" + srv.stderrSoFar());
            awaitNoTransientChildren(srv, server);
            assertEquals(before, descriptors(srv), "descriptors per process (pid=count) after 12 more connections");

            List<ProcessHandle> kids = srv.process().children().toList();
            assertEquals(pooled(server) && server.compareTo("serv06") < 0 ? N : 0, kids.size(), "children: " + kids);
            srv.signal("INT");
            Programs.Result end = srv.await(T);
            assertEquals(0, end.exit(), end.toString());
            assertEquals("", end.stderr());
            assertTrue(CPU_LINE.matcher(end.stdout()).find(), end.stdout());
            for (ProcessHandle k : kids) {
                assertFalse(k.isAlive(), "child " + k.pid() + " ended and was waited for");
            }
            if (server.matches("serv0(2m|3m|5)")) {
                assertEquals(18, counted(end.stdout(), "child"), end.stdout());
            } else if (server.matches("serv0[7-9]")) {
                assertEquals(18, counted(end.stdout(), "thread"), end.stdout());
            }
        }
    }

    /** serv01's children end after their client: wait until they have been reaped. */
    private static void awaitNoTransientChildren(Programs.Proc srv, String server) throws InterruptedException {
        if (!server.equals("serv01")) {
            return;
        }
        long end = System.nanoTime() + T.toNanos();
        while (srv.process().children().findAny().isPresent() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertFalse(srv.process().children().findAny().isPresent(), "serv01's children reaped");
    }

    /** pid -> number of open descriptors, for the server and each child. */
    private static Map<Long, Integer> descriptors(Programs.Proc srv) throws IOException {
        Map<Long, Integer> m = new HashMap<>();
        List<ProcessHandle> all = new ArrayList<>(srv.process().children().toList());
        all.add(srv.process().toHandle());
        for (ProcessHandle h : all) {
            try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(h.pid()), "fd"))) {
                m.put(h.pid(), (int) fds.count());
            }
        }
        return m;
    }

    /** The sum of the "<who> i, K connections" lines, which must number N and run 0..N-1. */
    private static long counted(String stdout, String who) {
        Matcher m = Pattern.compile("(?m)^" + who + " (\\d+), (\\d+) connections$").matcher(stdout);
        long sum = 0;
        int i = 0;
        while (m.find()) {
            assertEquals(i++, Integer.parseInt(m.group(1)), stdout);
            sum += Long.parseLong(m.group(2));
        }
        assertEquals(N, i, stdout);
        return sum;
    }

    // ---- where idle preforked children wait (sections 27.6-27.9)

    /**
     * Without a lock every child waits in accept (serv02; Linux wakes one of them per connection,
     * not all: no thundering herd). With the fcntl lock (serv03) one child waits in accept and the
     * others in fcntl; with the process-shared mutex (serv04) the others wait in futex, on the
     * shared memory's page; with descriptor passing (serv05) every child waits in recvmsg on its
     * stream pipe, descriptor 2.
     */
    @ParameterizedTest
    @ValueSource(strings = {"serv02", "serv03", "serv04", "serv05"})
    @Timeout(120)
    void idleChildrenWaitWhereTheirLockPutsThem(String server) throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = start(ns, server);
            Programs.Result r = webClient(ns, 2, 2, "100"); // every child has run its loop once
            assertEquals(0, r.exit(), r.toString());

            Map<String, Long> expected = switch (server) {
                case "serv02" -> Map.of("accept", (long) N);
                case "serv03" -> Map.of("accept", 1L, "fcntl", (long) N - 1);
                case "serv04" -> Map.of("accept", 1L, "futex on shared memory", (long) N - 1);
                default -> Map.of("recvmsg on 2", (long) N);
            };
            Map<String, Long> seen = Map.of();
            long end = System.nanoTime() + T.toNanos();
            while (!seen.equals(expected) && System.nanoTime() < end) {
                Thread.sleep(100);
                seen = waits(srv);
            }
            assertEquals(expected, seen, "what each child's main thread is blocked in");
        }
    }

    /** What the main thread of each child is blocked in, counted. */
    private static Map<String, Long> waits(Programs.Proc srv) throws IOException {
        Syscalls nr = Syscalls.here();
        Map<String, Long> count = new HashMap<>();
        for (ProcessHandle child : srv.process().children().toList()) {
            String pid = Long.toString(child.pid());
            String[] call = Files.readString(Path.of("/proc", pid, "task", mainThread(pid), "syscall")).trim().split(" ");
            int n = call[0].matches("\\d+") ? Integer.parseInt(call[0]) : -1;
            String what;
            if (n == nr.accept || n == nr.accept4) {
                what = "accept";
            } else if (n == nr.fcntl) {
                what = "fcntl";
            } else if (n == nr.futex && inSharedMemory(pid, Long.decode(call[1]))) {
                what = "futex on shared memory";
            } else if (n == nr.recvmsg) {
                what = "recvmsg on " + Long.decode(call[1]);
            } else {
                what = "syscall " + String.join(" ", call);
            }
            count.merge(what, 1L, Long::sum);
        }
        return count;
    }

    /** The JVM's main Java thread: named "java" like the process, but not its first thread. */
    private static String mainThread(String pid) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", pid, "task"))) {
            for (Path t : tasks.toList()) {
                String tid = t.getFileName().toString();
                if (!tid.equals(pid) && Files.readString(t.resolve("comm")).trim().equals("java")) {
                    found.add(tid);
                }
            }
        }
        assertEquals(1, found.size(), "one main Java thread in " + pid + ": " + found);
        return found.get(0);
    }

    /** True if {@code address} is in the process's mapping of the server's shared memory (a memfd). */
    private static boolean inSharedMemory(String pid, long address) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", pid, "maps"))) {
            if (line.contains("/memfd:unp-shared")) {
                String[] range = line.split(" ")[0].split("-");
                if (address >= Long.parseUnsignedLong(range[0], 16) && address < Long.parseUnsignedLong(range[1], 16)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The system call numbers the test looks for, per architecture. */
    private record Syscalls(int accept, int accept4, int fcntl, int futex, int recvmsg) {
        static Syscalls here() {
            return switch (System.getProperty("os.arch")) {
                case "amd64", "x86_64" -> new Syscalls(43, 288, 72, 202, 47);
                case "aarch64" -> new Syscalls(202, 242, 25, 98, 212);
                default -> throw new IllegalStateException("no system call table for " + System.getProperty("os.arch"));
            };
        }
    }

    // ---- the counters of serv02m and serv03m, and pr_cpu_time

    @ParameterizedTest
    @ValueSource(strings = {"serv02m", "serv03m"})
    @Timeout(120)
    void meteredCountersAddUpToEveryConnection(String server) throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = start(ns, server);
            Programs.Result r = webClient(ns, 5, 20, "4000");
            assertEquals("ok connections=100 requests=100 bytes=400000\n", r.stdout(), r.toString());
            srv.signal("INT");
            Programs.Result end = srv.await(T);
            assertEquals(0, end.exit(), end.toString());
            assertEquals(100, counted(end.stdout(), "child"), end.stdout());
        }
    }

    /**
     * pr_cpu_time adds the children that were waited for: the preforked server's total is at least
     * its own CPU plus each child's, read from /proc just before SIGINT (each a whole JVM start).
     */
    @Test
    @Timeout(120)
    void cpuTimeIncludesTheChildrenThatTheServerWaitedFor() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = start(ns, "serv02");
            assertEquals(0, webClient(ns, 3, 3, "4000").exit());
            double children = 0;
            for (ProcessHandle k : srv.process().children().toList()) {
                children += cpuSeconds(k.pid());
            }
            double own = cpuSeconds(srv.pid());
            srv.signal("INT");
            Programs.Result end = srv.await(T);
            Matcher m = Pattern.compile("user time = ([0-9.e+-]+), sys time = ([0-9.e+-]+)").matcher(end.stdout());
            assertTrue(m.find(), end.toString());
            double total = Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2));
            assertTrue(children >= 0.02 * N, "each child JVM used some CPU: " + children);
            assertTrue(total >= own + children - 0.03, total + " >= " + own + " (server) + " + children + " (children)");
        }
    }

    /**
     * A preforked child JVM compiles with C1 only (the launcher's table, docs/launcher.md); the
     * server itself keeps the full JIT. What {@code ps -o args} shows of each.
     */
    @Test
    @Timeout(120)
    void preforkedChildrenCompileWithC1OnlyAndTheServerWithBothCompilers() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = start(ns, "serv02");
            List<String> server = ProcCmdline.of(srv.pid());
            assertFalse(server.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel")), "server: " + server);
            List<ProcessHandle> kids = srv.process().children().toList();
            assertEquals(N, kids.size(), kids.toString());
            for (ProcessHandle k : kids) {
                List<String> child = ProcCmdline.of(k.pid());
                List<String> levels = child.stream().filter(a -> a.startsWith("-XX:TieredStopAtLevel")).toList();
                assertEquals(List.of("-XX:TieredStopAtLevel=1"), levels, "child: " + child);
            }
            srv.signal("INT");
            assertEquals(0, srv.await(T).exit());
        }
    }

    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    // ---- misbehaving clients and users

    /**
     * web_child ends its process with err_quit when a client asks for no bytes (0 or fewer) or more than 16384:
     * the iterative server dies with it (as the book's does), a preforked server loses that child
     * only and goes on serving with the others. serv05 is the exception, as in C: its child's
     * standard error is its stream pipe to the parent, so the message goes down the pipe as if
     * it were "ready" bytes, then the pipe's end of file ends the parent with "child 0
     * terminated unexpectedly", and the other children end when their pipes close.
     */
    @Test
    @Timeout(120)
    void aBadRequestEndsServ00AndServ05ButOnlyOneChildOfServ02() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc iterative = start(ns, "serv00");
            assertEquals(1, webClient(ns, 1, 1, "16385").exit());
            Programs.Result r = iterative.await(T);
            assertEquals(1, r.exit(), r.toString());
            assertEquals("client request for 16385 bytes\n", r.stderr());
        }
        try (NetNs ns = NetNs.create()) {
            Programs.Proc prefork = start(ns, "serv02");
            assertEquals(1, webClient(ns, 1, 1, "-5,1").exit());
            long end = System.nanoTime() + T.toNanos();
            while (!prefork.stderrSoFar().contains("client request for -5 bytes\n") && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertEquals("client request for -5 bytes\n", prefork.stderrSoFar(), "the child's err_quit");
            Programs.Result ok = webClient(ns, 2, 3, "4000");
            assertEquals("ok connections=6 requests=6 bytes=24000\n", ok.stdout(), ok.toString());
            assertTrue(prefork.process().isAlive());
        }
        try (NetNs ns = NetNs.create()) {
            Programs.Proc passing = start(ns, "serv05");
            List<ProcessHandle> kids = passing.process().children().toList();
            assertEquals(N, kids.size(), "children: " + kids);
            assertEquals(1, webClient(ns, 1, 1, "0,1").exit());
            Programs.Result r = passing.await(T);
            assertEquals(1, r.exit(), r.toString());
            assertEquals("child 0 terminated unexpectedly\n", r.stderr());
            long end = System.nanoTime() + T.toNanos();
            while (kids.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            assertEquals(List.of(), kids.stream().filter(ProcessHandle::isAlive).toList(), "children left");
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    @Timeout(60)
    void withoutAPortEachServerPrintsItsUsage(String server) {
        Programs.Result r = Programs.run(T, null, "server/" + server);
        assertEquals(1, r.exit(), r.toString());
        String usage = switch (server) { // serv02m and serv03m print their parent's usage, as in C
            case "serv00", "serv01", "serv06" -> "usage: " + server + " [ <host> ] <port#>";
            case "serv07", "serv08", "serv09" -> "usage: " + server + " [ <host> ] <port#> <#threads>";
            default -> "usage: " + server.substring(0, 6) + " [ <host> ] <port#> <#children>";
        };
        assertEquals(usage + "\n", r.stderr());
        assertEquals("", r.stdout());
    }

    // ---- the book's clients

    @Test
    @Timeout(120)
    void clientForksItsChildrenEachSaysDoneAndTheParentWaitsForAll() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = start(ns, "serv07");
            Programs.Result r = ns.run(T, null, "server/client", "127.0.0.1", Integer.toString(PORT), "3", "4", "4000");
            assertEquals(0, r.exit(), r.toString());
            assertEquals("", r.stderr());
            assertEquals(List.of("child 0 done", "child 1 done", "child 2 done"), r.stdout().lines().sorted().toList());
            srv.signal("INT");
            Programs.Result end = srv.await(T);
            assertEquals(12, counted(end.stdout(), "thread"), end.stdout());
        }
    }

    @Test
    @Timeout(120)
    void clientSaysWhenTheServerReturnsFewerBytesThanAsked() throws Exception {
        try (NetNs ns = NetNs.create()) {
            start(ns, "serv02");
            // 16385 is more than web_child serves: that child ends, the client reads end of file
            Programs.Result r = ns.run(T, null, "server/client", "127.0.0.1", Integer.toString(PORT), "2", "1", "16385");
            assertEquals(0, r.exit(), "the parent does not look at its children's status, as in C\n" + r);
            assertEquals("server returned 0 bytes\nserver returned 0 bytes\n", r.stderr());
            assertEquals("", r.stdout());
        }
    }

    /**
     * clientrst's third child resets every third connection before its request: the iterative
     * server's readline gets ECONNRESET and, as the book's, ends the server.
     */
    @Test
    @Timeout(120)
    void clientrstsResetEndsTheIterativeServerWithReadlineError() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = start(ns, "serv00");
            ns.run(T, null, "server/clientrst", "127.0.0.1", Integer.toString(PORT), "3", "2", "100");
            Programs.Result end = srv.await(T);
            assertEquals(1, end.exit(), end.toString());
            assertEquals("readline error: Connection reset by peer\n", end.stderr());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"server/client", "server/clientrst"})
    @Timeout(60)
    void clientWithoutFiveArgumentsPrintsItsUsage(String client) {
        Programs.Result r = Programs.run(T, null, client, "127.0.0.1", "9999");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("usage: client <hostname or IPaddr> <port> <#children> <#loops/child> <#bytes/request>\n", r.stderr());
    }
}
