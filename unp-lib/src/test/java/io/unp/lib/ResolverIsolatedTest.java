package io.unp.lib;

import static io.unp.abi.Constants.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unp.testkit.Need;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lookups whose answer depends on what the name service does not know, run in a child JVM
 * inside new network and mount namespaces ({@code unshare}, needs root) with a private
 * {@code /etc/hosts} and an {@code /etc/nsswitch.conf} that says {@code hosts: files}: no
 * query ever leaves the test, and the answers do not depend on this machine's resolver.
 * (The DNS-backed tests with dnsmasq are in unp-tests.)
 */
@Timeout(60)
class ResolverIsolatedTest {
    private static final String HOSTS = String.join("\n",
            "127.0.0.1 localhost",
            "127.0.0.2 multi.test",
            "127.0.0.3 multi.test",
            "127.0.0.4 canonical.test alias.test",
            "");

    private static ChildJvm.Result isolated(Path dir, String... args) throws Exception {
        Path hosts = Files.writeString(dir.resolve("hosts"), HOSTS);
        Path nss = Files.writeString(dir.resolve("nsswitch.conf"), "hosts: files\nservices: files\n");
        List<String> cmd = new ArrayList<>(List.of("unshare", "--net", "--mount", "sh", "-c",
                "ip link set lo up && mount --bind \"$1\" /etc/hosts && mount --bind \"$2\" /etc/nsswitch.conf"
                        + " && shift 2 && exec \"$@\"",
                "sh", hosts.toString(), nss.toString()));
        cmd.addAll(ChildJvm.javaCommand(AddrInfoChild.class, args));
        return ChildJvm.run(cmd);
    }

    private static void assumeRoot() {
        Need.root("unshare --net --mount: a private hosts file, no DNS");
    }

    @Test
    void unknownNamesGiveHstrerrorAndGaiStrerrorTexts(@TempDir Path dir) throws Exception {
        assumeRoot();
        ChildJvm.Result r = isolated(dir, "lookups");
        assertEquals("", r.err());
        assertEquals(String.join("\n",
                "gethostbyname: " + HOST_NOT_FOUND + " Unknown host",
                "getaddrinfo: " + EAI_NONAME + " Name or service not known",
                "getnameinfo: 192.0.2.1",
                "getnameinfo NI_NAMEREQD: " + EAI_NONAME + " Name or service not known",
                "host_serv: null",
                "canonical: canonical.test",
                ""), r.out());
        assertEquals(0, r.status());
    }

    @Test
    void tcpConnectUnknownHostEndsWithTheBooksMessage(@TempDir Path dir) throws Exception {
        assumeRoot();
        ChildJvm.Result r = isolated(dir, "tcp_connect", "no-such-host.test", "daytime");
        assertEquals("tcp_connect error for no-such-host.test, daytime: Name or service not known\n", r.err());
        assertEquals(1, r.status());
    }

    /** Section 11.9: tcp_connect tries each address in turn until one accepts. */
    @Test
    void tcpConnectTriesEachAddressOfTheName(@TempDir Path dir) throws Exception {
        assumeRoot();
        ChildJvm.Result r = isolated(dir, "tcp_connect-tries-each", "multi.test");
        assertEquals("", r.err());
        assertEquals(0, r.status());
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("2 answers, listening on (127\\.0\\.0\\.[23]\\.\\d+), connected to (\\S+)\n").matcher(r.out());
        assertEquals(true, m.matches(), r.out());
        assertEquals(m.group(1), m.group(2), "the first address was refused, the second accepted");
    }
}
