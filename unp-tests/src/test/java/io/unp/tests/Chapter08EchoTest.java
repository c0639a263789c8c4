package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 8's UDP echo client and server (udpcli01, udpcli04, udpcli05, udpserv01) with each
 * other and with python3 peers, and udpcli09's local address.
 */
class Chapter08EchoTest {
    static final Duration RUN = Duration.ofSeconds(20);
    static final int SERV_PORT = 9877;

    static final byte[] LINES = "hello, world\nsecond line\n\nlast line\n".getBytes(StandardCharsets.ISO_8859_1);

    /** True if a UDP socket (IPv4 or IPv6) of the namespace is bound to {@code port}. */
    static boolean udpBound(NetNs ns, int port) {
        Programs.Result r = Programs.runCommand(RUN, null, "ip", "netns", "exec", ns.name(),
                "cat", "/proc/net/udp", "/proc/net/udp6");
        String hex = String.format(":%04X", port);
        for (String line : r.stdout().split("\n")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length > 1 && cols[1].endsWith(hex)) {
                return true;
            }
        }
        return false;
    }

    /** Waits until something in the namespace has a UDP socket bound to {@code port}. */
    static void awaitUdpBound(NetNs ns, Programs.Proc server, int port) {
        long end = System.nanoTime() + RUN.toNanos();
        while (System.nanoTime() < end && server.process().isAlive()) {
            if (udpBound(ns, port)) {
                return;
            }
            NetNs.sleep(25);
        }
        throw new AssertionError("no UDP socket on port " + port + " (alive: " + server.process().isAlive()
                + ")\n--- stdout\n" + server.stdoutSoFar() + "--- stderr\n" + server.stderrSoFar());
    }

    /** The namespace's UDP counters from /proc/net/snmp: InDatagrams, NoPorts, RcvbufErrors, ... */
    static Map<String, Long> udpStats(NetNs ns) {
        Programs.Result r = Programs.runCommand(RUN, null, "ip", "netns", "exec", ns.name(), "cat", "/proc/net/snmp");
        String[] names = null;
        for (String line : r.stdout().split("\n")) {
            if (!line.startsWith("Udp:")) {
                continue;
            }
            String[] f = line.substring(4).trim().split("\\s+");
            if (names == null) {
                names = f;
            } else {
                Map<String, Long> stats = new HashMap<>();
                for (int i = 0; i < names.length; i++) {
                    stats.put(names[i], Long.parseLong(f[i]));
                }
                return stats;
            }
        }
        throw new AssertionError("no Udp lines in /proc/net/snmp:\n" + r.stdout());
    }

    @Test
    @Timeout(60)
    void udpEchoClientGetsEveryLineBack() {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("udpcliserv/udpserv01");
            awaitUdpBound(ns, srv, SERV_PORT);
            for (String client : new String[] {"udpcliserv/udpcli01", "udpcliserv/udpcli04", "udpcliserv/udpcli05"}) {
                Programs.Result r = ns.run(RUN, LINES, client, "127.0.0.1");
                assertEquals(0, r.exit(), client + ": " + r);
                assertEquals(new String(LINES, StandardCharsets.ISO_8859_1), r.stdout(), client);
                assertEquals("", r.stderr(), client);
            }
            assertTrue(srv.process().isAlive(), "one server process serves every client in turn");
        }
    }

    /** A python3 client: each datagram must come back byte for byte, an empty one included. */
    private static final String PY_CLIENT = String.join("\n",
            "import socket",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "s.settimeout(5)",
            "for d in (b'hello\\n', bytes(range(256)), b'', b'x' * 4000):",
            "    s.sendto(d, ('127.0.0.1', 9877))",
            "    r, addr = s.recvfrom(65536)",
            "    assert r == d, (d[:20], r[:20])",
            "    assert addr == ('127.0.0.1', 9877), addr",
            "print('ok')");

    @Test
    @Timeout(60)
    void serverEchoesAPythonClientsDatagramsByteForByte() {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("udpcliserv/udpserv01");
            awaitUdpBound(ns, srv, SERV_PORT);
            Programs.Result py = ns.runCommand(RUN, null, "python3", "-c", PY_CLIENT);
            assertEquals(0, py.exit(), py.toString());
            assertEquals("ok\n", py.stdout());
        }
    }

    /** A python3 UDP echo server on port 9877 that reports each datagram's size on stdout. */
    private static final String PY_SERVER = String.join("\n",
            "import socket, sys",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "s.bind(('0.0.0.0', 9877))",
            "print('ready', flush=True)",
            "while True:",
            "    d, a = s.recvfrom(65536)",
            "    print(len(d), flush=True)",
            "    s.sendto(d, a)");

    @Test
    @Timeout(60)
    void clientSendsOneDatagramPerLineToAPythonServer() throws InterruptedException {
        try (NetNs ns = NetNs.create(); Programs.Proc py = ns.startCommand("python3", "-c", PY_SERVER)) {
            assertTrue(py.awaitStdout("ready\n", RUN), py.stderrSoFar());
            Programs.Result r = ns.run(RUN, LINES, "udpcliserv/udpcli01", "127.0.0.1");
            assertEquals(0, r.exit(), r.toString());
            assertEquals(new String(LINES, StandardCharsets.ISO_8859_1), r.stdout());
            // each line, newline included and no NUL, is one datagram
            assertEquals("ready\n13\n12\n1\n10\n", py.stdoutSoFar());
        }
    }

    @Test
    @Timeout(60)
    void connectedSocketGetsConnectionRefusedWithNoServer() {
        try (NetNs ns = NetNs.create()) {
            Programs.Result r = ns.run(RUN, LINES, "udpcliserv/udpcli04", "127.0.0.1");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("read error: Connection refused\n", r.stderr());
            assertEquals("", r.stdout());
        }
    }

    @Test
    @Timeout(60)
    void unconnectedSocketWaitsForeverWithNoServer() throws InterruptedException {
        try (NetNs ns = NetNs.create(); Programs.Proc cli = ns.start("udpcliserv/udpcli01", "127.0.0.1")) {
            cli.send("hello\n");
            // the ICMP port unreachable comes back at once, but Linux gives an unconnected socket
            // no asynchronous error: recvfrom blocks
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (udpStats(ns).get("NoPorts") < 1 && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertEquals(1L, udpStats(ns).get("NoPorts"), "the datagram reached no socket");
            Thread.sleep(2000);
            assertTrue(cli.process().isAlive(), "still blocked in recvfrom: " + cli.stderrSoFar());
            assertEquals("", cli.stdoutSoFar());
            assertEquals("", cli.stderrSoFar());
        }
    }

    @Test
    @Timeout(60)
    void connectedSocketIgnoresAReplyFromAnotherAddress() throws InterruptedException {
        // sent to 127.0.0.2, the server's reply leaves from 127.0.0.1 (the address the kernel
        // picks for the destination), which the connected socket does not accept
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("udpcliserv/udpserv01");
            awaitUdpBound(ns, srv, SERV_PORT);
            try (Programs.Proc cli = ns.start("udpcliserv/udpcli04", "127.0.0.2")) {
                cli.send("hello\n");
                Thread.sleep(2000);
                assertTrue(cli.process().isAlive(), cli.stderrSoFar());
                assertEquals("", cli.stdoutSoFar());
            }
        }
    }

    @Test
    @Timeout(60)
    void udpcli09PrintsTheLocalAddressTheKernelChose() {
        try (NetNs ns = NetNs.create()) {
            // no server is needed: connect on a UDP socket only records the peer
            Programs.Result r = ns.run(RUN, null, "udpcliserv/udpcli09", "127.0.0.1");
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.stdout().matches("local address 127\\.0\\.0\\.1\\.\\d+\n"), r.stdout());
            int port = Integer.parseInt(r.stdout().trim().substring("local address 127.0.0.1.".length()));
            String[] range = ns.runCommand(RUN, null, "cat", "/proc/sys/net/ipv4/ip_local_port_range")
                    .stdout().trim().split("\\s+");
            assertTrue(port >= Integer.parseInt(range[0]) && port <= Integer.parseInt(range[1]),
                    port + " outside the ephemeral range " + String.join("-", range));
            assertEquals(0, udpStats(ns).get("OutDatagrams"), "connect sent nothing");
        }
    }
}
