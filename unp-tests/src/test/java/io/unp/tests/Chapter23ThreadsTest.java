package io.unp.tests;

import io.unp.testkit.Need;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The thread lessons of chapter 23 that need no network: a counter without a mutex loses
 * increments (example01), with one it never does (example02), condition variables hand items
 * from producer to consumer (example03), and the test programs: running out of threads
 * (test01), a shared argument (test02), a timed wait that times out (test03), the
 * thread-specific-data readline under load (test04), key numbering (test05).
 */
class Chapter23ThreadsTest {
    private static final Duration T = Duration.ofSeconds(60);
    private static final Pattern COUNT = Pattern.compile("(\\d+): (\\d+)");

    /** The counter values example01/02 printed, in order, and the thread IDs that printed them. */
    private static List<Integer> values(String out, Set<String> ids) {
        List<Integer> v = new ArrayList<>();
        for (String line : out.split("\n")) {
            Matcher m = COUNT.matcher(line);
            assertTrue(m.matches(), "line '" + line + "'");
            ids.add(m.group(1));
            v.add(Integer.parseInt(m.group(2)));
        }
        return v;
    }

    @Test
    @Timeout(300)
    void withoutAMutexIncrementsAreLostAndWithOneNeverOverManyRuns() {
        int runs = 10;
        int lossy = 0;
        List<Integer> finals = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Programs.Result r = Programs.run(T, null, "threads/example01");
            assertEquals(0, r.exit(), r.stderr());
            Set<String> ids = new HashSet<>();
            List<Integer> v = values(r.stdout(), ids);
            assertEquals(10000, v.size(), "each thread prints 5000 lines");
            assertEquals(2, ids.size(), "two threads");
            int last = v.stream().max(Comparator.naturalOrder()).orElseThrow();
            finals.add(last);
            if (last < 10000) {
                lossy++;
            }
        }
        assertTrue(lossy > 0, "no run of " + runs + " lost an increment: " + finals);
        System.out.println("example01: highest value per run " + finals + " (10000 without losses)");

        for (int i = 0; i < runs; i++) {
            Programs.Result r = Programs.run(T, null, "threads/example02");
            assertEquals(0, r.exit(), r.stderr());
            Set<String> ids = new HashSet<>();
            List<Integer> v = values(r.stdout(), ids);
            for (int k = 0; k < v.size(); k++) {
                assertEquals(k + 1, v.get(k), "run " + i + ": 1 to 10000 in order, no gap, no repeat");
            }
            assertEquals(10000, v.size());
            assertEquals(2, ids.size());
        }
    }

    @Test
    @Timeout(60)
    void producerAndConsumerHandOffThroughTheBoundedBuffer() {
        Programs.Result r = Programs.run(T, null, "threads/example03");
        assertEquals(0, r.exit(), r.stderr());
        List<String> lines = r.stdout().lines().toList();
        assertTrue(lines.get(0).matches("main, addr\\(stack\\) = \\p{XDigit}+, addr\\(global\\) = \\p{XDigit}+, addr\\(func\\) = \\p{XDigit}+"),
                lines.get(0));
        int produced = 0;
        int consumed = 0;
        int maxInBuffer = 0;
        for (String l : lines.subList(1, lines.size())) {
            if (l.startsWith("produce ")) {
                if (!l.startsWith("produce_loop")) {
                    assertEquals("produce " + produced, l);
                    produced++;
                }
            } else if (l.startsWith("consume ")) {
                assertEquals("consume " + consumed, l, "items come out in the order they went in");
                consumed++;
                assertTrue(consumed <= produced, "nothing consumed before it was produced");
            } else {
                assertTrue(l.matches("(produce|consume)_loop thread, addr\\(stack\\) = \\p{XDigit}+"), l);
            }
            maxInBuffer = Math.max(maxInBuffer, produced - consumed);
            assertTrue(produced - consumed <= 10, "the producer waits when the ten slots are full");
        }
        assertEquals(50, produced);
        assertEquals(50, consumed);
    }

    @Test
    @Timeout(120)
    void test01CreatesThreadsUntilEagainThenJoinOfAnUnknownIdGivesEsrch() {
        Need.root("running the program as nobody with a thread limit");
        Need.command("setpriv");
        Need.command("prlimit");
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                "prlimit", "--nproc=80"));
        List<String> java = new ArrayList<>(Programs.javaCommand());
        java.add(1, "-Xlog:disable"); // as scripts/unp: the JVM's own warning about the thread it could not start
        cmd.addAll(java);
        cmd.add("threads/test01");
        Programs.Result r = Programs.runCommand(T, null, cmd.toArray(new String[0]));
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.stdout().lines().toList();
        int created = lines.size() - 2;
        assertTrue(created > 10 && created < 80, "RLIMIT_NPROC 80 less the JVM's own threads: " + created);
        for (String l : lines.subList(0, created)) {
            assertTrue(l.matches("created tid \\d+"), l);
        }
        assertEquals("pthread_create returned 11, errno = 11", lines.get(created), "EAGAIN, and errno left at EAGAIN as glibc does");
        assertEquals("pthread_join returned 3, errno = 0", lines.get(created + 1), "ESRCH (the C crashes here on Linux)");
    }

    @Test
    @Timeout(90)
    void test02ThreadSeesTheMainThreadChangeTheValueItsArgumentPointsTo() {
        long t0 = System.nanoTime();
        Programs.Result r = Programs.run(Duration.ofSeconds(60), null, "threads/test02");
        long s = (System.nanoTime() - t0) / 1_000_000_000;
        assertEquals(0, r.exit(), r.stderr());
        List<String> lines = r.stdout().lines().toList();
        assertEquals(4, lines.size(), r.stdout());
        assertTrue(lines.get(0).matches("thread ID of main: \\d+"));
        assertTrue(lines.get(1).matches("thread ID of myfunc: \\d+"));
        assertNotEquals(lines.get(0).replaceAll("\\D", ""), lines.get(1).replaceAll("\\D", ""));
        assertEquals(List.of("val = 123", "val = 789"), lines.subList(2, 4));
        assertTrue(s >= 24 && s < 40, "main sleeps 5 + 20 seconds: " + s);
    }

    @Test
    @Timeout(60)
    void test03TimedWaitEndsAfterFiveSecondsWithEtimedout() {
        long t0 = System.nanoTime();
        Programs.Result r = Programs.run(T, null, "threads/test03");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(1, r.exit());
        assertEquals("pthread_cond_timedwait error: Connection timed out\n", r.stderr(), "what the C prints on Linux");
        assertTrue(ms >= 5000 && ms < 12000, ms + " ms");
    }

    @Test
    @Timeout(120)
    void test04EveryThreadCopiesTheFileFiveTimesThroughItsOwnReadlineBuffer() throws Exception {
        Path dir = Files.createTempDirectory("unp-test04");
        try {
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                in.append("line ").append(i).append(" ").append("x".repeat(i % 97)).append('\n');
            }
            Files.writeString(dir.resolve("in.txt"), in);
            try (Programs.Proc p = startIn(dir, "threads/test04", "in.txt", "8")) {
                long end = System.nanoTime() + T.toNanos();
                while (p.stdoutSoFar().lines().count() < 8 && System.nanoTime() < end && p.process().isAlive()) {
                    Thread.sleep(50);
                }
                List<String> done = p.stdoutSoFar().lines().toList();
                assertEquals(8, done.size(), p.stdoutSoFar() + p.stderrSoFar());
                Thread.sleep(300);
                assertTrue(p.process().isAlive(), "then it pauses forever");
                String five = in.toString().repeat(5);
                Set<String> ids = new HashSet<>();
                for (String l : done) {
                    Matcher m = Pattern.compile("thread (\\d+) done").matcher(l);
                    assertTrue(m.matches(), l);
                    ids.add(m.group(1));
                    assertEquals(five, Files.readString(dir.resolve("temp." + m.group(1))), "temp." + m.group(1));
                }
                assertEquals(8, ids.size());
            }
        } finally {
            delete(dir);
        }
    }

    /** Starts a program with {@code dir} as its current directory. */
    private static Programs.Proc startIn(Path dir, String program, String... args) {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "cd \"$1\" && shift && exec \"$@\"", "sh", dir.toString()));
        cmd.addAll(Programs.javaCommand());
        cmd.add(program);
        cmd.addAll(List.of(args));
        return Programs.Proc.start(cmd, java.util.Map.of());
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(dir);
    }

    @Test
    @Timeout(60)
    void test05KeysAreNumberedFromZeroAndAnUnsetKeyIsNull() {
        Programs.Result r = Programs.run(T, null, "threads/test05");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals("first key = 0\nsecond key = 1\nthird key = 2\nkey 0 pointer is NULL\nkey 0 pointer is NULL\n",
                r.stdout(), "the same as the C on Linux");
    }

    @Test
    @Timeout(60)
    void badArgumentsGiveTheUsageLine() throws IOException {
        Programs.Result r = Programs.run(T, null, "threads/test04", "only-one");
        assertEquals(1, r.exit());
        assertEquals("usage: test04 <input-file> <#threads>\n", r.stderr());
        Path dir = Files.createTempDirectory("unp-test04");
        try (Programs.Proc p = startIn(dir, "threads/test04", "/nonexistent/file", "1")) {
            r = p.await(T);
            assertEquals(1, r.exit(), "a thread's err_sys ends the whole program");
            assertEquals("open error for /nonexistent/file: No such file or directory\n", r.stderr());
        } finally {
            delete(dir);
        }
        r = Programs.run(T, null, "threads/web03", "3", "127.0.0.1", "/");
        assertEquals(1, r.exit());
        assertEquals("usage: web <#conns> <IPaddr> <homepage> file1 ...\n", r.stderr());
    }
}
