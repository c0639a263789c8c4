package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 9's names/ programs (gethostbyname, gethostbyaddr, getservbyname, getnetbyname)
 * against names this test defines in its own DNS server ({@link DnsNs}): several addresses,
 * CNAME aliases, a name without an address, reverse lookups, and the daytime clients that
 * connect by name and service name.
 */
class Chapter09NamesTest {
    private static final Duration RUN = Duration.ofSeconds(20);

    /** The names every test here resolves; dnsmasq rotates the order of the addresses. */
    static DnsNs.Zone zone() {
        return DnsNs.zone()
                .host("multi.unp.test", "192.0.2.1", "192.0.2.2", "192.0.2.3", "2001:db8::1", "2001:db8::2")
                .cname("www.unp.test", "multi.unp.test")
                .cname("ftp.unp.test", "www.unp.test")
                .host("single.unp.test", "192.0.2.4")
                .host("v6only.unp.test", "2001:db8::6")
                .noAddress("noaddr.unp.test")
                .ptr("192.0.2.5", "reverse.unp.test")
                .networksLine("loopback\t127.0.0.0\tlo-net")
                .networksLine("testnet\t192.0.2\ttest-net-1 documentation")
                .host("myhost.unp.test", "192.0.2.7", "192.0.2.8");
    }

    /** Fails unless the program ended as a C program does after printing its own message: one line, no Java trace. */
    static void assertNoTrace(Programs.Result r) {
        assertFalse(r.stderr().contains("Exception") || r.stderr().contains("\tat "), r.toString());
    }

    /** The values of the lines of {@code text} that start with {@code prefix}, in order. */
    static List<String> values(String text, String prefix) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith(prefix)) {
                out.add(line.substring(prefix.length()));
            }
        }
        return out;
    }

    private static Programs.Result ok(Programs.Result r) {
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.stderr(), r.toString());
        return r;
    }

    @Test
    @Timeout(60)
    void hostentPrintsEveryIpv4AddressAndTheAliasChain() {
        try (DnsNs dns = DnsNs.start(zone())) {
            String out = ok(dns.run(RUN, "names/hostent", "multi.unp.test")).stdout();
            assertTrue(out.startsWith("official hostname: multi.unp.test\n"), out);
            assertEquals(List.of(), values(out, "\talias: "));
            assertEquals(Set.of("192.0.2.1", "192.0.2.2", "192.0.2.3"), new TreeSet<>(values(out, "\taddress: ")),
                    "all three A records, none of the AAAA ones (gethostbyname is IPv4): " + out);
            assertEquals(3, values(out, "\taddress: ").size(), out);

            // ftp -> www -> multi: the official name is the end of the chain, the others aliases
            out = ok(dns.run(RUN, "names/hostent", "ftp.unp.test")).stdout();
            assertTrue(out.startsWith("official hostname: multi.unp.test\n"), out);
            assertEquals(Set.of("ftp.unp.test", "www.unp.test"), new TreeSet<>(values(out, "\talias: ")), out);
            assertEquals(3, values(out, "\taddress: ").size(), out);
        }
    }

    @Test
    @Timeout(60)
    void hostentReportsHstrerrorAndGoesOnWithTheNextName() {
        try (DnsNs dns = DnsNs.start(zone())) {
            Programs.Result r = dns.run(RUN, "names/hostent", "noaddr.unp.test", "nosuch.unp.test",
                    "v6only.unp.test", "single.unp.test", "192.0.2.99");
            assertEquals(0, r.exit(), "err_msg is not fatal: " + r);
            assertNoTrace(r);
            assertEquals("gethostbyname error for host: noaddr.unp.test: No address associated with name\n"
                    + "gethostbyname error for host: nosuch.unp.test: Unknown host\n"
                    + "gethostbyname error for host: v6only.unp.test: No address associated with name\n",
                    r.stderr());
            assertEquals("official hostname: single.unp.test\n\taddress: 192.0.2.4\n"
                    + "official hostname: 192.0.2.99\n\taddress: 192.0.2.99\n", r.stdout(),
                    "a dotted-decimal string is its own answer, without asking the server");
        }
    }

    @Test
    @Timeout(60)
    void hostent2Hostent3AndTest1LookEveryAddressBackUp() {
        try (DnsNs dns = DnsNs.start(zone())) {
            String out = ok(dns.run(RUN, "names/hostent2", "www.unp.test", "192.0.2.5", "192.0.2.6")).stdout();
            assertEquals(3, values(out, "\tname = multi.unp.test").size(), out);
            assertTrue(out.contains("official hostname: 192.0.2.5\n\taddress: 192.0.2.5\n\tname = reverse.unp.test\n"),
                    "a PTR record without an A record: " + out);
            assertTrue(out.endsWith("\taddress: 192.0.2.6\n\t(gethostbyaddr failed)\n"), out);

            out = ok(dns.run(RUN, "names/hostent3", "single.unp.test", "192.0.2.6")).stdout();
            assertEquals("official host name: single.unp.test\n\tIPv4 address: 192.0.2.4    name = single.unp.test\n"
                    + "official host name: 192.0.2.6\n\tIPv4 address: 192.0.2.6    (gethostbyaddr failed: Unknown host)\n",
                    out);

            // test1's C dereferences the NULL of a failed reverse lookup; the port goes on
            out = ok(dns.run(RUN, "names/test1", "single.unp.test", "192.0.2.6")).stdout();
            assertEquals("official host name: single.unp.test\n\taddress: 192.0.2.4\n\t\tname = single.unp.test\n"
                    + "\t\tofficial host name: single.unp.test\n"
                    + "official host name: 192.0.2.6\n\taddress: 192.0.2.6\n\t\t(gethostbyaddr failed)\n", out);
            assertTrue(dns.log().contains("query[PTR] 4.2.0.192.in-addr.arpa"), "asked the test's server: " + dns.log());
        }
    }

    @Test
    @Timeout(60)
    void netentReadsTheNetworksDatabase() {
        try (DnsNs dns = DnsNs.start(zone())) {
            Programs.Result r = dns.run(RUN, "names/netent", "testnet", "lo-net", "nosuchnet");
            assertEquals(0, r.exit(), r.toString());
            assertEquals("official netname: testnet\n\talias: test-net-1\n\talias: documentation\n"
                    + "official netname: loopback\n\talias: lo-net\n", r.stdout());
            assertEquals("getnetbyname error for net: nosuchnet: Unknown host\n", r.stderr());
        }
    }

    @Test
    @Timeout(60)
    void prmyaddrsAndPrmyaddrs1ResolveTheHostsOwnName() {
        try (DnsNs dns = DnsNs.start(zone())) {
            for (String prog : List.of("names/prmyaddrs", "names/prmyaddrs1")) {
                String out = ok(dns.runWithHostname("myhost.unp.test", RUN, prog)).stdout();
                assertEquals(Set.of("192.0.2.7", "192.0.2.8"), new TreeSet<>(values(out, "\taddress: ")), out);
            }
            Programs.Result r = dns.runWithHostname("nameless.unp.test", RUN, "names/prmyaddrs");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("my_addrs error\n", r.stderr());
        }
    }

    @Test
    @Timeout(90)
    void daytimetcpcli1TriesEachAddressOfTheNameUntilOneAccepts() throws InterruptedException {
        try (DnsNs dns = DnsNs.start(zone())) {
            // only 192.0.2.2 listens; 192.0.2.1 and .3 are local too, and refuse
            Programs.Proc srv = dns.start("names/daytimetcpsrv2", "192.0.2.2", "daytime");
            dns.ns().awaitListening(srv, 13, RUN);
            for (String prog : List.of("names/daytimetcpcli1", "names/daytimetcpcli2", "names/daytimetcpcli3")) {
                Programs.Result r = dns.run(RUN, prog, "www.unp.test", "daytime");
                assertEquals(0, r.exit(), r.toString());
                List<String> tried = values(r.stdout(), "trying ");
                assertEquals("192.0.2.2.13", tried.get(tried.size() - 1), r.toString());
                assertEquals(tried.size() - 1, values(r.stderr(), "connect error: Connection refused").size(),
                        "one err_ret line per refused address: " + r);
                String last = r.stdout().substring(r.stdout().lastIndexOf("trying 192.0.2.2.13\n") + 20);
                Chapter01DaytimeTest.assertDaytimeLine(last);
            }
            assertTrue(srv.awaitStdout("connection from 192.0.2.254.", RUN), srv.stdoutSoFar());

            // daytimetcpcli2 also takes a dotted-decimal address and a port number
            Programs.Result r = dns.run(RUN, "names/daytimetcpcli2", "192.0.2.2", "13");
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.stdout().startsWith("trying 192.0.2.2.13\n"), r.toString());

            r = dns.run(RUN, "names/daytimetcpcli1", "single.unp.test", "daytime");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("trying 192.0.2.4.13\n", r.stdout());
            assertEquals("connect error: Connection refused\nunable to connect\n", r.stderr());
        }
    }

    @Test
    @Timeout(60)
    void gethostbynameClientsPrintTheBooksMessagesForBadNamesAndServices() {
        try (DnsNs dns = DnsNs.start(zone())) {
            String[][] cases = {
                {"names/daytimetcpcli1", "nosuch.unp.test", "daytime", "hostname error for nosuch.unp.test: Unknown host"},
                {"names/daytimetcpcli1", "noaddr.unp.test", "daytime",
                    "hostname error for noaddr.unp.test: No address associated with name"},
                {"names/daytimetcpcli1", "single.unp.test", "nosuchservice", "getservbyname error for nosuchservice"},
                {"names/daytimetcpcli1", "single.unp.test", "13", "getservbyname error for 13"},
                {"names/daytimetcpcli2", "256.1.1.1", "13", "hostname error for 256.1.1.1: Unknown host"},
                {"names/daytimetcpcli2", "single.unp.test", "-5", "getservbyname error for -5"},
                {"names/daytimetcpcli3", "v6only.unp.test", "daytime",
                    "hostname error for v6only.unp.test: No address associated with name"},
            };
            for (String[] c : cases) {
                Programs.Result r = dns.run(RUN, c[0], c[1], c[2]);
                assertEquals(1, r.exit(), r.toString());
                assertEquals(c[3] + "\n", r.stderr(), String.join(" ", c));
                assertEquals("", r.stdout());
            }
            Programs.Result r = dns.run(RUN, "names/daytimetcpcli1", "only-one-arg");
            assertEquals(1, r.exit());
            assertEquals("usage: daytimetcpcli1 <hostname> <service>\n", r.stderr());
        }
    }
}
