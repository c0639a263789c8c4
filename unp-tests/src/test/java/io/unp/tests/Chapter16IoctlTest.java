package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 16's ioctl programs in a namespace of known interfaces ({@link IfNs}), run as the
 * unprivileged user nobody. What they print is compared with what iproute2 ({@code ip -o addr},
 * {@code ip -o link}, {@code ip neigh}) says about the same namespace.
 */
class Chapter16IoctlTest {
    private static final Duration RUN = Duration.ofSeconds(30);

    static Programs.Result ok(Programs.Result r) {
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.stderr(), r.toString());
        return r;
    }

    /** The label an address's entry carries, cut at the colon as get_ifi_info cuts it. */
    private static String cut(String label) {
        int colon = label.indexOf(':');
        return colon >= 0 ? label.substring(0, colon) : label;
    }

    /**
     * What prifinfo must print, from {@code ip}: each address of {@code family} of an interface
     * that is up (the first per interface unless {@code doaliases}), with the interface's flags
     * and hardware address; for IPv4 the broadcast address and point-to-point destination of the
     * interface's first address (SIOCGIFBRDADDR and SIOCGIFDSTADDR ask by name), 0.0.0.0 when
     * it has none; for IPv6 the destination of the address itself.
     */
    static String expectedPrifinfo(IfNs f, String family, boolean doaliases) {
        Map<String, IfNs.Link> links = f.links();
        List<IfNs.Addr> addrs = f.addrs(family);
        boolean inet = family.equals("inet");
        StringBuilder sb = new StringBuilder();
        String last = "";
        for (IfNs.Addr a : addrs) {
            String name = cut(a.label());
            boolean alias = name.equals(last);
            last = name;
            IfNs.Link l = links.get(a.ifname());
            if ((alias && !doaliases) || !l.up()) {
                continue;
            }
            sb.append(name).append(": <").append(l.bookFlags()).append(">\n");
            if (l.bookMac() != null) {
                sb.append("  ").append(l.bookMac()).append('\n');
            }
            sb.append("  IP addr: ").append(a.address()).append('\n');
            IfNs.Addr first = a;
            if (inet) {
                for (IfNs.Addr b : addrs) {
                    if (b.label().equals(name)) {
                        first = b;
                        break;
                    }
                }
            }
            if (inet && l.flags().contains("BROADCAST")) {
                sb.append("  broadcast addr: ").append(first.brd() == null ? "0.0.0.0" : first.brd()).append('\n');
            }
            if (l.flags().contains("POINTOPOINT") && first.peer() != null) {
                sb.append("  destination addr: ").append(first.peer()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    @Timeout(120)
    void prifinfoListsTheUpInterfacesAsIpSeesThemAndNeedsNoPrivilege() {
        try (IfNs f = IfNs.create()) {
            assertEquals("65534\n", ok(f.runCommand(RUN, "id", "-u")).stdout(), "the programs run as nobody");
            for (String family : List.of("inet", "inet6")) {
                for (boolean doaliases : List.of(false, true)) {
                    String arg = family.equals("inet") ? "inet4" : "inet6";
                    String out = ok(f.run(RUN, "ioctl/prifinfo", arg, doaliases ? "1" : "0")).stdout();
                    assertEquals(expectedPrifinfo(f, family, doaliases), out, arg + " " + doaliases);
                }
            }

            String all = ok(f.run(RUN, "ioctl/prifinfo", "inet4", "1")).stdout();
            assertTrue(all.contains("lo: <UP LOOP >\n  IP addr: 127.0.0.1\n"), all);
            assertTrue(all.contains("veth0: <UP BCAST MCAST >\n"), all);
            assertTrue(all.contains("  IP addr: 10.0.0.5\n  broadcast addr: 10.0.0.255\n"),
                    "the alias veth0:1, under its interface's name: " + all);
            assertTrue(all.contains("dum0: <UP BCAST MCAST >\n  2:0:5e:10:0:1\n  IP addr: 10.9.1.1\n"
                    + "  broadcast addr: 10.9.1.255\n"), "the " + f.dummyKind() + " with its hardware address: " + all);
            assertTrue(all.contains("veth1: <UP BCAST MCAST >\n"), all);
            assertTrue(all.contains("  IP addr: 10.0.0.2\n  broadcast addr: 0.0.0.0\n"), all);
            assertFalse(all.contains("vdown0") || all.contains("10.7.0.1"), "a down interface is left out: " + all);
            if (f.hasTun()) {
                assertTrue(all.contains("tun0: <UP MCAST P2P >\n  IP addr: 10.8.0.1\n  destination addr: 10.8.0.2\n"), all);
            }
            String one = ok(f.run(RUN, "ioctl/prifinfo", "inet4", "0")).stdout();
            assertEquals(1, count(one, "veth0: "), "without aliases, one entry per interface: " + one);
            assertEquals(3, count(all, "veth0: "), "with them, one per address: " + all);

            String v6 = ok(f.run(RUN, "ioctl/prifinfo", "inet6", "1")).stdout();
            assertTrue(v6.contains("lo: <UP LOOP >\n  IP addr: ::1\n"), v6);
            assertTrue(v6.contains("  IP addr: 2001:db8::1\n"), "IPv6, which Linux's SIOCGIFCONF does not list: " + v6);
        }
    }

    @Test
    @Timeout(120)
    void getIfiInfoGivesEachAddressItsInterfacesIndexMtuAndHardwareAddress() {
        try (IfNs f = IfNs.create()) {
            Map<String, IfNs.Link> links = f.links();
            for (String family : List.of("inet", "inet6")) {
                List<IfNs.Addr> addrs = f.addrs(family);
                String out = ok(f.runTestMain(RUN, IfiInfoProbe.class, family.equals("inet") ? "inet4" : "inet6", "1"))
                        .stdout();
                List<String> expected = new java.util.ArrayList<>();
                String last = "";
                for (IfNs.Addr a : addrs) {
                    String name = cut(a.label());
                    boolean alias = name.equals(last);
                    last = name;
                    IfNs.Link l = links.get(a.ifname());
                    if (!l.up()) {
                        continue;
                    }
                    String mac = l.bookMac() == null ? "-" : l.address();
                    expected.add(name + " " + l.index() + " " + l.mtu() + " " + mac + " " + (alias ? 1 : 0) + " "
                            + a.address());
                }
                List<String> got = new java.util.ArrayList<>();
                for (String line : out.split("\n")) {
                    String[] w = line.split(" ");
                    // name index mtu haddr flags myflags addr brd dst: leave out the flags (prifinfo's test has them)
                    got.add(w[0] + " " + w[1] + " " + w[2] + " " + w[3] + " " + w[5] + " " + w[6]);
                }
                assertEquals(expected, got, family + ":\n" + out);
            }
            assertTrue(links.get("veth0").mtu() == 1400 && links.get("dum0").address().equals(IfNs.DUMMY_MAC),
                    "the namespace is as built: " + links);
        }
    }

    @Test
    @Timeout(120)
    void lsifPrintsOneLinePerIpv4AddressWithItsLabelAndTest1CountsThem() {
        try (IfNs f = IfNs.create()) {
            StringBuilder expected = new StringBuilder();
            List<IfNs.Addr> v4 = f.addrs("inet");
            for (IfNs.Addr a : v4) {
                expected.append(a.label()).append('\t').append(a.address()).append('\n');
            }
            assertEquals(expected.toString(), ok(f.run(RUN, "ioctl/lsif01")).stdout(),
                    "every IPv4 address, of interfaces up or down, alias labels as they are");
            assertEquals(expected.toString(), ok(f.run(RUN, "ioctl/lsif02")).stdout(),
                    "Linux's SIOCGIFCONF has no AF_LINK or AF_INET6 entries for lsif02's other cases");
            assertTrue(expected.toString().contains("veth0:1\t10.0.0.5\n") && expected.toString().contains("vdown0\t10.7.0.1\n"),
                    expected.toString());

            assertEquals("numif = " + v4.size() + "\ni = -1, errno = 25\n", ok(f.run(RUN, "ioctl/test1")).stdout(),
                    "Linux's count of SIOCGIFCONF entries, and ENOTTY for Solaris's SIOCGHIWAT");
        }
    }

    @Test
    @Timeout(120)
    void prmacPrintsTheArpEntryOfTheHostsAddress() {
        try (IfNs f = IfNs.create()) {
            f.ip("neigh", "add", "10.0.0.9", "lladdr", "02:aa:bb:0c:dd:ee", "dev", "veth0", "nud", "permanent");
            assertTrue(f.ip("neigh", "show").contains("10.0.0.9 dev veth0 lladdr 02:aa:bb:0c:dd:ee PERMANENT"),
                    f.ip("neigh", "show"));
            List<String> hosts = List.of("127.0.0.1\tlocalhost", "10.0.0.9\tarphost", "10.0.0.1\townhost",
                    "10.0.0.77\tnobodyhome");

            Programs.Result r = f.runWithHostname("arphost", hosts, RUN, "ioctl/prmac");
            assertEquals("10.0.0.9: 2:aa:bb:c:dd:ee\n", ok(r).stdout(), "the entry ip neigh added, %x per byte");

            // Linux keeps no ARP entry for its own addresses (BSD does): the interface's address stands in
            String mac = f.links().get("veth0").bookMac();
            r = f.runWithHostname("ownhost", hosts, RUN, "ioctl/prmac");
            assertEquals("10.0.0.1: " + mac + "\n", ok(r).stdout());

            r = f.runWithHostname("nobodyhome", hosts, RUN, "ioctl/prmac");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("10.0.0.77: ", r.stdout());
            assertEquals("ioctl error: No such device or address\n", r.stderr(), "SIOCGARP without an entry: ENXIO");
        }
    }

    @Test
    @Timeout(120)
    void prifinfoRejectsBadArgumentsWithTheBooksMessages() {
        try (IfNs f = IfNs.create()) {
            Programs.Result r = f.run(RUN, "ioctl/prifinfo");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("usage: prifinfo <inet4|inet6> <doaliases>\n", r.stderr());
            r = f.run(RUN, "ioctl/prifinfo", "inet5", "1");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("invalid <address-family>\n", r.stderr());
        }
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
