package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 25, ping (figures 25.3-25.9): over IPv4 and IPv6 it prints the book's line for each
 * echo reply, nothing for a host that does not answer, and, without CAP_NET_RAW, the raw
 * socket's "Operation not permitted". Client and host are two namespaces on one link (a
 * {@link RouterChain} with no router), shared by the tests of this class.
 */
class Chapter25PingTest {
    private static RouterChain net;

    private static final Pattern V4_LINE =
            Pattern.compile("64 bytes from 10\\.9\\.1\\.2: seq=(\\d+), ttl=64, rtt=(\\d+\\.\\d{3}) ms");
    private static final Pattern V6_LINE =
            Pattern.compile("64 bytes from fd09:1::2: seq=(\\d+), hlim=64, rtt=(\\d+\\.\\d{3}) ms");

    @BeforeAll
    static void network() {
        net = RouterChain.create(0);
    }

    @AfterAll
    static void down() {
        if (net != null) {
            net.close();
        }
    }

    /** Runs ping until it has printed {@code replies} reply lines (or 8 s), then kills it as ^C would. */
    private static String ping(String host, int replies) throws InterruptedException {
        try (Programs.Proc p = net.client().start("ping/main", host)) {
            long end = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            while (System.nanoTime() < end && count(p.stdoutSoFar()) < replies && p.process().isAlive()) {
                Thread.sleep(50);
            }
            String out = p.stdoutSoFar();
            assertTrue(p.process().isAlive(), "ping ended by itself:\n" + out + p.stderrSoFar());
            return out;
        }
    }

    private static int count(String out) {
        return (int) out.lines().filter(l -> l.contains(" bytes from ")).count();
    }

    private static void assertReplies(String out, String header, Pattern line) {
        List<String> lines = out.lines().toList();
        assertEquals(header, lines.get(0), out);
        List<Integer> seqs = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            Matcher m = line.matcher(l);
            assertTrue(m.matches(), "not the book's reply line: " + l);
            seqs.add(Integer.parseInt(m.group(1)));
            assertTrue(Double.parseDouble(m.group(2)) < 1000, l);
        }
        assertTrue(seqs.size() >= 3, out);
        assertEquals(List.of(0, 1, 2), seqs.subList(0, 3), "one request a second, numbered from 0: " + out);
    }

    @Test
    @Timeout(60)
    void pingPrintsBytesSeqTtlAndRttForEachReplyOverIpv4() throws InterruptedException {
        assertReplies(ping("10.9.1.2", 3), "PING 10.9.1.2 (10.9.1.2): 56 data bytes", V4_LINE);
    }

    @Test
    @Timeout(60)
    void pingPrintsTheHopLimitOverIpv6() throws InterruptedException {
        assertReplies(ping("fd09:1::2", 3), "PING fd09:1::2 (fd09:1::2): 56 data bytes", V6_LINE);
    }

    @Test
    @Timeout(60)
    void pingPrintsNothingForAHostThatDoesNotAnswer() throws InterruptedException {
        try (Programs.Proc p = net.client().start("ping/main", "10.9.1.77")) {
            Thread.sleep(3500); // three requests go out, nobody answers (not even ARP)
            assertTrue(p.process().isAlive(), p.stderrSoFar());
            assertEquals("PING 10.9.1.77 (10.9.1.77): 56 data bytes\n", p.stdoutSoFar());
            assertEquals("", p.stderrSoFar());
        }
    }

    @Test
    @Timeout(60)
    void pingWithoutPrivilegeCannotMakeItsRawSocket() {
        Need.setpriv();
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        cmd.addAll(Programs.javaCommand());
        cmd.addAll(List.of("ping/main", "10.9.1.2"));
        Programs.Result r = net.client().runCommand(Duration.ofSeconds(20), null, cmd.toArray(new String[0]));
        assertEquals(1, r.exit(), r.toString());
        assertEquals("PING 10.9.1.2 (10.9.1.2): 56 data bytes\n", r.stdout());
        assertEquals("socket error: Operation not permitted\n", r.stderr());
    }

    @Test
    @Timeout(60)
    void badArgumentsGiveTheBooksMessages() {
        Programs.Result r = net.client().run(Duration.ofSeconds(20), null, "ping/main");
        assertEquals(1, r.exit());
        assertEquals("usage: ping [ -v ] <hostname>\n", r.stderr());
        r = net.client().run(Duration.ofSeconds(20), null, "ping/main", "-x", "10.9.1.2");
        assertEquals("unrecognized option: ?\n", r.stderr());
        r = net.client().run(Duration.ofSeconds(20), null, "ping/main", "no.such.host.invalid");
        assertNotEquals(0, r.exit());
        assertTrue(r.stderr().startsWith("host_serv error for no.such.host.invalid, (no service name): "), r.stderr());
    }

    /**
     * Linux's way around the raw socket: an ICMP datagram socket
     * ({@code socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP)}) sends echo requests without
     * privilege, for the groups in {@code net.ipv4.ping_group_range}, which is "1 0" (nobody)
     * in every new namespace. iputils ping uses it when it has no CAP_NET_RAW.
     */
    @Test
    @Timeout(60)
    void icmpDatagramSocketsAreForTheGroupsOfPingGroupRange() {
        Need.setpriv();
        // the system's python3: a python in root's home (pyenv) is out of nobody's reach
        io.unp.testkit.Need.file(java.nio.file.Path.of("/usr/bin/python3"), "python3");
        String probe = "import socket\ntry:\n socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_ICMP)\n"
                + " print('ok')\nexcept OSError as e:\n print(e.strerror)\n";
        String[] asNobody = {"setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "/usr/bin/python3", "-c", probe};
        NetNs ns = net.client();
        try {
            RouterChain.sh(ns, "sysctl -qw net.ipv4.ping_group_range='1 0'");
            assertEquals("Permission denied\n", ns.runCommand(Duration.ofSeconds(20), null, asNobody).stdout());
            RouterChain.sh(ns, "sysctl -qw net.ipv4.ping_group_range='0 2147483647'");
            assertEquals("ok\n", ns.runCommand(Duration.ofSeconds(20), null, asNobody).stdout());
        } finally {
            RouterChain.sh(ns, "sysctl -qw net.ipv4.ping_group_range='1 0'");
        }
    }

    /** setpriv (util-linux) is needed to drop root. */
    static final class Need {
        static void setpriv() {
            RouterChain.needCommand("setpriv", "util-linux");
        }
    }
}
