package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;

/**
 * web01, web02 and web03 (sections 23.6 to 23.9) against a real HTTP server, python3's
 * http.server on port 80 of the test's namespace: the home page first, then every file,
 * fetched by threads of which at most {@code <#conns>} run at once, each whole.
 */
class Chapter23WebTest {
    private static final Duration T = Duration.ofSeconds(120);
    private static final int FILES = 6;
    private static final int CONNS = 3;

    @ParameterizedTest
    @ValueSource(strings = {"threads/web01", "threads/web02", "threads/web03"})
    @Timeout(240)
    void threadsFetchEveryFileInParallelNeverMoreThanTheLimit(String program, @TempDir Path docroot) throws Exception {
        Files.writeString(docroot.resolve("index.html"), "<html><body>home page</body></html>\n");
        Map<String, Integer> size = new HashMap<>();
        Random rnd = new Random(23);
        List<String> args = new ArrayList<>(List.of(Integer.toString(CONNS), "127.0.0.1", "/index.html"));
        for (int i = 1; i <= FILES; i++) {
            byte[] b = new byte[600_000 + 100_000 * i];
            rnd.nextBytes(b);
            Files.write(docroot.resolve("f" + i + ".bin"), b);
            size.put("/f" + i + ".bin", b.length);
            args.add("/f" + i + ".bin");
        }
        try (NetNs ns = NetNs.create()) {
            Programs.Proc http = ns.startCommand("python3", "-m", "http.server", "80", "--bind", "127.0.0.1",
                    "--directory", docroot.toString());
            ns.awaitListening(http, 80, T);

            Programs.Result r = ns.run(T, null, program, args.toArray(new String[0]));
            assertEquals(0, r.exit(), r.toString());
            List<String> lines = r.stdout().lines().toList();
            assertEquals("nfiles = " + FILES, lines.get(0));
            assertTrue(r.stdout().contains("end-of-file on home page\n"), r.stdout());

            Map<String, Long> read = new HashMap<>();
            int running = 0;
            int maxRunning = 0;
            int done = 0;
            boolean homeDone = false;
            Pattern start = Pattern.compile("do_get_read for (\\S+), fd \\d+, thread \\d+");
            Pattern bytes = Pattern.compile("read (\\d+) bytes from (\\S+)");
            Pattern finished = Pattern.compile(program.endsWith("web03") ? "thread \\d+ for (\\S+) done"
                    : "thread id \\d+ for (\\S+) done");
            for (String l : lines) {
                Matcher m;
                if (l.equals("end-of-file on home page")) {
                    homeDone = true;
                } else if ((m = start.matcher(l)).matches()) {
                    assertTrue(homeDone, "the home page comes first");
                    running++;
                    maxRunning = Math.max(maxRunning, running);
                    assertTrue(running <= CONNS, "at most " + CONNS + " threads at once:\n" + r.stdout());
                } else if ((m = bytes.matcher(l)).matches()) {
                    read.merge(m.group(2), Long.parseLong(m.group(1)), Long::sum);
                } else if ((m = finished.matcher(l)).matches()) {
                    running--;
                    done++;
                }
            }
            assertEquals(FILES, done, r.stdout());
            assertTrue(maxRunning >= 2, "threads overlap: at most " + maxRunning + " at once");
            for (Map.Entry<String, Integer> e : size.entrySet()) {
                String f = e.getKey();
                assertTrue(r.stdout().contains("wrote " + ("GET " + f + " HTTP/1.0\r\n\r\n").length() + " bytes for " + f + "\n"), f);
                assertTrue(r.stdout().contains("end-of-file on " + f + "\n"), f);
                long got = read.getOrDefault(f, 0L);
                assertTrue(got > e.getValue() && got < e.getValue() + 1000, f + ": read " + got + " for a body of " + e.getValue()
                        + " (the reply's header is the difference)");
            }
            long gets = http.stderrSoFar().lines().filter(l -> l.contains("\"GET /")).count();
            assertEquals(FILES + 1, gets, http.stderrSoFar());
        }
    }
}
