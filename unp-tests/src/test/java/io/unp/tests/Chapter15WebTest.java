package io.unp.tests;

import static io.unp.tests.Chapter15Peers.python;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Section 15.5: nonblock/web against python3's http.server in a namespace (port 80), serving
 * files of known sizes and answering each GET after a delay, so that connections overlap. The
 * server reports the bytes of each reply and the most connections it had open at once.
 */
class Chapter15WebTest {
    private static final Duration RUN = Duration.ofSeconds(120);
    private static final Pattern LINE = Pattern.compile("nfiles = (\\d+)|read (\\d+) bytes of home page"
            + "|end-of-file on home page|start_connect for (\\S+), fd (\\d+)|connection established for (\\S+)"
            + "|wrote (\\d+) bytes for (\\S+)|read (\\d+) bytes from (\\S+)|end-of-file on (\\S+)");

    /** Writes index.html and {@code n} files f001.. of different sizes; returns name -> size. */
    private static Map<String, Integer> site(Path www, int n) throws Exception {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        byte[] home = "<html><body>unp-java chapter 15</body></html>\n".repeat(40).getBytes();
        Files.write(www.resolve("index.html"), home);
        sizes.put("/index.html", home.length);
        for (int i = 1; i <= n; i++) {
            byte[] b = new byte[7000 * i + 13];
            Arrays.fill(b, (byte) ('a' + i % 26));
            String name = String.format("f%03d", i);
            Files.write(www.resolve(name), b);
            sizes.put("/" + name, b.length);
        }
        return sizes;
    }

    private static String[] args(int conns, int n) {
        List<String> a = new ArrayList<>(List.of(Integer.toString(conns), "127.0.0.1", "/index.html"));
        for (int i = 1; i <= n; i++) {
            a.add(String.format("/f%03d", i));
        }
        return a.toArray(new String[0]);
    }

    /** What the server says it sent: path -> bytes of the whole reply. */
    private static Map<String, Long> sent(String serverOut) {
        Map<String, Long> m = new HashMap<>();
        Matcher x = Pattern.compile("sent (\\S+) (\\d+)").matcher(serverOut);
        while (x.find()) {
            m.merge(x.group(1), Long.parseLong(x.group(2)), Long::sum);
        }
        return m;
    }

    private static int serverMax(String serverOut) {
        Matcher x = Pattern.compile("max (\\d+)").matcher(serverOut);
        int most = 0;
        while (x.find()) {
            most = Math.max(most, Integer.parseInt(x.group(1)));
        }
        return most;
    }

    /** Checks web's output line by line; returns the most files it had between start_connect and end-of-file. */
    private static int checkTranscript(String out, int nfiles, Map<String, Integer> sizes, Map<String, Long> sent) {
        List<String> lines = out.lines().toList();
        assertEquals("nfiles = " + nfiles, lines.get(0));
        long home = 0;
        int i = 1;
        while (lines.get(i).startsWith("read ") && lines.get(i).endsWith(" bytes of home page")) {
            home += Long.parseLong(lines.get(i).split(" ")[1]);
            i++;
        }
        assertEquals("end-of-file on home page", lines.get(i++), "the home page comes first, whole: " + out);
        assertEquals(sent.get("/index.html").longValue(), home, "home page bytes = what the server sent");

        Map<String, Integer> step = new HashMap<>(); // 1 started, 2 connected, 3 request sent, 4 done
        Map<String, Long> got = new HashMap<>();
        Map<String, String> fdOf = new HashMap<>();
        Set<String> open = new HashSet<>();
        int most = 0;
        for (; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher m = LINE.matcher(l);
            assertTrue(m.matches(), "one of the book's lines: '" + l + "'");
            if (m.group(3) != null) {
                String f = m.group(3);
                assertEquals(null, step.put(f, 1), "one start_connect per file: " + f);
                assertTrue(open.stream().noneMatch(o -> fdOf.get(o).equals(m.group(4))),
                        "a descriptor serves one file at a time: " + l);
                fdOf.put(f, m.group(4));
                open.add(f);
                most = Math.max(most, open.size());
            } else if (m.group(5) != null) {
                assertEquals(1, step.put(m.group(5), 2), l);
            } else if (m.group(7) != null) {
                String f = m.group(7);
                assertEquals(2, step.put(f, 3), l);
                assertEquals(("GET " + f + " HTTP/1.0\r\n\r\n").length(), Integer.parseInt(m.group(6)), l);
            } else if (m.group(9) != null) {
                assertEquals(3, step.get(m.group(9)), "reads come after the request: " + l);
                got.merge(m.group(9), Long.parseLong(m.group(8)), Long::sum);
            } else if (m.group(10) != null) {
                String f = m.group(10);
                assertEquals(3, step.put(f, 4), l);
                open.remove(f);
            } else {
                throw new AssertionError("unexpected here: " + l);
            }
        }
        assertEquals(nfiles, step.size(), "every file was fetched");
        for (Map.Entry<String, Integer> e : step.entrySet()) {
            String f = e.getKey();
            assertEquals(4, e.getValue(), f);
            long reply = sent.get(f);
            assertEquals(reply, got.get(f).longValue(), "bytes read for " + f + " = the server's reply");
            long header = reply - sizes.get(f);
            assertTrue(header > 0 && header < 1000, "reply = HTTP/1.0 header + the file's " + sizes.get(f) + " bytes: " + reply);
        }
        return most;
    }

    @Test
    @Timeout(120)
    void webFetchesTheFilesInParallelWithAtMostTheGivenNumberOfConnections(@TempDir Path www) throws Exception {
        Map<String, Integer> sizes = site(www, 7);
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = python(ns, "ready", "http_server.py", www.toString(), "80", "0.3");
            Programs.Result r = ns.run(RUN, null, "nonblock/web", args(3, 7));
            assertEquals(0, r.exit(), r.toString());
            assertEquals("", r.stderr());
            Thread.sleep(200); // the server's last "max" line follows its close
            int clientMost = checkTranscript(r.stdout(), 7, sizes, sent(srv.stdoutSoFar()));
            assertEquals(3, clientMost, "web keeps 3 connections going");
            assertEquals(3, serverMax(srv.stdoutSoFar()), "the server saw 3 connections at once, never more");
        }
    }

    @Test
    @Timeout(200)
    void beyondTheBookHundredFilesTenAtATimeBeatOneAtATime(@TempDir Path www) throws Exception {
        Map<String, Integer> sizes = site(www, 100);
        Map<String, String> env = Map.of("UNP_WEB_MAXFILES", "100");
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = python(ns, "ready", "http_server.py", www.toString(), "80", "0.1");

            long t0 = System.nanoTime();
            Programs.Result seq = ns.run(RUN, env, null, "nonblock/web", args(1, 100));
            long seqMs = Chapter15Peers.millisSince(t0);
            assertEquals(0, seq.exit(), seq.toString());
            Thread.sleep(200);
            assertEquals(1, checkTranscript(seq.stdout(), 100, sizes, sent(srv.stdoutSoFar())));
            assertEquals(1, serverMax(srv.stdoutSoFar()));
            srv.close();

            Programs.Proc srv2 = python(ns, "ready", "http_server.py", www.toString(), "80", "0.1");
            t0 = System.nanoTime();
            Programs.Result par = ns.run(RUN, env, null, "nonblock/web", args(10, 100));
            long parMs = Chapter15Peers.millisSince(t0);
            assertEquals(0, par.exit(), par.toString());
            Thread.sleep(200);
            assertEquals(10, checkTranscript(par.stdout(), 100, sizes, sent(srv2.stdoutSoFar())));
            assertEquals(10, serverMax(srv2.stdoutSoFar()));

            assertTrue(seqMs >= 100 * 100, "one at a time waits 100 x 0.1 s: " + seqMs + " ms");
            assertTrue(parMs * 2 < seqMs, "10 at a time: " + parMs + " ms vs one at a time: " + seqMs + " ms");
        }
    }

    @Test
    @Timeout(60)
    void twentyFilesAtMostAsInTheBookAndTheUsage(@TempDir Path www) throws Exception {
        site(www, 25);
        try (NetNs ns = NetNs.create()) {
            python(ns, "ready", "http_server.py", www.toString(), "80", "0");
            Programs.Result r = ns.run(RUN, null, "nonblock/web", args(5, 25));
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.stdout().startsWith("nfiles = 20\n"), r.stdout());
            assertTrue(r.stdout().contains("end-of-file on /f020\n"));
            assertTrue(!r.stdout().contains("/f021"), "MAXFILES is 20: the rest are ignored");
        }
        Programs.Result u = Programs.run(RUN, null, "nonblock/web", "3", "127.0.0.1", "/");
        assertEquals(1, u.exit());
        assertEquals("usage: web <#conns> <hostname> <homepage> <file1> ...\n", u.stderr());
        Programs.Result zero = Programs.run(RUN, null, "nonblock/web", "x", "127.0.0.1", "/", "/a");
        assertEquals(1, zero.exit());
        assertEquals("#conns must be at least 1: x\n", zero.stderr());
    }
}
