package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 19, multicasting, on the lab network: hosts that joined a group hear a sender and a
 * host that did not join hears nothing, though every frame reaches it (the lab's switches flood
 * multicast like the book's Ethernet); multicast loopback on and off; a TTL of 1 stays on the
 * subnet and a TTL of 2 crosses the router; the mcast_* functions for IPv6 by interface name
 * and index; a daytime request to 224.0.0.1 answered by every host; session announcements
 * printed by mysdr.
 */
class Chapter19MulticastTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static Lab lab;

    @BeforeAll
    static void up() {
        lab = Lab.up();
    }

    @AfterAll
    static void down() {
        if (lab != null) {
            lab.close();
        }
    }

    /** A python3 socket bound to the port, not joined to any group: prints whatever reaches it. */
    private static Programs.Proc notJoined(String host, int port) {
        Programs.Proc p = lab.startCommand(host, "python3", "-c", String.join("\n",
                "import socket",
                "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
                "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
                "s.bind(('', " + port + "))",
                "print('bound', flush=True)",
                "while True:",
                "    d, a = s.recvfrom(2048)",
                "    print('got', d, a, flush=True)"));
        Lab.awaitOutput(p, "bound", T);
        return p;
    }

    /**
     * Section 19.9's sendrecv (mcast/main) on solaris and bsdi, which join 239.255.1.2 and send
     * their "host, pid" to it with loopback off: each hears the other and never itself. sunos5
     * listens on the port without joining and hears nothing; alpha, behind the router, runs
     * sendrecv too but TTL 1 keeps both sides' datagrams on their own subnets.
     */
    @Test
    @Timeout(60)
    void joinedHostsHearEachOtherButNotThemselvesNorAHostThatDidNotJoinNorOneBeyondTheRouter() throws Exception {
        Programs.Proc deaf = notJoined("sunos5", 8888);
        Programs.Proc solaris = lab.start("solaris", "mcast/main", "239.255.1.2", "8888");
        Programs.Proc bsdi = lab.start("bsdi", "mcast/main", "239.255.1.2", "8888");
        Programs.Proc alpha = lab.start("alpha", "mcast/main", "239.255.1.2", "8888");
        // each sends at once, then every 5 s; the child that receives starts with the JVM
        Pattern line = Pattern.compile("from ([\\d.]+)\\.(\\d+): (\\w+), (\\d+)\n");
        Lab.awaitOutput(solaris, ": bsdi, " + bsdi.pid() + "\n", T);
        Lab.awaitOutput(bsdi, ": solaris, " + solaris.pid() + "\n", T);
        Thread.sleep(1000); // by now each host's own datagrams would have looped back, were loopback on
        for (Programs.Proc p : List.of(solaris, bsdi)) {
            Matcher m = line.matcher(p.stdoutSoFar());
            int n = 0;
            int end = 0;
            while (m.find() && m.start() == end) {
                end = m.end();
                n++;
                String self = p == solaris ? "solaris" : "bsdi";
                String other = p == solaris ? "bsdi" : "solaris";
                assertEquals(other, m.group(3), "a host hears only the other: " + p.stdoutSoFar());
                assertEquals(lab.addr(other), m.group(1));
                assertFalse(m.group(3).equals(self));
            }
            assertEquals(p.stdoutSoFar().length(), end, "unexpected output: " + p.stdoutSoFar());
            assertTrue(n >= 1, p.stdoutSoFar());
            assertEquals("", p.stderrSoFar());
        }
        assertEquals("", alpha.stdoutSoFar(), "alpha, on lan2, heard lan1's TTL-1 datagrams");
        assertEquals("bound\n", deaf.stdoutSoFar(), "sunos5 did not join, yet received");
        for (Programs.Proc p : List.of(solaris, bsdi, alpha, deaf)) {
            p.close();
        }
    }

    private Programs.Proc recv(String host, String group, int port, String iface, int seconds) {
        Programs.Proc p = lab.startTestMain(host, LabProbe.class, "mcast-recv", group, Integer.toString(port), iface,
                Integer.toString(seconds));
        Lab.awaitOutput(p, "joined " + group, T);
        return p;
    }

    private Programs.Result send(String host, String group, int port, String iface, int ttl, int loop) {
        try (Programs.Proc p = lab.startTestMain(host, LabProbe.class, "mcast-send", group, Integer.toString(port), iface,
                Integer.toString(ttl), Integer.toString(loop), "2")) {
            p.writeStdin(null);
            Programs.Result r = p.await(T);
            assertEquals(0, r.exit(), r.toString());
            return r;
        }
    }

    private static List<String> got(Programs.Proc p) {
        Programs.Result r = p.await(T);
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = new ArrayList<>();
        for (String l : r.stdout().split("\n")) {
            if (l.startsWith("got ")) {
                lines.add(l);
            }
        }
        return lines;
    }

    /**
     * IP_MULTICAST_LOOP through mcast_set_loop: with loopback on, a receiver on the sending host
     * gets the sender's datagrams; with it off, only the other hosts do. mcast_get_* read back
     * what was set (interface by name, then read as an index).
     */
    @Test
    @Timeout(60)
    void loopbackOnGivesTheSendingHostACopyAndOffDoesNot() {
        Programs.Proc local = recv("solaris", "239.255.1.3", 9001, "eth0", 4);
        Programs.Proc remote = recv("bsdi", "239.255.1.3", 9001, "eth0", 4);
        Programs.Result on = send("solaris", "239.255.1.3", 9001, "eth0", 1, 1);
        Programs.Result off = send("solaris", "239.255.1.3", 9001, "eth0", 1, 0);
        assertTrue(on.stdout().matches("if \\d+ ttl 1 loop 1\nsent 2\n"), on.toString());
        assertTrue(off.stdout().startsWith("if " + on.stdout().split(" ")[1] + " ttl 1 loop 0\n"), off.toString());
        List<String> mine = got(local);
        List<String> theirs = got(remote);
        assertEquals(List.of("got \"solaris ttl 1 loop 1 #1\" from 10.200.1.10", "got \"solaris ttl 1 loop 1 #2\" from 10.200.1.10"),
                mine, "loop 1 copies to this host, loop 0 does not");
        assertEquals(4, theirs.size(), "the other host gets both: " + theirs);
    }

    /**
     * Section 19.2's TTL scoping, with the lab's multicast router (gw forwards a datagram whose
     * TTL is above 1): TTL 1 reaches bsdi on the sender's subnet but not alpha behind gw; TTL 2
     * reaches both.
     */
    @Test
    @Timeout(60)
    void ttlOneStopsAtTheRouterAndTtlTwoCrossesIt() {
        Programs.Proc near = recv("bsdi", "239.255.1.4", 9002, "-", 4);
        Programs.Proc far = recv("alpha", "239.255.1.4", 9002, "eth0", 4);
        send("aix", "239.255.1.4", 9002, "eth0", 1, 0);
        send("aix", "239.255.1.4", 9002, "eth0", 2, 0);
        assertEquals(List.of("got \"aix ttl 1 loop 0 #1\" from 10.200.1.13", "got \"aix ttl 1 loop 0 #2\" from 10.200.1.13",
                "got \"aix ttl 2 loop 0 #1\" from 10.200.1.13", "got \"aix ttl 2 loop 0 #2\" from 10.200.1.13"), got(near));
        assertEquals(List.of("got \"aix ttl 2 loop 0 #1\" from 10.200.1.13", "got \"aix ttl 2 loop 0 #2\" from 10.200.1.13"), got(far));
    }

    /**
     * The same functions for IPv6: a receiver that joined ff15::4242 by interface index hears a
     * sender that chose its interface by name (IPV6_MULTICAST_IF, hop limit, loop); a host
     * that did not join hears nothing.
     */
    @Test
    @Timeout(60)
    void ipv6JoinByIndexAndSendByNameReachOnlyMembers() {
        String index = lab.runCommand("bsdi", T, null, "cat", "/sys/class/net/eth0/ifindex").stdout().trim();
        Programs.Proc member = recv("bsdi", "ff15::4242", 9003, index, 4);
        Programs.Proc other = recv("sunos5", "ff15::4343", 9003, "eth0", 4); // another group, same port
        Programs.Result r = send("solaris", "ff15::4242", 9003, "eth0", 5, 0);
        assertTrue(r.stdout().matches("if \\d+ ttl 5 loop 0\nsent 2\n"), r.toString());
        assertEquals(List.of("got \"solaris ttl 5 loop 0 #1\" from " + lab.addr6("solaris"),
                "got \"solaris ttl 5 loop 0 #2\" from " + lab.addr6("solaris")), got(member));
        assertEquals(List.of(), got(other));
    }

    /**
     * Section 19.7: a daytime request to 224.0.0.1, the all-hosts group every host joins, is
     * answered by every daytime server on the subnet (mcast/udpcli05); bound to that multicast
     * address itself (mcast/udpcli06), the client gets none of the replies, which go to its
     * unicast address.
     */
    @Test
    @Timeout(60)
    void aDaytimeRequestToAllHostsIsAnsweredByEveryServerAndNoneReachesASocketBoundToTheGroup() {
        List<Programs.Proc> servers = lab.daytimeServers(List.of("solaris", "bsdi", "sunos5"));
        try {
            byte[] line = "time?\n".getBytes(StandardCharsets.US_ASCII);
            Programs.Proc allHosts = lab.start("aix", "mcast/udpcli05", "224.0.0.1");
            Programs.Proc boundToGroup = lab.start("bsdi", "mcast/udpcli06", "224.0.0.1");
            allHosts.writeStdin(line);
            boundToGroup.writeStdin(line);
            Programs.Result all = allHosts.await(T);
            assertEquals(0, all.exit(), all.toString());
            TreeSet<String> from = new TreeSet<>();
            for (String l : all.stdout().split("\n")) {
                assertTrue(l.matches("from 10\\.200\\.1\\.1[012]: \\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\r"), l);
                from.add(l.substring(5, l.indexOf(':')));
            }
            assertEquals(new TreeSet<>(List.of("10.200.1.10", "10.200.1.11", "10.200.1.12")), from, all.toString());

            Programs.Result bound = boundToGroup.await(T);
            assertEquals(0, bound.exit(), bound.toString());
            assertEquals("", bound.stdout() + bound.stderr());
        } finally {
            servers.forEach(Programs.Proc::close);
        }
    }

    /**
     * Section 19.8: mysdr joins the SAP group (sap.mcast.net, from the lab hosts' /etc/hosts) and
     * prints each announcement: the sender, then the SDP text after the 8-byte SAP header. A
     * second mysdr names the group, port and interface explicitly.
     */
    @Test
    @Timeout(60)
    void mysdrPrintsTheSessionAnnouncementsSentToTheSapGroup() {
        Programs.Proc byName = lab.start("bsdi", "mysdr/main");
        Programs.Proc explicit = lab.start("linux", "mysdr/main", "224.2.127.254", "9875", "eth0");
        try {
            Programs.Result a = lab.runCommand("solaris", T, null, "python3", Lab.helper("sapannounce.py"),
                    "--count", "6", "--interval", "0.5", "Stevens memorial lecture");
            assertEquals(0, a.exit(), a.toString());
            String sdp = "v=0\r\no=- \\d+ 1 IN IP4 10\\.200\\.1\\.10\r\ns=Stevens memorial lecture\r\n"
                    + "i=announced on the unp-java lab network\r\nc=IN IP4 239\\.255\\.42\\.42/15\r\nt=0 0\r\n"
                    + "m=audio 49170 RTP/AVP 0\r\n\n";
            Lab.awaitOutput(byName, "m=audio", T);
            Lab.awaitOutput(explicit, "m=audio", T);
            for (Programs.Proc p : List.of(byName, explicit)) {
                String out = p.stdoutSoFar();
                assertTrue(out.matches("(From 10\\.200\\.1\\.10\\.\\d+\n" + sdp + ")+"), out);
            }
        } finally {
            byName.close();
            explicit.close();
        }
    }
}
