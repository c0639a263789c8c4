package io.unp.tests;

import static io.unp.tests.Chapter01DaytimeTest.assertDaytimeLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Chapter 1's daytime programs against a peer nobody here wrote: python3's socket module. */
class Chapter01PythonPeersTest {
    private static final Duration RUN = Duration.ofSeconds(20);

    /** A python3 client: connects, reads to end of file, prints what it got as hex. */
    private static final String CLIENT = String.join("\n",
            "import socket, sys",
            "family, host = (socket.AF_INET6, '::1') if sys.argv[1] == '6' else (socket.AF_INET, '127.0.0.1')",
            "s = socket.socket(family, socket.SOCK_STREAM)",
            "s.connect((host, 13))",
            "data = b''",
            "while True:",
            "    chunk = s.recv(4096)",
            "    if not chunk:",
            "        break",
            "    data += chunk",
            "print(data.hex())");

    /**
     * A python3 daytime server on port 13: sends one ctime line, fixed at start-up and printed
     * on its standard output, in three pieces 300 ms apart, so a reading client sees three
     * reads. On port 9999 it sends a line with a NUL in it.
     */
    private static final String SERVER = String.join("\n",
            "import socketserver, sys, threading, time",
            "line = (time.ctime() + '\\r\\n').encode()",
            "class Daytime(socketserver.BaseRequestHandler):",
            "    def handle(self):",
            "        for piece in (line[:10], line[10:20], line[20:]):",
            "            self.request.sendall(piece)",
            "            time.sleep(0.3)",
            "class Nul(socketserver.BaseRequestHandler):",
            "    def handle(self):",
            "        self.request.sendall(b'abc\\0def\\r\\n')",
            "socketserver.TCPServer.allow_reuse_address = True",
            "nul = socketserver.TCPServer(('127.0.0.1', 9999), Nul)",
            "threading.Thread(target=nul.serve_forever, daemon=True).start()",
            "daytime = socketserver.TCPServer(('127.0.0.1', 13), Daytime)",
            "sys.stdout.buffer.write(line)",
            "sys.stdout.flush()",
            "daytime.serve_forever()");

    private static String pythonReads(NetNs ns, String family) {
        Programs.Result r = ns.runCommand(RUN, null, "python3", "-c", CLIENT, family);
        assertEquals(0, r.exit(), r.toString());
        String hex = r.stdout().trim();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < hex.length(); i += 2) {
            text.append((char) Integer.parseInt(hex.substring(i, i + 2), 16));
        }
        return text.toString();
    }

    @Test
    @Timeout(60)
    void daytimeServersSendCtimeAndCrlfToAPythonClient() {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("intro/daytimetcpsrv");
            ns.awaitListening(srv, 13, RUN);
            assertDaytimeLine(pythonReads(ns, "4"));
        }
        // a namespace of its own: the server's side of the first connection sits in TIME_WAIT on
        // port 13, and the book's servers do not set SO_REUSEADDR, so a new bind would fail
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv6 = ns.start("intro/daytimetcpsrvv6");
            ns.awaitListening(srv6, 13, RUN);
            assertDaytimeLine(pythonReads(ns, "6"));
            assertTrue(srv6.stdoutSoFar().startsWith("connection from ::1."), srv6.stdoutSoFar());
        }
    }

    @Test
    @Timeout(60)
    void clientsPrintExactlyTheBytesAPythonServerSent() throws InterruptedException {
        try (NetNs ns = NetNs.create();
                Programs.Proc python = ns.startCommand("python3", "-c", SERVER)) {
            assertTrue(python.awaitStdout("\r\n", RUN), "python server did not start: " + python.stderrSoFar());
            ns.awaitListening(python, 13, RUN);
            ns.awaitListening(python, 9999, RUN);
            String line = python.stdoutSoFar();

            Programs.Result cli = ns.run(RUN, null, "intro/daytimetcpcli", "127.0.0.1");
            assertEquals(0, cli.exit(), cli.toString());
            assertEquals(line, cli.stdout());

            Programs.Result cli1 = ns.run(RUN, null, "intro/daytimetcpcli1", "127.0.0.1");
            assertEquals(0, cli1.exit(), cli1.toString());
            assertEquals(line + "counter = 3\n", cli1.stdout(), "three pieces, three reads");

            // fputs stops at the NUL that the client puts after each read, and at the sender's NUL
            Programs.Result cli2 = ns.run(RUN, null, "intro/daytimetcpcli2", "127.0.0.1");
            assertEquals(0, cli2.exit(), cli2.toString());
            assertEquals("abccounter = 1\n", cli2.stdout());
        }
    }
}
