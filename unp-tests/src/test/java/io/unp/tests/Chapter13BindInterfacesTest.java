package io.unp.tests;

import static io.unp.tests.Chapter13TimeoutsTest.ip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Section 20.6, binding interface addresses (advio/udpserv03 and udpserv04, built on
 * get_ifi_info): a UDP socket and a child per interface address and broadcast address, and one
 * on the wildcard address; each datagram is received by the socket bound most specifically to
 * its destination.
 */
class Chapter13BindInterfacesTest {
    private static final Duration T = Duration.ofSeconds(60);

    /** Sends "hi" to each address given on port 9877 and prints who answered. */
    private static final String PY_CLIENT = String.join("\n",
            "import socket, sys",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)",
            "s.settimeout(30)",
            "s.bind(('0.0.0.0', 0))",
            "print(s.getsockname()[1])",
            "for dst in sys.argv[1:]:",
            "    s.sendto(b'hi', (dst, 9877))",
            "    d, a = s.recvfrom(100)",
            "    print(dst, a[0], d.decode(), flush=True)");

    private static final Pattern CHILD = Pattern.compile("child (\\d+), datagram from ([\\d.]+)\\.(\\d+), to ([\\d.]+)\\.9877\n");

    @Test
    @Timeout(180)
    void udpserv03BindsEachAddressAndTheSocketBoundClosestToTheDestinationAnswers(@TempDir Path dir) throws Exception {
        try (NetNs ns = NetNs.create()) {
            try {
                ip(ns, "link", "add", "v0", "type", "veth", "peer", "name", "v1");
                ip(ns, "addr", "add", "10.9.9.1/24", "brd", "+", "dev", "v0");
                ip(ns, "addr", "add", "10.9.9.3/24", "brd", "+", "dev", "v0"); // a second address, same broadcast
                ip(ns, "link", "set", "v0", "up");
                ip(ns, "link", "set", "v1", "up");

                Path out = dir.resolve("udpserv03.out");
                Programs.Result parent = runToFile(ns, out, "advio/udpserv03");
                assertEquals(0, parent.exit(), parent + read(out));
                // Linux lets a second UDP socket with SO_REUSEADDR bind the same broadcast address
                // and port, where the book's BSD answers EADDRINUSE
                assertEquals("bound 127.0.0.1.9877\nbound 10.9.9.1.9877\nbound 10.9.9.255.9877\n"
                        + "bound 10.9.9.3.9877\nbound 10.9.9.255.9877\nbound 0.0.0.0.9877\n", read(out));
                // no need to wait for the children: each socket exists (and queues datagrams) from its bind

                // the broadcast last: each socket it matches gets a copy (both bound to the broadcast
                // address and the wildcard one), and each child answers; the client reads the first
                Programs.Result c = ns.runCommand(T, null, "python3", "-c", PY_CLIENT, "127.0.0.1", "10.9.9.3",
                        "127.0.0.2", "10.9.9.255");
                assertEquals(0, c.exit(), c.toString());
                String port = c.stdout().split("\n")[0];
                assertEquals(port + "\n127.0.0.1 127.0.0.1 hi\n10.9.9.3 10.9.9.3 hi\n127.0.0.2 127.0.0.1 hi\n"
                        + "10.9.9.255 10.9.9.1 hi\n", c.stdout());

                assertTrue(Chapter12DaemonTest.waitFor(() -> count(read(out)) >= 6, T), read(out));
                Matcher m = CHILD.matcher(read(out));
                List<String> to = new ArrayList<>();
                Set<String> children = new HashSet<>();
                Set<String> broadcastChildren = new HashSet<>();
                while (m.find()) {
                    assertEquals(port, m.group(3), read(out));
                    to.add(m.group(2) + " -> " + m.group(4));
                    children.add(m.group(1));
                    if (m.group(4).equals("10.9.9.255")) {
                        broadcastChildren.add(m.group(1));
                    }
                }
                to.sort(null);
                // from the client's address (10.9.9.1 is its source for anything on v0) to the bound one
                assertEquals(List.of("10.9.9.1 -> 0.0.0.0", "10.9.9.1 -> 10.9.9.255", "10.9.9.1 -> 10.9.9.255",
                        "10.9.9.1 -> 10.9.9.3", "127.0.0.1 -> 0.0.0.0", "127.0.0.1 -> 127.0.0.1"), to, read(out));
                assertEquals(5, children.size(), "a child per bound socket: " + read(out));
                assertEquals(2, broadcastChildren.size(), read(out));
            } finally {
                PrivateSyslog.killAll(ns);
            }
        }
    }

    @Test
    @Timeout(120)
    void udpserv04TakesItsFamilyFromTheHostArgument(@TempDir Path dir) throws Exception {
        try (NetNs ns = NetNs.create()) {
            try {
                Path out4 = dir.resolve("v4.out");
                Programs.Result r4 = runToFile(ns, out4, "advio/udpserv04", "0.0.0.0", "9877");
                assertEquals(0, r4.exit(), r4 + read(out4));
                assertEquals("bound 127.0.0.1.9877\nbound 0.0.0.0.9877\n", read(out4));
                Programs.Result c = ns.runCommand(T, null, "python3", "-c", PY_CLIENT, "127.0.0.1", "127.0.0.2");
                assertEquals(0, c.exit(), c.toString());
                assertTrue(Chapter12DaemonTest.waitFor(() -> count(read(out4)) >= 2, T), read(out4));
                assertTrue(read(out4).matches("(?s).*, to 127\\.0\\.0\\.1\\.9877\n.*, to 0\\.0\\.0\\.0\\.9877\n"), read(out4));
                PrivateSyslog.killAll(ns);

                Path out6 = dir.resolve("v6.out");
                Programs.Result r6 = runToFile(ns, out6, "advio/udpserv04", "::", "9877");
                assertEquals(0, r6.exit(), r6 + read(out6));
                assertEquals("bound ::1.9877\nbound ::.9877\n", read(out6));

                Programs.Result usage = Programs.run(T, null, "advio/udpserv04");
                assertEquals(1, usage.exit(), usage.toString());
                assertEquals("usage: udpserv04 [ <host> ] <service or port>\n", usage.stderr());
            } finally {
                PrivateSyslog.killAll(ns);
            }
        }
    }

    /**
     * Runs a server whose parent exits while its children go on: their standard output and
     * error go to {@code out} (a pipe would stay open as long as the children live).
     */
    private static Programs.Result runToFile(NetNs ns, Path out, String program, String... args) {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" > " + PrivateSyslog.q(out.toString()) + " 2>&1", "sh"));
        cmd.addAll(Programs.javaCommand());
        cmd.add(program);
        cmd.addAll(List.of(args));
        return ns.runCommand(T, null, cmd.toArray(new String[0]));
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(String text) {
        Matcher m = CHILD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
