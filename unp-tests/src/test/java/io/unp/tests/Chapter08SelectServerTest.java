package io.unp.tests;

import static io.unp.tests.Chapter08EchoTest.LINES;
import static io.unp.tests.Chapter08EchoTest.RUN;
import static io.unp.tests.Chapter08EchoTest.SERV_PORT;
import static io.unp.tests.Chapter08EchoTest.awaitUdpBound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Section 8.15: udpservselect01 answers TCP and UDP echo clients on the same port. */
class Chapter08SelectServerTest {
    /**
     * A python3 client that holds a TCP connection open while it sends a UDP datagram: the
     * server's parent must answer UDP while a child serves the TCP client.
     */
    private static final String PY_BOTH = String.join("\n",
            "import socket",
            "t = socket.create_connection(('127.0.0.1', 9877), timeout=5)",
            "t.sendall(b'tcp line\\n')",
            "assert t.recv(100) == b'tcp line\\n'",
            "u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "u.settimeout(5)",
            "u.sendto(b'udp datagram', ('127.0.0.1', 9877))",
            "assert u.recvfrom(100) == (b'udp datagram', ('127.0.0.1', 9877))",
            "t.sendall(b'tcp again\\n')",
            "assert t.recv(100) == b'tcp again\\n'",
            "print('ok')");

    @Test
    @Timeout(60)
    void oneServerAnswersTcpAndUdpOnOnePort() throws InterruptedException {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("udpcliserv/udpservselect01");
            ns.awaitListening(srv, SERV_PORT, RUN);
            awaitUdpBound(ns, srv, SERV_PORT);
            String expected = new String(LINES, StandardCharsets.ISO_8859_1);

            Programs.Result udp = ns.run(RUN, LINES, "udpcliserv/udpcli01", "127.0.0.1");
            assertEquals(0, udp.exit(), udp.toString());
            assertEquals(expected, udp.stdout());

            Programs.Result tcp = ns.run(RUN, LINES, "tcpcliserv/tcpcli01", "127.0.0.1");
            assertEquals(0, tcp.exit(), tcp.toString());
            assertEquals(expected, tcp.stdout());
            // the TCP client's child ends with the connection; the SIGCHLD handler reaps it
            assertTrue(srv.awaitStdout(" terminated\n", RUN), srv.stdoutSoFar() + srv.stderrSoFar());
            assertTrue(srv.stdoutSoFar().matches("child \\d+ terminated\n"), srv.stdoutSoFar());

            Programs.Result py = ns.runCommand(RUN, null, "python3", "-c", PY_BOTH);
            assertEquals(0, py.exit(), py.toString());
            assertEquals("ok\n", py.stdout());
            assertTrue(srv.process().isAlive(), srv.stderrSoFar());
        }
    }
}
