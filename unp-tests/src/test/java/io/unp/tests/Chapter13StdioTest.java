package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Section 13.8: standard I/O on a socket. advio/tcpserv02's children echo with fgets/fputs on
 * streams made by fdopen; the output stream is fully buffered, so nothing comes back while the
 * client types, and everything comes back when the client's end of file (its FIN, sent by
 * advio/tcpcli02's shutdown) makes fgets return NULL and the child exit, flushing the buffer.
 */
class Chapter13StdioTest {
    private static final Duration T = Duration.ofSeconds(60);
    private static final String LINES = "hello, world\nand hi\nhello??\n";

    @Test
    @Timeout(120)
    void stdioEchoComesBackOnlyWhenTheClientCloses() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.start("advio/tcpserv02");
            ns.awaitListening(server, 9877, T);

            try (Programs.Proc client = ns.start("advio/tcpcli02", "127.0.0.1")) {
                for (String line : LINES.split("(?<=\n)")) {
                    client.send(line);
                    Thread.sleep(300);
                }
                Thread.sleep(2000);
                assertEquals("", client.stdoutSoFar(), "an echo came back before end of input");
                assertTrue(client.process().isAlive());

                client.writeStdin(null); // ^D: tcpcli02 sends a FIN and keeps reading
                Programs.Result r = client.await(T);
                assertEquals(0, r.exit(), r.toString());
                assertEquals(LINES, r.stdout(), "all three lines come back at once, then the server closes");
            }
            assertTrue(Chapter12DaemonTest.waitFor(() -> server.stdoutSoFar().matches("child \\d+ terminated\n"), T),
                    server.stdoutSoFar());
        }
    }

    @Test
    @Timeout(120)
    void theSameClientGetsEachLineAtOnceFromStrEchoWithoutStdio() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.start("tcpcliserv/tcpserv04");
            ns.awaitListening(server, 9877, T);

            try (Programs.Proc client = ns.start("advio/tcpcli02", "127.0.0.1")) {
                client.send("hello, world\n");
                assertTrue(client.awaitStdout("hello, world\n", T), "read/write echo is not buffered: " + client.stderrSoFar());
                client.writeStdin(null);
                Programs.Result r = client.await(T);
                assertEquals(0, r.exit(), r.toString());
                assertEquals("hello, world\n", r.stdout());
            }
        }
    }
}
