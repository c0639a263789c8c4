package io.unp.tests;

import static io.unp.tests.Chapter16IoctlTest.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 17's route programs, whose routing socket is rtnetlink on Linux, in a namespace of
 * known interfaces and routes ({@link IfNs}), run as nobody: what they print is compared with
 * what {@code ip route}, {@code ip addr} and {@code ip link} say, and with python3's
 * getsockopt for checkudpsum.
 */
class Chapter17RouteTest {
    private static final Duration RUN = Duration.ofSeconds(30);

    /** Adds the routes of the lessons: a default route through 10.0.0.254 and a host route through 10.0.0.2. */
    private static void addRoutes(IfNs f) {
        f.ip("route", "add", "default", "via", "10.0.0.254", "dev", "veth0");
        f.ip("route", "add", "192.0.2.7", "via", "10.0.0.2", "dev", "veth0");
    }

    private static final List<String> ROUTE_TYPES = List.of("local", "broadcast", "unicast", "multicast",
            "anycast", "blackhole", "unreachable", "prohibit", "throw");

    /** A route line of ip: destination (default as 0.0.0.0) with its prefix length or -1, and gateway (via, else dev). */
    record Route(String dest, int prefix, String gateway) {
        static Route parse(String line) {
            List<String> w = new ArrayList<>(List.of(line.trim().split("\\s+")));
            if (ROUTE_TYPES.contains(w.get(0))) {
                w.remove(0);
            }
            String dest = w.get(0);
            int prefix = -1;
            if (dest.equals("default")) {
                dest = "0.0.0.0";
                prefix = 0;
            } else if (dest.contains("/")) {
                prefix = Integer.parseInt(dest.substring(dest.indexOf('/') + 1));
                dest = dest.substring(0, dest.indexOf('/'));
            }
            int via = w.indexOf("via");
            String gateway = via >= 0 ? w.get(via + 1) : w.get(w.indexOf("dev") + 1);
            return new Route(dest, prefix, gateway);
        }
    }

    private static String mask(int prefix) {
        long m = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        return (m >> 24) + "." + ((m >> 16) & 0xff) + "." + ((m >> 8) & 0xff) + "." + (m & 0xff);
    }

    @Test
    @Timeout(120)
    void getrtPrintsTheRouteIpRouteGetFindsAndNetworkUnreachableWithoutOne() {
        try (IfNs f = IfNs.create()) {
            Programs.Result none = f.run(RUN, "route/getrt", "198.51.100.1");
            assertEquals(1, none.exit(), none.toString());
            assertEquals("", none.stdout(), none.toString());
            assertEquals("RTM_GETROUTE error: Network is unreachable\n", none.stderr());
            Programs.Result ipSays = f.ns().runCommand(RUN, null, "ip", "route", "get", "198.51.100.1");
            assertTrue(ipSays.stderr().contains("Network is unreachable"), "ip agrees: " + ipSays);

            addRoutes(f);
            assertEquals("dest: 0.0.0.0\ngateway: 10.0.0.254\nnetmask: 0.0.0.0\n",
                    ok(f.run(RUN, "route/getrt", "198.51.100.1")).stdout(), "the default route");
            assertEquals("dest: 192.0.2.7\ngateway: 10.0.0.2\n", ok(f.run(RUN, "route/getrt", "192.0.2.7")).stdout(),
                    "a host route has no netmask, as on BSD");
            assertEquals("dest: 10.9.1.0\ngateway: dum0\nnetmask: 255.255.255.0\n",
                    ok(f.run(RUN, "route/getrt", "10.9.1.7")).stdout(),
                    "a directly connected network: the gateway is the interface");

            for (String addr : List.of("198.51.100.1", "192.0.2.7", "10.9.1.7", "10.0.0.3", "127.0.0.1", "10.0.0.5")) {
                Route r = Route.parse(ok(f.ns().runCommand(RUN, null, "ip", "-o", "route", "get", addr, "fibmatch"))
                        .stdout());
                String expected = "dest: " + r.dest() + "\ngateway: " + r.gateway() + "\n"
                        + (r.prefix() >= 0 && r.prefix() < 32 ? "netmask: " + mask(r.prefix()) + "\n" : "");
                assertEquals(expected, ok(f.run(RUN, "route/getrt", addr)).stdout(), "getrt " + addr);
            }

            Programs.Result usage = f.run(RUN, "route/getrt");
            assertEquals(1, usage.exit(), usage.toString());
            assertEquals("usage: getrt <IPaddress>\n", usage.stderr());
            Programs.Result bad = f.run(RUN, "route/getrt", "10.0.0");
            assertEquals(1, bad.exit(), bad.toString());
            assertEquals("inet_pton error for 10.0.0\n", bad.stderr());
        }
    }

    /** What mynetstat's interface part must print, from ip: each interface that is up, its MAC, addresses and broadcasts. */
    private static String expectedIflist(IfNs f) {
        Map<String, IfNs.Link> links = f.links();
        List<IfNs.Addr> addrs = new ArrayList<>(f.addrs("inet"));
        addrs.addAll(f.addrs("inet6"));
        StringBuilder sb = new StringBuilder();
        for (IfNs.Link l : links.values()) {
            if (!l.up()) {
                continue;
            }
            sb.append("interface: ").append(l.name()).append(": <").append(l.bookFlags()).append(">\n");
            if (l.bookMac() != null) {
                sb.append("  ").append(l.bookMac()).append('\n');
            }
            for (IfNs.Addr a : addrs) {
                if (a.index() == l.index()) {
                    sb.append("  IP addr: ").append(a.address()).append('\n');
                    if (l.flags().contains("BROADCAST") && a.brd() != null) {
                        sb.append("  bcast addr: ").append(a.brd()).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    @Test
    @Timeout(120)
    void mynetstatDumpsEveryRouteOfEveryTableThenTheInterfaces() {
        try (IfNs f = IfNs.create()) {
            addRoutes(f);
            StringBuilder expected = new StringBuilder();
            for (String line : f.ip("-o", "-4", "route", "show", "table", "all").split("\n")) {
                Route r = Route.parse(line);
                expected.append("dest: ").append(r.dest()).append(", gateway: ").append(r.gateway()).append('\n');
            }
            expected.append(expectedIflist(f));
            String out = ok(f.run(RUN, "route/mynetstat")).stdout();
            assertEquals(expected.toString(), out);
            assertTrue(out.startsWith("dest: 0.0.0.0, gateway: 10.0.0.254\n"), out);
            assertTrue(out.contains("dest: 192.0.2.7, gateway: 10.0.0.2\n"), out);
            assertTrue(out.contains("dest: 127.0.0.1, gateway: lo\n"), "the local table too: " + out);
            assertTrue(out.contains("interface: dum0: <UP BCAST MCAST >\n  2:0:5e:10:0:1\n  IP addr: 10.9.1.1\n"
                    + "  bcast addr: 10.9.1.255\n"), out);
            String iflist = out.substring(out.indexOf("interface: "));
            assertFalse(iflist.contains("vdown0") || iflist.contains("10.7.0.1\n"),
                    "down interfaces and their addresses: " + iflist);
        }
    }

    /** What route/prifinfo must print: every interface that is up, with or without addresses of the family. */
    private static String expectedRoutePrifinfo(IfNs f, String family, boolean doaliases) {
        StringBuilder sb = new StringBuilder();
        List<IfNs.Addr> addrs = f.addrs(family);
        for (IfNs.Link l : f.links().values()) {
            if (!l.up()) {
                continue;
            }
            String head = l.name() + ": <" + l.bookFlags() + ">\n" + (l.bookMac() == null ? "" : "  " + l.bookMac() + "\n");
            sb.append(head);
            boolean first = true;
            for (IfNs.Addr a : addrs) {
                if (a.index() != l.index()) {
                    continue;
                }
                if (!first) {
                    if (!doaliases) {
                        continue;
                    }
                    sb.append(head);
                }
                first = false;
                sb.append("  IP addr: ").append(a.address()).append('\n');
                if (l.flags().contains("BROADCAST") && a.brd() != null) {
                    sb.append("  broadcast addr: ").append(a.brd()).append('\n');
                }
                if (l.flags().contains("POINTOPOINT") && a.peer() != null) {
                    sb.append("  destination addr: ").append(a.peer()).append('\n');
                }
            }
        }
        return sb.toString();
    }

    @Test
    @Timeout(120)
    void routePrifinfoListsEveryUpInterfaceFromRoutingMessages() {
        try (IfNs f = IfNs.create()) {
            for (String family : List.of("inet", "inet6")) {
                for (boolean doaliases : List.of(false, true)) {
                    String arg = family.equals("inet") ? "inet4" : "inet6";
                    assertEquals(expectedRoutePrifinfo(f, family, doaliases),
                            ok(f.run(RUN, "route/prifinfo", arg, doaliases ? "1" : "0")).stdout(), arg + " " + doaliases);
                }
            }
        }
    }

    @Test
    @Timeout(120)
    void interfaceNamesAndIndexesAgreeWithIpLink() {
        try (IfNs f = IfNs.create()) {
            Map<String, IfNs.Link> links = f.links();
            StringBuilder expected = new StringBuilder();
            for (IfNs.Link l : links.values()) {
                expected.append("name = ").append(l.name()).append(", index = ").append(l.index()).append('\n');
            }
            assertEquals(expected.toString(), ok(f.run(RUN, "route/prifnameindex")).stdout());

            for (String name : List.of("lo", "veth0", "dum0", "vdown0")) {
                assertEquals("interface index = " + links.get(name).index() + "\n",
                        ok(f.run(RUN, "route/prifindex", name)).stdout(), name);
            }
            IfNs.Link dum = links.get("dum0");
            assertEquals("interface name = dum0\n", ok(f.run(RUN, "route/prifname", Integer.toString(dum.index()))).stdout());

            Programs.Result r = f.run(RUN, "route/prifindex", "nosuch0");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("if_nametoindex error for nosuch0\n", r.stderr());
            r = f.run(RUN, "route/prifname", "888888");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("if_indextoname error for 888888\n", r.stderr());
            r = f.run(RUN, "route/prifindex");
            assertEquals("usage: prifname <interface-name>\n", r.stderr(), "the book's usage line, name and all");
        }
    }

    @Test
    @Timeout(120)
    void checkudpsumReportsWhatANewUdpSocketGets() {
        try (IfNs f = IfNs.create()) {
            String py = ok(f.ns().runCommand(RUN, null, "python3", "-c",
                    "import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); "
                            + "print(s.getsockopt(socket.SOL_SOCKET, 11)); s.setsockopt(socket.SOL_SOCKET, 11, 1); "
                            + "print(s.getsockopt(socket.SOL_SOCKET, 11))")).stdout();
            assertEquals("1", py.split("\n")[1], "SO_NO_CHECK is a real option: set, it reads back: " + py);
            int noCheck = Integer.parseInt(py.split("\n")[0]);
            assertEquals("udp checksum flag: " + (noCheck == 0 ? 1 : 0) + "\n", ok(f.run(RUN, "route/checkudpsum")).stdout());
        }
    }

    /** True once a routing socket of the namespace, other than the kernel's, has joined RTNLGRP_IPV4_ROUTE (bit 0x40). */
    private static boolean subscribed(IfNs f) {
        String table = ok(f.ns().runCommand(RUN, null, "cat", "/proc/net/netlink")).stdout();
        for (String line : table.split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length > 3 && w[1].equals("0") && !w[2].equals("0") && !w[2].equals("Pid")
                    && (Long.parseLong(w[3], 16) & 0x40) != 0) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Timeout(120)
    void rtmonitorSeesRoutesAddedAndDeletedAsTheyHappen() throws InterruptedException {
        try (IfNs f = IfNs.create(); Programs.Proc mon = f.start("route/rtmonitor", "inet4")) {
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!subscribed(f) && System.nanoTime() < end && mon.process().isAlive()) {
                Thread.sleep(50);
            }
            assertTrue(subscribed(f), "rtmonitor joined the group: " + mon.stderrSoFar());

            f.ip("route", "add", "10.5.0.0/16", "via", "10.0.0.2", "dev", "veth0");
            String added = "RTM_NEWROUTE: dest: 10.5.0.0, gateway: 10.0.0.2, netmask: 255.255.0.0, interface: veth0, table: 254\n";
            assertTrue(mon.awaitStdout(added, Duration.ofSeconds(10)), mon.stdoutSoFar() + mon.stderrSoFar());
            f.ip("route", "del", "10.5.0.0/16");
            String deleted = added.replace("RTM_NEWROUTE", "RTM_DELROUTE");
            assertTrue(mon.awaitStdout(deleted, Duration.ofSeconds(10)), mon.stdoutSoFar() + mon.stderrSoFar());
            f.ip("-6", "route", "add", "2001:db8:5::/48", "via", "2001:db8::2", "dev", "veth0");
            f.ip("route", "add", "192.0.2.9", "via", "10.0.0.2", "dev", "veth0");
            assertTrue(mon.awaitStdout("RTM_NEWROUTE: dest: 192.0.2.9, gateway: 10.0.0.2, interface: veth0, table: 254\n",
                    Duration.ofSeconds(10)), mon.stdoutSoFar());
            assertEquals(added + deleted + "RTM_NEWROUTE: dest: 192.0.2.9, gateway: 10.0.0.2, interface: veth0, table: 254\n",
                    mon.stdoutSoFar(), "in order, and no IPv6 route: only RTNLGRP_IPV4_ROUTE was joined");
        }
    }
}
