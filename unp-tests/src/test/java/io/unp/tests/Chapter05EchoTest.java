package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chapter 5's echo client and server (tcpcli01, tcpserv01/04 and their variants) against each
 * other and against python3's socket module, each test in its own network namespace.
 */
class Chapter05EchoTest {
    private static final Duration T = Duration.ofSeconds(30);

    /** Two thousand lines of varied length and content, tabs and bytes above 0x7f included. */
    private static byte[] manyLines() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < 2000; i++) {
            b.writeBytes(("line " + i + "\t").getBytes(StandardCharsets.US_ASCII));
            for (int j = 0; j < (i * 37) % 300; j++) {
                b.write(j % 7 == 6 ? 0xe9 : 'a' + (i + j) % 26);
            }
            b.write('\n');
        }
        return b.toByteArray();
    }

    @Test
    @Timeout(90)
    void echoClientReturnsTwoThousandLinesByteForByteFromARedirectedFile(@TempDir Path dir) throws IOException {
        byte[] input = manyLines();
        Path file = dir.resolve("input.txt");
        Files.write(file, input);
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.start("tcpcliserv/tcpserv01");
            ns.awaitListening(server, 9877, T);

            List<String> cmd = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" < \"$0\"", file.toString()));
            cmd.addAll(Programs.javaCommand("tcpcliserv/tcpcli01"));
            cmd.addAll(List.of("tcpcliserv/tcpcli01", "127.0.0.1"));
            Programs.Result r = ns.runCommand(Duration.ofSeconds(60), null, cmd.toArray(new String[0]));

            assertEquals(0, r.exit(), r.toString());
            assertEquals("", r.stderr());
            assertArrayEquals(input, r.stdoutBytes(), "echoed bytes differ from the input file");
        }
    }

    @Test
    @Timeout(60)
    void echoServerAnswersPythonSocketClient() {
        String client = String.join("\n",
                "import socket, sys",
                "s = socket.create_connection(('127.0.0.1', 9877))",
                "f = s.makefile('rb')",
                "for i in range(200):",
                "    line = (b'python %d ' % i) + bytes(range(32, 32 + i % 90)) + b'\\n'",
                "    s.sendall(line)",
                "    back = f.readline()",
                "    if back != line:",
                "        print('mismatch', i, back); sys.exit(1)",
                "s.close()",
                "print('200 lines echoed')");
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.start("tcpcliserv/tcpserv04");
            ns.awaitListening(server, 9877, T);

            Programs.Result r = ns.runCommand(T, null, "python3", "-c", client);

            assertEquals(0, r.exit(), r.toString());
            assertEquals("200 lines echoed\n", r.stdout());
        }
    }

    @Test
    @Timeout(60)
    void tcpcli05TalksToAStandardEchoServerOnPort7() {
        String echo7 = String.join("\n",
                "import socket",
                "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
                "s.bind(('127.0.0.1', 7)); s.listen()",
                "c, _ = s.accept()",
                "while True:",
                "    d = c.recv(4096)",
                "    if not d: break",
                "    c.sendall(d)");
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.startCommand("python3", "-c", echo7);
            ns.awaitListening(server, 7, T);

            Programs.Result r = ns.run(T, "one\ntwo\n".getBytes(StandardCharsets.US_ASCII), "tcpcliserv/tcpcli05", "127.0.0.1");

            assertEquals(0, r.exit(), r.toString());
            assertEquals("one\ntwo\n", r.stdout());
        }
    }

    @Test
    @Timeout(60)
    void clientWithoutServerGetsConnectionRefused() {
        try (NetNs ns = NetNs.create()) {
            Programs.Result r = ns.run(T, null, "tcpcliserv/tcpcli01", "127.0.0.1");

            assertEquals(1, r.exit(), r.toString());
            assertEquals("connect error: Connection refused\n", r.stderr());
        }
    }

    @Test
    @Timeout(60)
    void clientRejectsATextThatIsNoAddress() {
        Programs.Result r = Programs.run(T, null, "tcpcliserv/tcpcli01", "300.1.1.1");

        assertEquals(1, r.exit(), r.toString());
        assertEquals("inet_pton error for 300.1.1.1\n", r.stderr());
    }

    @Test
    @Timeout(90)
    void everyClientPrintsItsUsageWithoutAnAddress() {
        List<String> clients = List.of("tcpcli01", "tcpcli04", "tcpcli05", "tcpcli06", "tcpcli07", "tcpcli08",
                "tcpcli09", "tcpcli10", "tcpcli11", "tsigpipe");
        List<Programs.Proc> procs = new ArrayList<>();
        try {
            for (String c : clients) {
                procs.add(Programs.start("tcpcliserv/" + c));
            }
            for (int i = 0; i < clients.size(); i++) {
                Programs.Result r = procs.get(i).await(Duration.ofSeconds(60));
                assertEquals(1, r.exit(), clients.get(i) + ": " + r);
                assertEquals("usage: tcpcli <IPaddress>\n", r.stderr(), clients.get(i));
                assertEquals("", r.stdout(), clients.get(i));
            }
        } finally {
            procs.forEach(Programs.Proc::close);
        }
    }

    @Test
    @Timeout(60)
    void tcpcli10AbortsWithRstAndTheServerChildSeesConnectionReset() throws InterruptedException {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.start("tcpcliserv/tcpserv04");
            ns.awaitListening(server, 9877, T);

            Programs.Result r = ns.run(T, "abc\n".getBytes(StandardCharsets.US_ASCII), "tcpcliserv/tcpcli10", "127.0.0.1");

            assertEquals(0, r.exit(), r.toString());
            assertEquals("abc\n", r.stdout());
            // the child's read fails with ECONNRESET instead of seeing end of file; it inherited the server's stderr
            assertTrue(waitFor(() -> server.stderrSoFar().contains("readline error: Connection reset by peer\n"), T),
                    server.stderrSoFar());
            assertTrue(server.awaitStdout(" terminated\n", T), server.stdoutSoFar());
        }
    }

    @Test
    @Timeout(60)
    void tcpcli06SendsFooWithoutNewlineAndWaits() throws InterruptedException {
        String peer = String.join("\n",
                "import socket, sys",
                "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
                "s.bind(('127.0.0.1', 9877)); s.listen()",
                "c, _ = s.accept(); c.settimeout(1.5)",
                "got = b''",
                "try:",
                "    while True:",
                "        d = c.recv(100)",
                "        if not d: break",
                "        got += d",
                "except socket.timeout:",
                "    pass",
                "print(repr(got)); sys.stdout.flush()");
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.startCommand("python3", "-c", peer);
            ns.awaitListening(server, 9877, T);
            Programs.Proc client = ns.start("tcpcliserv/tcpcli06", "127.0.0.1");

            Programs.Result seen = server.await(T);

            assertEquals("b'foo'\n", seen.stdout(), "3 bytes, no newline, and the connection still open");
            assertTrue(client.process().isAlive(), "tcpcli06 sleeps 30 s after writing");
        }
    }

    @Test
    @Timeout(60)
    void tcpcli07EndsWithStatus0WhenItsTimerFires() {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.start("tcpcliserv/tcpserv04");
            ns.awaitListening(server, 9877, T);
            try (Programs.Proc client = ns.start("tcpcliserv/tcpcli07", "127.0.0.1")) {
                // standard input stays open: only the SIGALRM handler's exit(0) can end the client
                Programs.Result r = client.await(Duration.ofSeconds(20));
                assertEquals(0, r.exit(), r.toString());
                assertEquals("", r.stderr());
            }
        }
    }

    static boolean waitFor(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }
}
