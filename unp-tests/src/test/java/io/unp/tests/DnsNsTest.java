package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The resolution fixture itself, checked with glibc's own {@code getent}: inside the namespace
 * the resolver sees only the test's names; outside nothing changed; after close nothing is left.
 */
class DnsNsTest {
    private static final Duration RUN = Duration.ofSeconds(20);

    private static Set<String> lines(String text) {
        return new TreeSet<>(text.lines().map(l -> l.trim().replaceAll("\\s+", " ")).toList());
    }

    @Test
    @Timeout(60)
    void namespaceResolvesOnlyTheTestsNamesAndLeavesNothingBehind() throws IOException {
        String hostResolvConf = Files.readString(Path.of("/etc/resolv.conf"));
        Path etc;
        try (DnsNs dns = DnsNs.start(DnsNs.zone()
                .host("multi.unp.test", "192.0.2.1", "192.0.2.2", "2001:db8::1")
                .cname("alias.unp.test", "multi.unp.test")
                .noAddress("noaddr.unp.test")
                .networksLine("unpnet 192.0.2"))) {
            etc = Path.of("/etc/netns", dns.ns().name());
            assertTrue(Files.exists(etc.resolve("resolv.conf")));

            Programs.Result a = dns.runCommand(RUN, "getent", "ahostsv4", "alias.unp.test");
            assertEquals(0, a.exit(), a + dns.log());
            assertTrue(a.stdout().contains("multi.unp.test"), a.toString());
            assertEquals(Set.of("192.0.2.1", "192.0.2.2"), new TreeSet<>(a.stdout().lines()
                    .map(l -> l.split("\\s+")[0]).toList()));

            Programs.Result ptr = dns.runCommand(RUN, "getent", "hosts", "192.0.2.2");
            assertEquals(Set.of("192.0.2.2 multi.unp.test"), lines(ptr.stdout()), ptr.toString());

            assertEquals(2, dns.runCommand(RUN, "getent", "hosts", "noaddr.unp.test").exit());
            assertEquals(2, dns.runCommand(RUN, "getent", "hosts", "nosuch.example").exit());
            assertEquals(Set.of("127.0.0.1 localhost"), lines(dns.runCommand(RUN, "getent", "hosts", "127.0.0.1")
                    .stdout()));
            assertEquals(Set.of("unpnet 192.0.2.0"), lines(dns.runCommand(RUN, "getent", "networks", "unpnet")
                    .stdout()));
            assertTrue(dns.log().contains("query[A] alias.unp.test"), dns.log());
        }
        assertFalse(Files.exists(etc), "left " + etc + " behind");
        assertEquals(hostResolvConf, Files.readString(Path.of("/etc/resolv.conf")));
    }
}
