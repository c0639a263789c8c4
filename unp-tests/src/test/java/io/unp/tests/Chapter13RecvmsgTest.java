package io.unp.tests;

import static io.unp.tests.Chapter13TimeoutsTest.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What {@code recvmsg} tells beyond {@code recvfrom} (advio/udpserv01 with recvfrom_flags): the
 * destination address of each datagram, the interface it arrived on, and MSG_TRUNC when it was
 * longer than the buffer; and what MSG_PEEK and FIONREAD show of queued data (the advio daytime
 * clients).
 */
class Chapter13RecvmsgTest {
    private static final Duration T = Duration.ofSeconds(60);

    /**
     * Sends three datagrams to udpserv01 from one socket: to 127.0.0.1, to the veth's address,
     * to the veth's broadcast address, then one of 100 bytes; prints the local port and each
     * reply's length and sender.
     */
    private static final String PY_CLIENT = String.join("\n",
            "import socket",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)",
            "s.settimeout(10)",
            "s.bind(('0.0.0.0', 0))",
            "print(s.getsockname()[1])",
            "for dst, msg in [('127.0.0.1', b'hello\\n'), ('10.9.9.1', b'to the veth\\n'),",
            "                 ('10.9.9.255', b'everybody\\n'), ('127.0.0.1', b'x' * 100)]:",
            "    s.sendto(msg, (dst, 9877))",
            "    d, a = s.recvfrom(1000)",
            "    print(len(d), a[0], flush=True)");

    @Test
    @Timeout(120)
    void recvfromFlagsGivesDestinationInterfaceAndTruncation() throws Exception {
        try (NetNs ns = NetNs.create()) {
            ip(ns, "link", "add", "v0", "type", "veth", "peer", "name", "v1");
            ip(ns, "addr", "add", "10.9.9.1/24", "brd", "+", "dev", "v0");
            ip(ns, "link", "set", "v0", "up");
            ip(ns, "link", "set", "v1", "up");
            Programs.Proc server = ns.start("advio/udpserv01");
            awaitUdp(ns, server, 9877);

            Programs.Result c = ns.runCommand(T, null, "python3", "-c", PY_CLIENT);
            assertEquals(0, c.exit(), c + "\n--- server\n" + server.stdoutSoFar() + server.stderrSoFar());
            String port = c.stdout().split("\n")[0];
            // the echo of the long datagram is its first 20 bytes: all the server's buffer held
            assertEquals(port + "\n6 127.0.0.1\n12 10.9.9.1\n10 10.9.9.1\n20 127.0.0.1\n", c.stdout());

            String p = Pattern.quote(port);
            Pattern expected = Pattern.compile(
                    "6-byte datagram from 127\\.0\\.0\\.1\\." + p + ", to 127\\.0\\.0\\.1, recv i/f = lo\n"
                    + "12-byte datagram from 10\\.9\\.9\\.1\\." + p + ", to 10\\.9\\.9\\.1, recv i/f = v0\n"
                    + "10-byte datagram from 10\\.9\\.9\\.1\\." + p + ", to 10\\.9\\.9\\.255, recv i/f = (\\w+)\n"
                    + "20-byte datagram from 127\\.0\\.0\\.1\\." + p + ", to 127\\.0\\.0\\.1, recv i/f = lo \\(datagram truncated\\)\n");
            assertTrue(Chapter12DaemonTest.waitFor(() -> expected.matcher(server.stdoutSoFar()).matches(), T),
                    server.stdoutSoFar() + server.stderrSoFar());
            Matcher m = expected.matcher(server.stdoutSoFar());
            assertTrue(m.matches());
            assertTrue(m.group(1).equals("lo") || m.group(1).equals("v0"), m.group(1));
        }
    }

    /** A daytime server on TCP and UDP port 13 that sends its line in two parts, 300 ms apart over TCP. */
    private static final String PY_DAYTIME = String.join("\n",
            "import socket, threading, time",
            "LINE = b'Fri Nov 27 15:14:43 2026\\r\\n'",
            "def tcp():",
            "    s = socket.socket()",
            "    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
            "    s.bind(('0.0.0.0', 13)); s.listen()",
            "    while True:",
            "        c, a = s.accept()",
            "        c.sendall(LINE[:10]); time.sleep(0.3); c.sendall(LINE[10:]); c.close()",
            "threading.Thread(target=tcp, daemon=True).start()",
            "u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "u.bind(('0.0.0.0', 13))",
            "print('ready', flush=True)",
            "while True:",
            "    d, a = u.recvfrom(100)",
            "    u.sendto(LINE, a)");

    @Test
    @Timeout(120)
    void peekAndFionreadShowQueuedDataBeforeItIsRead() throws Exception {
        try (NetNs ns = NetNs.create(); Programs.Proc py = ns.startCommand("python3", "-c", PY_DAYTIME)) {
            assertTrue(py.awaitStdout("ready\n", T), py.stderrSoFar());
            ns.awaitListening(py, 13, T);

            // TCP: each peek sees what has arrived and leaves it for the read that follows
            Programs.Result tcp = ns.run(T, null, "advio/daytimetcpcli", "127.0.0.1", "daytime");
            assertEquals(0, tcp.exit(), tcp.toString());
            assertEquals("connected to 127.0.0.1\n10 bytes from PEEK, 10 bytes pending\nFri Nov 27"
                    + "16 bytes from PEEK, 16 bytes pending\n 15:14:43 2026\r\n", tcp.stdout());

            Programs.Result udp3 = ns.run(T, null, "advio/daytimeudpcli3", "127.0.0.1", "13");
            assertEquals(0, udp3.exit(), udp3.toString());
            assertEquals("sending to 127.0.0.1\n26 bytes from PEEK, 26 bytes pending\nFri Nov 27 15:14:43 2026\r\n", udp3.stdout());

            Programs.Result udp4 = ns.run(T, null, "advio/daytimeudpcli4", "127.0.0.1", "13");
            assertEquals(0, udp4.exit(), udp4.toString());
            assertEquals("connected to 127.0.0.1\n26 bytes from PEEK, 26 bytes pending\nFri Nov 27 15:14:43 2026\r\n", udp4.stdout());

            Programs.Result usage = Programs.run(T, null, "advio/daytimetcpcli", "127.0.0.1");
            assertEquals(1, usage.exit(), usage.toString());
            assertEquals("usage: a.out <hostname or IPaddress> <service or port#>\n", usage.stderr());
        }
    }

    /** Waits until a UDP socket in the namespace is bound to {@code port}. */
    static void awaitUdp(NetNs ns, Programs.Proc server, int port) throws InterruptedException {
        String hex = String.format(":%04X ", port);
        boolean bound = Chapter12DaemonTest.waitFor(() -> Programs.runCommand(T, null, "ip", "netns", "exec", ns.name(),
                "cat", "/proc/net/udp", "/proc/net/udp6").stdout().contains(hex), T);
        assertTrue(bound, "nothing bound UDP port " + port + "\n" + server.stdoutSoFar() + server.stderrSoFar());
    }
}
