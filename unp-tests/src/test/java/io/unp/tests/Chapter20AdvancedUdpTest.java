package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.testkit.Need;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chapter 20, advanced UDP, on the lab network: the RTT library (section 20.5) keeps an echo
 * client going through 30% loss and 100 ms of delay each way, retransmitting with a doubling
 * RTO, and gives up cleanly once the server is gone; a server with a socket per interface
 * address (udpserv03, section 20.6) and one wildcard socket with IP_PKTINFO (udpserv01,
 * section 20.2) each say which address a datagram was sent to; with IP_PKTINFO and
 * IPV6_PKTINFO on sendmsg (section 20.8) one wildcard socket answers from the address the client
 * used, which a connected client requires.
 *
 * <p>The give-up takes the RTO's 2 + 5 + 9 + 18 seconds, so it starts before the other tests
 * and is checked last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Chapter20AdvancedUdpTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static final Pattern SEND = Pattern.compile(
            "send +(\\d+): rtt = (\\d+\\.\\d{3}), srtt = (\\d+\\.\\d{3}), rttvar = (\\d+\\.\\d{3}), rto = (\\d+\\.\\d{3})");

    private static Lab lab;
    private static Programs.Proc givingUp;

    @BeforeAll
    static void up() {
        Need.file(Path.of("/usr/sbin/nft"), "nftables");
        lab = Lab.up();
        // the give-up: one line answered, then the server goes, then a second line
        Programs.Proc echo = echoServer("solaris");
        givingUp = lab.start("alpha", "rtt/udpcli01", lab.addr("solaris"));
        givingUp.send("first line\n");
        Lab.awaitOutput(givingUp, "first line\n", T);
        echo.close();
        givingUp.send("second line\n");
        givingUp.writeStdin(null);
    }

    @AfterAll
    static void down() {
        if (lab != null) {
            lab.close();
        }
    }

    private static Programs.Proc echoServer(String host) {
        Programs.Proc p = lab.startCommand(host, "python3", Lab.helper("echod.py"));
        Lab.awaitOutput(p, "echod: port 7", T);
        return p;
    }

    /** The rto of each "send" line of {@code stderr}, and the rtt of each, in order. */
    private static List<double[]> sends(String stderr) {
        List<double[]> l = new ArrayList<>();
        Matcher m = SEND.matcher(stderr);
        while (m.find()) {
            l.add(new double[] {Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(5))});
        }
        return l;
    }

    /**
     * bsdi drops an evenly spread 30% of the datagrams to its echo port (nftables: the 1st, 4th,
     * 7th ... so never two in a row) and its link delays every frame 100 ms each way. Every
     * line comes back, in order; the three lost requests each time out and are sent again with
     * the RTO doubled; the first RTO is the initial 3 s, the measured RTT at least 200 ms.
     */
    @Test
    @Order(1)
    @Timeout(90)
    void everyRequestIsAnsweredThroughLossAndDelayWithRetransmissionsAtADoublingRto() {
        echoServer("bsdi");
        lab.check("delay", "bsdi", "100");
        lab.check("loss", "bsdi", "30", "--spread", "--udp", "7");
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            in.append("request ").append(i).append('\n');
        }
        Programs.Result r = lab.run("aix", Duration.ofSeconds(60), in.toString().getBytes(StandardCharsets.US_ASCII),
                "rtt/udpcli01", lab.addr("bsdi"));
        assertEquals(0, r.exit(), r.toString());
        assertEquals(in.toString(), r.stdout());

        List<double[]> sends = sends(r.stderr());
        String[] lines = r.stderr().split("\n");
        int timeouts = 0;
        for (String l : lines) {
            if (l.equals("dg_send_recv: timeout, retransmitting")) {
                timeouts++;
            }
        }
        assertEquals(3, timeouts, r.stderr());
        assertEquals(9, sends.size(), r.stderr());
        assertEquals(3.0, sends.get(0)[2], r.stderr());
        for (int i = 1; i < sends.size(); i++) {
            if (sends.get(i)[0] == sends.get(i - 1)[0]) { // a retransmission: the same sequence number
                assertEquals(2 * sends.get(i - 1)[2], sends.get(i)[2], 0.0015, "RTO doubles: " + r.stderr());
            } else {
                assertTrue(sends.get(i)[1] >= 0.2, "an RTT through 2 x 100 ms: " + r.stderr());
                assertTrue(sends.get(i)[2] >= 2.0, "the RTO is at least RTT_RXTMIN: " + r.stderr());
            }
        }
        lab.check("loss", "bsdi", "off");
        lab.check("delay", "bsdi", "off");
    }

    @Test
    @Order(2)
    @Timeout(60)
    void rttUsageAndBadAddressEndWithOneLine() {
        Programs.Result u = Programs.run(T, null, "rtt/udpcli01");
        assertEquals(1, u.exit(), u.toString());
        assertEquals("usage: udpcli <IPaddress>\n", u.stderr());
        Programs.Result b = Programs.run(T, null, "rtt/udpcli01", "nowhere");
        assertEquals(1, b.exit(), b.toString());
        assertEquals("inet_pton error for nowhere\n", b.stderr());
    }

    /** A python3 client: sends "hi" to each address on port 9877 and prints who answered. */
    private static final String PY_CLIENT = String.join("\n",
            "import socket, sys",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)",
            "s.settimeout(10)",
            "s.bind(('0.0.0.0', 0))",
            "print(s.getsockname()[1], flush=True)",
            "for dst in sys.argv[1:]:",
            "    s.sendto(b'hi', (dst, 9877))",
            "    d, a = s.recvfrom(100)",
            "    print(dst, d.decode(), flush=True)");

    /**
     * Section 20.6: udpserv03 on sunos5, which has a second address, binds each interface
     * address and broadcast address, then the wildcard; a datagram from aix is received by the
     * socket bound most closely to its destination, whose child says so.
     */
    @Test
    @Order(2)
    @Timeout(90)
    void udpserv03SaysWhichBoundAddressEachDatagramWasSentTo(@TempDir Path dir) throws Exception {
        lab.check("run", "sunos5", "ip", "addr", "add", "10.200.1.112/24", "brd", "+", "dev", "eth0");
        Path out = dir.resolve("udpserv03.out");
        try (Programs.Proc serv = lab.startToFile("sunos5", out, "advio/udpserv03")) {
            String bound = Lab.awaitFile(out, "bound 0.0.0.0.9877\n", T);
            for (String a : List.of("127.0.0.1", "10.200.1.12", "10.200.1.112", "10.200.1.255")) {
                assertTrue(bound.contains("bound " + a + ".9877\n"), bound);
            }
            Programs.Result c = lab.runCommand("aix", T, null, "python3", "-c", PY_CLIENT, "10.200.1.12", "10.200.1.112",
                    "10.200.1.255", "255.255.255.255");
            assertEquals(0, c.exit(), c + Files.readString(out));
            String port = c.stdout().split("\n")[0];
            for (String to : List.of("10.200.1.12", "10.200.1.112", "10.200.1.255", "0.0.0.0")) {
                Lab.awaitFile(out, ", datagram from 10.200.1.13." + port + ", to " + to + ".9877\n", T);
            }
        }
    }

    /**
     * The same question answered with one wildcard socket (section 20.2's udpserv01, with
     * Linux's IP_PKTINFO): the destination address and the interface come with each datagram.
     */
    @Test
    @Order(3)
    @Timeout(90)
    void oneWildcardSocketWithIpPktinfoSeesEachDestinationAndInterface() {
        lab.check("run", "linux", "ip", "addr", "add", "10.200.2.121/24", "brd", "+", "dev", "eth0");
        try (Programs.Proc serv = lab.start("linux", "advio/udpserv01")) {
            Thread.sleep(1500); // no line until the first datagram; the client retries below anyway
            Programs.Result c = lab.runCommand("alpha", T, null, "python3", "-c", PY_CLIENT, "10.200.2.21", "10.200.2.121",
                    "10.200.2.255");
            assertEquals(0, c.exit(), c + serv.stdoutSoFar() + serv.stderrSoFar());
            String port = c.stdout().split("\n")[0];
            for (String to : List.of("10.200.2.21", "10.200.2.121", "10.200.2.255")) {
                Lab.awaitOutput(serv, "2-byte datagram from 10.200.2.20." + port + ", to " + to + ", recv i/f = eth0\n", T);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A python3 client on a connected socket: it accepts a reply only from the address it sent to. */
    private static final String PY_CONNECTED = String.join("\n",
            "import socket, sys",
            "fam = socket.AF_INET6 if ':' in sys.argv[1] else socket.AF_INET",
            "s = socket.socket(fam, socket.SOCK_DGRAM)",
            "s.settimeout(2)",
            "s.connect((sys.argv[1], int(sys.argv[2])))",
            "s.send(b'hello')",
            "try:",
            "    print('answered', s.recv(100).decode(), flush=True)",
            "except socket.timeout:",
            "    print('no answer', flush=True)");

    /**
     * Section 20.8 (and IPv4's IP_PKTINFO): linux has a second address; a client that
     * connected its UDP socket to that address gets no answer from a wildcard echo server, which
     * replies from the primary address, but gets it from one that sends each reply from the
     * datagram's destination with IP_PKTINFO / IPV6_PKTINFO.
     */
    @Test
    @Order(4)
    @Timeout(90)
    void aReplySentWithPktinfoComesFromTheAddressTheClientUsed() {
        // an IPv6 address of another prefix, so the kernel's source choice for alpha is plainly
        // fd00:200:2::21 (RFC 6724's longest matching prefix); alpha reaches it on the link
        lab.check("run", "linux", "ip", "addr", "add", "fd00:200:9::121/64", "dev", "eth0", "nodad");
        lab.check("run", "alpha", "ip", "-6", "route", "add", "fd00:200:9::/64", "dev", "eth0");
        lab.runCommand("linux", T, null, "ip", "addr", "add", "10.200.2.121/24", "brd", "+", "dev", "eth0"); // if not yet
        Programs.Proc plain = lab.startCommand("linux", "python3", Lab.helper("echod.py"), "7007");
        Programs.Proc plain6 = lab.startCommand("linux", "python3", Lab.helper("echod.py"), "7008", "::");
        Programs.Proc pkt = lab.startTestMain("linux", LabProbe.class, "pktecho", "7009", "inet");
        Programs.Proc pkt6 = lab.startTestMain("linux", LabProbe.class, "pktecho", "7010", "inet6");
        Lab.awaitOutput(plain, "echod: port 7007", T);
        Lab.awaitOutput(plain6, "echod: port 7008", T);
        Lab.awaitOutput(pkt, "pktecho 7009", T);
        Lab.awaitOutput(pkt6, "pktecho 7010", T);

        assertEquals("answered hello\n", connected("10.200.2.21", 7007), "to the primary address, either way");
        assertEquals("no answer\n", connected("10.200.2.121", 7007), "the wildcard reply comes from 10.200.2.21");
        assertEquals("answered hello\n", connected("10.200.2.121", 7009));
        Lab.awaitOutput(pkt, "5 bytes from 10.200.2.20.", T);
        assertTrue(pkt.stdoutSoFar().matches("pktecho 7009\n5 bytes from 10\\.200\\.2\\.20\\.\\d+ to 10\\.200\\.2\\.121 on eth0\n"),
                pkt.stdoutSoFar());

        assertEquals("answered hello\n", connected("fd00:200:2::21", 7008), "to the primary address, either way");
        assertEquals("no answer\n", connected("fd00:200:9::121", 7008), "the wildcard reply comes from fd00:200:2::21");
        assertEquals("answered hello\n", connected("fd00:200:9::121", 7010));
        Lab.awaitOutput(pkt6, "5 bytes from fd00:200:2::20.", T);
        assertTrue(pkt6.stdoutSoFar().matches("pktecho 7010\n5 bytes from fd00:200:2::20\\.\\d+ to fd00:200:9::121 on eth0\n"),
                pkt6.stdoutSoFar());
    }

    private static String connected(String addr, int port) {
        Programs.Result r = lab.runCommand("alpha", T, null, "python3", "-c", PY_CONNECTED, addr, Integer.toString(port));
        assertEquals(0, r.exit(), r.toString());
        return r.stdout();
    }

    /**
     * The give-up started in {@link #up()}: after the first line, the server is gone; the second
     * line is sent 4 times, at RTOs 2, 5, 9 and 18 s (each the last doubled, rounded by
     * {@code rtt_start}), then dg_send_recv gives up and Dg_send_recv ends the program.
     */
    @Test
    @Order(5)
    @Timeout(120)
    void withTheServerGoneTheClientGivesUpAfterThreeRetransmissions() {
        Programs.Result r = givingUp.await(Duration.ofSeconds(90));
        assertEquals(1, r.exit(), r.toString());
        assertEquals("first line\n", r.stdout());
        String[] lines = r.stderr().split("\n");
        int n = lines.length;
        assertEquals("dg_send_recv error", lines[n - 1], r.stderr());
        assertEquals("dg_send_recv: no response from server, giving up", lines[n - 2], r.stderr());
        List<double[]> sends = sends(r.stderr());
        int seconds = 0;
        int retransmissions = 0;
        for (double[] s : sends) {
            if (s[0] == 2) {
                seconds += (int) (s[2] + 0.5);
                retransmissions++;
            }
        }
        assertEquals(4, retransmissions, "the first send and RTT_MAXNREXMT (3) more: " + r.stderr());
        assertEquals(3, r.stderr().split("dg_send_recv: timeout, retransmitting", -1).length - 1, r.stderr());
        assertTrue(seconds >= 30 && seconds <= 40, "2 + 5 + 9 + 18 s or so, was " + seconds + ": " + r.stderr());
    }
}
