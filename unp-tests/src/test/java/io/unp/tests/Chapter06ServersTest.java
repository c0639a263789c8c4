package io.unp.tests;

import static io.unp.tests.Chapter06Peers.runPython;
import static io.unp.tests.Chapter06Peers.server;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;

/**
 * tcpservselect01 and tcpservpoll01: one process serves many clients at once, and (section 6.8)
 * one client that stalls in the middle of a line holds up all the others.
 */
class Chapter06ServersTest {
    private static final Duration RUN = Duration.ofSeconds(30);

    @ParameterizedTest
    @ValueSource(strings = {"tcpcliserv/tcpservselect01", "tcpcliserv/tcpservpoll01"})
    @Timeout(60)
    void oneProcessServesManyClientsAtOnce(String program) {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = server(ns, program, 9877);
            Programs.Result r = runPython(ns, RUN, "many_clients.py", "200", "1", "20");
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.stdout().contains("echoed 200 closed 0 of 200"), r.toString());
            assertEquals(0, srv.process().children().count(), "no child processes: one process serves them all");
            assertTrue(srv.process().isAlive(), srv.stderrSoFar());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcpcliserv/tcpservselect01", "tcpcliserv/tcpservpoll01"})
    @Timeout(60)
    void stalledClientHoldsUpOthersUntilItCompletesItsLine(String program) {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = server(ns, program, 9877);
            Programs.Result r = runPython(ns, RUN, "stalled_client.py", "complete", "1.5");
            assertEquals(0, r.exit(), r.toString());
            assertEquals("B while A stalls: b''\n"
                    + "A after completing: b'partial line from A\\n'\n"
                    + "B after A complete: b'hello from B\\n'\n", r.stdout());
            assertTrue(srv.process().isAlive(), srv.stderrSoFar());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tcpcliserv/tcpservselect01", "tcpcliserv/tcpservpoll01"})
    @Timeout(60)
    void stalledClientHoldsUpOthersUntilItDisconnects(String program) {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = server(ns, program, 9877);
            Programs.Result r = runPython(ns, RUN, "stalled_client.py", "close", "1.5");
            assertEquals(0, r.exit(), r.toString());
            assertEquals("B while A stalls: b''\n"
                    + "B after A close: b'hello from B\\n'\n", r.stdout());
            assertTrue(srv.process().isAlive(), "a partial line then end of file is just a short line: "
                    + srv.stderrSoFar());
        }
    }

    /** Two lines in one segment, then a third line a second later. */
    private static final String TWO_LINES_AT_ONCE = String.join("\n",
            "import socket",
            "s = socket.create_connection(('127.0.0.1', 9877), timeout=10)",
            "s.sendall(b'one\\ntwo\\n')",
            "def read(t):",
            "    s.settimeout(t)",
            "    got = b''",
            "    try:",
            "        while True:",
            "            d = s.recv(100)",
            "            if not d: break",
            "            got += d",
            "    except socket.timeout:",
            "        pass",
            "    return got",
            "print('first second:', read(1.0))",
            "s.sendall(b'three\\n')",
            "print('after three:', read(1.0))");

    /**
     * readline's buffer, like stdio's, is invisible to select and poll: when two lines arrive
     * together, readline returns the first and keeps the second, and the server does not see it
     * until more bytes arrive (the third edition's servers use read for this reason).
     */
    @ParameterizedTest
    @ValueSource(strings = {"tcpcliserv/tcpservselect01", "tcpcliserv/tcpservpoll01"})
    @Timeout(60)
    void aSecondLineInReadlinesBufferWaitsForMoreInput(String program) {
        try (NetNs ns = NetNs.create()) {
            server(ns, program, 9877);
            Programs.Result r = ns.runCommand(RUN, null, "python3", "-c", TWO_LINES_AT_ONCE);
            assertEquals(0, r.exit(), r.toString());
            assertEquals("first second: b'one\\n'\nafter three: b'two\\nthree\\n'\n", r.stdout());
        }
    }
}
