package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The threaded echo server and client of chapter 23: one thread per client (tcpserv01, 02)
 * for a thousand clients at once, threads that go away when their client does (detached), the
 * descriptor handed to the thread safely (figures 23.3 and 23.4) against the race of passing
 * the address of the main thread's variable (section 23.4), and the two-thread str_cli
 * (tcpcli01, 02).
 */
class Chapter23EchoTest {
    private static final Duration T = Duration.ofSeconds(60);
    private static final Pattern ECHOED = Pattern.compile("echoed (\\d+) wrong (\\d+) none (\\d+) of (\\d+)");

    static String script(String name) {
        try {
            return Path.of(Chapter23EchoTest.class.getResource("ch23/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number of threads of a process, from /proc. */
    static int threads(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("Threads:")) {
                    return Integer.parseInt(l.substring(8).trim());
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static int[] echoed(String out) {
        Matcher m = ECHOED.matcher(out);
        assertTrue(m.find(), out);
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))};
    }

    @ParameterizedTest
    @ValueSource(strings = {"threads/tcpserv01", "threads/tcpserv02"})
    @Timeout(180)
    void aThreadPerClientServesAThousandClientsAtOnceAndEachThreadEndsWithItsClient(String program) throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start(program, "9877");
            ns.awaitListening(srv, 9877, T);
            int idle = threads(srv.pid());

            Programs.Proc clients = ns.startCommand("python3", script("echo_clients.py"), "1000", "9877", "60", "hold");
            assertTrue(clients.awaitStdout("of 1000", Duration.ofSeconds(120)), clients.stdoutSoFar() + clients.stderrSoFar());
            assertEquals(1000, echoed(clients.stdoutSoFar())[0], clients.stdoutSoFar());
            int busy = threads(srv.pid());
            assertTrue(busy >= idle + 1000, "one thread per connected client: " + idle + " idle, " + busy + " busy");

            clients.writeStdin("\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(clients.awaitStdout("closed", T));
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (threads(srv.pid()) > idle + 5 && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertTrue(threads(srv.pid()) <= idle + 5, "detached threads end with their clients: " + threads(srv.pid()));
            assertTrue(srv.process().isAlive(), srv.stderrSoFar());
            assertEquals("", srv.stderrSoFar());
        }
    }

    /**
     * Many clients already queued when the server starts accepting (it was stopped): the main
     * thread accepts them back to back. Passing the descriptor's value (tcpserv01) or a fresh
     * integer (tcpserv02) serves every one; passing the address of the main thread's connfd
     * lets a later accept overwrite it before the new thread reads it.
     */
    @Test
    @Timeout(300)
    void passingTheAddressOfConnfdLosesClientsWhilePassingItsValueOrANewIntegerDoesNot() throws Exception {
        int n = 300;
        for (String program : List.of("threads/tcpserv01", "threads/tcpserv02")) {
            String out = burst(Map.of(), program, n);
            assertTrue(out.contains("echoed " + n + " wrong 0 none 0 of " + n), program + ": " + out);
        }
        List<String> outcomes = new ArrayList<>();
        boolean raced = false;
        for (int attempt = 0; attempt < 3 && !raced; attempt++) {
            String out = burst(Map.of("UNP_CONNFD_BY_ADDRESS", "1"), "threads/tcpserv01", n);
            outcomes.add(out);
            raced = !out.contains("echoed " + n + " wrong 0 none 0 of " + n);
        }
        assertTrue(raced, "every client served in 3 bursts despite the race: " + outcomes);
        System.out.println("UNP_CONNFD_BY_ADDRESS=1: " + outcomes);
    }

    /** One burst of {@code n} clients queued while the server is stopped; the clients' result and the server's fate. */
    private static String burst(Map<String, String> env, String program, int n) throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start(env, program, "9877");
            ns.awaitListening(srv, 9877, T);
            srv.signal("STOP");
            Programs.Proc clients = ns.startCommand("python3", script("echo_clients.py"), Integer.toString(n), "9877",
                    "5", "nohold");
            assertTrue(clients.awaitStdout("connected", T), clients.stderrSoFar());
            srv.signal("CONT");
            assertTrue(clients.awaitStdout("closed", T), clients.stdoutSoFar() + clients.stderrSoFar());
            srv.process().waitFor(srv.stderrSoFar().isEmpty() ? 300 : 3000, java.util.concurrent.TimeUnit.MILLISECONDS);
            String fate = srv.process().isAlive() ? "server alive" : "server exited " + srv.process().exitValue();
            String line = clients.stdoutSoFar().lines().filter(l -> l.startsWith("echoed")).findFirst().orElse("?");
            return line + "; " + fate + " " + srv.stderrSoFar().trim();
        }
    }

    /**
     * Beyond the book: {@code UNP_THREADS=virtual} runs each client's thread as a virtual thread
     * (Java 21+). unp-lib's read is a native call, which a virtual thread cannot leave while it
     * blocks: it keeps its carrier, so once every carrier (one per processor) holds a client
     * waiting in read, the next client's thread never runs until one of them leaves. On Java 17
     * the program says virtual threads are not supported.
     */
    @Test
    @Timeout(120)
    void virtualThreadsBlockedInNativeReadHoldTheirCarriers() throws Exception {
        int carriers = Runtime.getRuntime().availableProcessors();
        String py = String.join("\n",
                "import socket, sys",
                "n = int(sys.argv[1])",
                "cs = [socket.create_connection(('127.0.0.1', 9877), timeout=30) for i in range(n)]",
                "def echo(i, t):",
                "    cs[i].settimeout(t)",
                "    try:",
                "        return cs[i].recv(100)",
                "    except socket.timeout:",
                "        return b''",
                "for i in range(n):",
                "    cs[i].sendall(b'c%d\\n' % i)",
                "print(' '.join('ok' if echo(i, 3) == b'c%d\\n' % i else 'none' for i in range(n)), flush=True)",
                "cs[0].close()",
                "print('after one left:', 'ok' if echo(n - 1, 10) == b'c%d\\n' % (n - 1) else 'none', flush=True)");
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start(Map.of("UNP_THREADS", "virtual"), "threads/tcpserv02", "9877");
            ns.awaitListening(srv, 9877, T);
            Programs.Result r = ns.runCommand(T, null, "python3", "-c", py, Integer.toString(carriers + 1));
            if (Runtime.version().feature() < 21) {
                assertEquals("pthread_create error: Operation not supported\n", srv.stderrSoFar());
                return;
            }
            assertEquals(0, r.exit(), r.toString());
            assertEquals("ok ".repeat(carriers) + "none\nafter one left: ok\n", r.stdout(),
                    carriers + " carriers, " + (carriers + 1) + " clients");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"threads/tcpcli01", "threads/tcpcli02"})
    @Timeout(120)
    void twoThreadClientEchoesAFileInBatchModeAndEndsAtTheServersEof(String client) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            text.append("line ").append(i).append(" of a file sent as fast as the copyto thread can\n");
        }
        byte[] input = text.toString().getBytes(StandardCharsets.US_ASCII);
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("threads/tcpserv02", "9877");
            ns.awaitListening(srv, 9877, T);
            Programs.Result r = ns.run(T, input, client, "127.0.0.1", "9877");
            assertEquals(0, r.exit(), r.stderr());
            assertEquals(text.toString(), r.stdout(), "every line back, in order");
        }
    }

    /** A server that reads one line and closes: tcpcli02 notices, tcpcli01 just ends. */
    @Test
    @Timeout(120)
    void serverThatClosesEarlyIsReportedByTcpcli02Only() throws Exception {
        String oneLine = String.join("\n",
                "import socket, sys",
                "l = socket.socket(); l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
                "l.bind(('127.0.0.1', 9877)); l.listen(5); print('ready', flush=True)",
                "while True:",
                "    c, _ = l.accept(); f = c.makefile('rb'); c.sendall(f.readline()); f.close(); c.close()");
        try (NetNs ns = NetNs.create()) {
            Programs.Proc py = ns.startCommand("python3", "-c", oneLine);
            assertTrue(py.awaitStdout("ready", T), py.stderrSoFar());
            Programs.Proc[] cs = new Programs.Proc[2];
            String[] clients = {"threads/tcpcli01", "threads/tcpcli02"};
            for (int i = 0; i < 2; i++) {
                cs[i] = ns.start(clients[i], "127.0.0.1", "9877");
                cs[i].send("first\n");
            }
            for (int i = 0; i < 2; i++) {
                assertTrue(cs[i].awaitStdout("first\n", T), cs[i].stderrSoFar());
                cs[i].send("second\n"); // still typing: standard input stays open
            }
            Programs.Result r1 = cs[0].await(T);
            Programs.Result r2 = cs[1].await(T);
            assertEquals(0, r1.exit(), r1.toString());
            assertEquals("first\n", r1.stdout());
            assertEquals("", r1.stderr());
            assertEquals(1, r2.exit(), r2.toString());
            assertEquals("first\n", r2.stdout());
            assertEquals("server terminated prematurely\n", r2.stderr());
        }
    }

    @Test
    @Timeout(60)
    void usageAndConnectErrorsAreOneLine() {
        Programs.Result r = Programs.run(T, null, "threads/tcpserv02");
        assertEquals(1, r.exit());
        assertEquals("usage: tcpserv01 [ <host> ] <service or port>\n", r.stderr(), "the C's message, tcpserv01 included");
        r = Programs.run(T, null, "threads/tcpcli01", "127.0.0.1");
        assertEquals("usage: tcpcli <hostname> <service>\n", r.stderr());
        try (NetNs ns = NetNs.create()) {
            r = ns.run(T, null, "threads/tcpcli01", "127.0.0.1", "9877");
            assertEquals(1, r.exit());
            assertEquals("tcp_connect error for 127.0.0.1, 9877: Connection refused\n", r.stderr());
        }
        assertFalse(r.stderr().contains("Exception"));
    }
}
