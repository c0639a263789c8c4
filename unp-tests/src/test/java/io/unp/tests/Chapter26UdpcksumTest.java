package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 26, udpcksum (section 26.6): a DNS query written from a raw socket to a dnsmasq in
 * the next namespace, the reply captured with libpcap, and its UDP checksum reported: set by
 * dnsmasq's kernel; not set by a server whose socket has Linux's SO_NO_CHECK (the only way
 * left to turn UDP checksums off on a Linux sender, and only for IPv4).
 */
class Chapter26UdpcksumTest {
    private static RouterChain net;
    private static Programs.Proc dnsmasq;
    private static Programs.Proc nocheck;

    @BeforeAll
    static void network() throws InterruptedException {
        RouterChain.needLibpcap();
        RouterChain.needCommand("dnsmasq", "dnsmasq-base");
        RouterChain.needCommand("python3", "python3");
        net = RouterChain.create(0);
        dnsmasq = net.server().startCommand("dnsmasq", "-k", "--conf-file=/dev/null", "--no-resolv", "--no-hosts",
                "--listen-address=10.9.1.2", "--bind-interfaces", "--host-record=a.root-servers.net,198.41.0.4",
                "--pid-file=", "--user=root", "--group=root", "--log-facility=-");
        nocheck = net.server().startCommand("python3", "-c", String.join("\n",
                "import socket",
                "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
                "s.setsockopt(socket.SOL_SOCKET, 11, 1)  # SO_NO_CHECK: send with no UDP checksum",
                "s.bind(('10.9.1.2', 5353))",
                "print('ready', flush=True)",
                "while True:",
                "    q, a = s.recvfrom(512)",
                "    r = bytearray(q); r[2] |= 0x80; r[3] = (r[3] & 0xf0) | 3  # a reply: NXDOMAIN",
                "    s.sendto(bytes(r), a)"));
        assertTrue(nocheck.awaitStdout("ready", Duration.ofSeconds(10)), nocheck.stderrSoFar());
        awaitUdpPort(53);
    }

    private static void awaitUdpPort(int port) throws InterruptedException {
        String hex = String.format(":%04X ", port);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            Programs.Result r = net.server().runCommand(Duration.ofSeconds(5), null, "cat", "/proc/net/udp");
            if (r.stdout().lines().anyMatch(l -> l.contains(hex))) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("dnsmasq is not on UDP port " + port + ": " + dnsmasq.stderrSoFar());
    }

    @AfterAll
    static void down() {
        for (Programs.Proc p : new Programs.Proc[] {nocheck, dnsmasq}) {
            if (p != null) {
                p.close();
            }
        }
        if (net != null) {
            net.close();
        }
    }

    private static Programs.Result udpcksum(String... args) {
        List<String> all = new ArrayList<>(List.of("-l", "10.9.1.1.39123"));
        all.addAll(List.of(args));
        return net.client().run(Duration.ofSeconds(30), null, "udpcksum/main", all.toArray(new String[0]));
    }

    @Test
    @Timeout(60)
    void dnsmasqsReplyCarriesAChecksum() {
        Programs.Result r = udpcksum("10.9.1.2", "domain");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("device = eth0\nUDP checksums on\n\n", r.stdout(), "the device pcap_lookupdev picks, then the result");
    }

    @Test
    @Timeout(60)
    void aQueryWithNoChecksumIsStillAnswered() {
        Programs.Result r = udpcksum("-0", "-v", "-i", "eth0", "10.9.1.2", "53");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.stdout().startsWith("device = eth0\nlocalnet = 10.9.1.0, netmask = 255.255.255.0\n"
                + "cmd = udp and src host 10.9.1.2 and src port 53\ndatalink = 1\nsent: 36 bytes of data\n"
                + "UDP checksums on\nrecevied UDP checksum = "), r.stdout());
        assertTrue(r.stdout().endsWith("\n\n1 packets received by filter\n0 packets dropped by kernel\n"), r.stdout());
    }

    @Test
    @Timeout(60)
    void aSenderWithSoNoCheckSendsNoChecksum() {
        Programs.Result r = udpcksum("-v", "10.9.1.2", "5353");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.stdout().contains("UDP checksums off\nrecevied UDP checksum = 0\n"), r.stdout());
    }

    @Test
    @Timeout(60)
    void withoutPrivilegeTheRawSocketIsRefused() {
        RouterChain.needCommand("setpriv", "util-linux");
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"));
        cmd.addAll(Programs.javaCommand());
        cmd.addAll(List.of("udpcksum/main", "-l", "10.9.1.1.39123", "10.9.1.2", "domain"));
        Programs.Result r = net.client().runCommand(Duration.ofSeconds(20), null, cmd.toArray(new String[0]));
        assertEquals(1, r.exit(), r.toString());
        assertEquals("socket error: Operation not permitted\n", r.stderr());
    }

    @Test
    @Timeout(60)
    void usageAndBadOptionsAreOneLineErrors() {
        Programs.Result r = net.client().run(Duration.ofSeconds(20), null, "udpcksum/main", "-l", "nodot", "a", "b");
        assertEquals(1, r.exit());
        assertTrue(r.stderr().startsWith("usage: testudp [ options ] <host> <serv>\n"), r.stderr());
        assertTrue(r.stderr().endsWith("-v    verbose output\ninvalid -l option\n"), r.stderr());
    }
}
