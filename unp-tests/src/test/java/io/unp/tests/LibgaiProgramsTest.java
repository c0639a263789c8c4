package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * libgai/testga and libgai/test1 as a user runs them: the book's getaddrinfo and getnameinfo
 * (section 11.16) by default, the C library's with {@code testga -L}.
 *
 * <p>Each test runs in a private network namespace whose {@code /etc/hosts} the test writes
 * (through {@code ip netns exec}'s {@code /etc/netns/<name>/} files) and whose resolver points at
 * 127.0.0.1, where nothing answers: names come from the test's hosts file only, and a lookup
 * that reaches for DNS fails at once on loopback without leaving the namespace.
 */
class LibgaiProgramsTest {
    private static final Duration RUN = Duration.ofSeconds(30);

    private static final String HOSTS = String.join("\n",
            "127.0.0.1\tlocalhost",
            "::1\tlocalhost ip6-localhost",
            "127.0.0.2\tmulti.unp.test multi",
            "127.0.0.3\tmulti.unp.test multi",
            "fd00::2\tmulti.unp.test multi",
            "127.0.0.9\tv4only.unp.test v4only",
            "");

    /** A namespace with the test's hosts file and a resolver that answers nothing. */
    private static final class Names implements AutoCloseable {
        final NetNs ns = NetNs.create();
        final Path etc = Path.of("/etc/netns", ns.name());

        Names() {
            try {
                Files.createDirectories(etc);
                Files.writeString(etc.resolve("hosts"), HOSTS);
                Files.writeString(etc.resolve("resolv.conf"), "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n");
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(e);
            }
        }

        Programs.Result run(String program, String... args) {
            return ns.run(RUN, null, program, args);
        }

        Programs.Result testga(String... args) {
            return run("libgai/testga", args);
        }

        @Override
        public void close() {
            ns.close();
            try {
                Files.deleteIfExists(etc.resolve("hosts"));
                Files.deleteIfExists(etc.resolve("resolv.conf"));
                Files.deleteIfExists(etc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Programs.Result ok(Programs.Result r) {
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.stderr(), r.toString());
        return r;
    }

    /**
     * The answers testga printed, as "family socktype protocol address" lines; the book's
     * protocol 0 is written as the protocol glibc picks for the socket type, and glibc's extra
     * SOCK_RAW answers (made when no socket type is asked for) are left out.
     */
    private static Set<String> answers(Programs.Result r, boolean book) {
        Set<String> out = new LinkedHashSet<>();
        String socket = null;
        for (String line : r.stdout().split("\n")) {
            if (line.startsWith("socket(")) {
                socket = line.substring("socket(".length(), line.indexOf(')'));
            } else if (line.startsWith("\taddress: ") && socket != null) {
                String[] f = socket.split(", ");
                if (!book && f[1].equals("SOCK_RAW")) {
                    continue;
                }
                String proto = !book ? f[2] : f[1].equals("SOCK_STREAM") ? "6" : f[1].equals("SOCK_DGRAM") ? "17" : "0";
                out.add(f[0] + " " + f[1] + " " + proto + " " + line.substring("\taddress: ".length()));
            }
        }
        return out;
    }

    @Test
    @Timeout(120)
    void theBooksGetaddrinfoAnswersAsGlibcsForNamesOfTheHostsFile() {
        try (Names n = new Names()) {
            String[][] inputs = {
                {"-h", "localhost", "-s", "daytime"},
                {"-h", "multi", "-s", "echo"},
                {"-h", "multi", "-f", "inet6", "-s", "13", "-t", "stream"},
                {"-h", "multi", "-f", "inet", "-s", "9877", "-t", "dgram"},
                {"-h", "::1", "-s", "9877"},
                {"-h", "127.0.0.1", "-s", "echo", "-t", "stream"},
                {"-p", "-s", "9877"},
                {"-s", "daytime"},
            };
            for (String[] in : inputs) {
                Set<String> book = answers(ok(n.testga(in)), true);
                List<String> libcArgs = new ArrayList<>(List.of("-L"));
                libcArgs.addAll(List.of(in));
                Set<String> libc = answers(ok(n.testga(libcArgs.toArray(String[]::new))), false);
                assertTrue(!book.isEmpty(), String.join(" ", in));
                assertEquals(libc, book, String.join(" ", in));
            }
        }
    }

    @Test
    @Timeout(60)
    void twoAddressesAndTwoProtocolsGiveFourAnswersIpv6FirstWithTheCanonicalName() {
        try (Names n = new Names()) {
            assertEquals(String.join("\n",
                    "host = multi",
                    "serv = echo",
                    "",
                    "socket(AF_INET6, SOCK_STREAM, 0), ai_canonname = multi.unp.test",
                    "\taddress: fd00::2.7",
                    "\tgetnameinfo: host = multi.unp.test, serv = echo",
                    "",
                    "socket(AF_INET6, SOCK_DGRAM, 0)",
                    "\taddress: fd00::2.7",
                    "\tgetnameinfo: host = multi.unp.test, serv = echo",
                    "",
                    "socket(AF_INET, SOCK_STREAM, 0)",
                    "\taddress: 127.0.0.2.7",
                    "\tgetnameinfo: host = multi.unp.test, serv = echo",
                    "",
                    "socket(AF_INET, SOCK_DGRAM, 0)",
                    "\taddress: 127.0.0.2.7",
                    "\tgetnameinfo: host = multi.unp.test, serv = echo",
                    "",
                    "socket(AF_INET, SOCK_STREAM, 0)",
                    "\taddress: 127.0.0.3.7",
                    "\tgetnameinfo: host = multi.unp.test, serv = echo",
                    "",
                    "socket(AF_INET, SOCK_DGRAM, 0)",
                    "\taddress: 127.0.0.3.7",
                    "\tgetnameinfo: host = multi.unp.test, serv = echo",
                    ""), ok(n.testga("-v", "-c", "-h", "multi", "-s", "echo")).stdout());
        }
    }

    @Test
    @Timeout(60)
    void getnameinfoMapsIpv6LoopbackBackToLocalhostInBoth() {
        try (Names n = new Names()) {
            String expected = "\tgetnameinfo: host = localhost, serv = daytime\n";
            assertTrue(ok(n.testga("-v", "-h", "::1", "-s", "13", "-t", "stream")).stdout().endsWith(expected));
            assertTrue(ok(n.testga("-L", "-v", "-h", "::1", "-s", "13", "-t", "stream")).stdout().endsWith(expected));
        }
    }

    @Test
    @Timeout(60)
    void anIpv4OnlyNameAskedInIpv6IsMappedByTheBookAndRefusedByGlibc() {
        try (Names n = new Names()) {
            assertEquals("\nsocket(AF_INET6, SOCK_STREAM, 0), ai_canonname = v4only.unp.test\n\taddress: ::ffff:127.0.0.9.13\n",
                    ok(n.testga("-c", "-f", "inet6", "-h", "v4only", "-s", "13", "-t", "stream")).stdout());
            Programs.Result libc = n.testga("-L", "-f", "inet6", "-h", "v4only", "-s", "13", "-t", "stream");
            assertEquals(1, libc.exit(), libc.toString());
            assertTrue(libc.stdout().startsWith("getaddrinfo return code = "), libc.toString());
        }
    }

    @Test
    @Timeout(60)
    void noServiceGivesOneAnswerOfSocketTypeZeroWhoseSocketCallFails() {
        try (Names n = new Names()) {
            assertEquals("\nsocket(AF_INET, <unknown socktype>, 0)\n\taddress: 127.0.0.1\ncall to socket() failed!\n",
                    ok(n.testga("-h", "127.0.0.1")).stdout());
        }
    }

    @Test
    @Timeout(60)
    void errorsPrintTheCodeAndTheTextOfTheImplementationInUse() {
        try (Names n = new Names()) {
            Programs.Result book = n.testga("-h", "::1", "-f", "inet");
            assertEquals(1, book.exit());
            assertEquals("getaddrinfo return code = -9 (address family for host not supported)\n", book.stdout());
            Programs.Result libc = n.testga("-L", "-h", "::1", "-f", "inet");
            assertEquals(1, libc.exit());
            assertEquals("getaddrinfo return code = -9 (Address family for hostname not supported)\n", libc.stdout());
            Programs.Result raw = n.testga("-h", "127.0.0.1", "-s", "echo", "-t", "raw");
            assertEquals("getaddrinfo return code = -8 (service not supported for socket type)\n", raw.stdout());
        }
    }

    @Test
    @Timeout(60)
    void theErrorTestPassesWithTheBooksCodeAndStopsAtTheFirstDifferenceWithGlibcs() {
        try (Names n = new Names()) {
            assertEquals("", ok(n.testga("-e")).stdout());
            Programs.Result libc = n.testga("-L", "-e");
            assertEquals(2, libc.exit(), libc.toString());
            // glibc asks the (silent) name server about the made-up name: "try again", not "no such name"
            assertEquals(String.join("\n",
                    "expected return = -2 (Name or service not known),",
                    "actual return = -3 (Temporary failure in name resolution)",
                    "  host = lkjjkhjhghgfgfd",
                    "  flags = 0, family = <unknown family>, socktype = <unknown socktype>, protocol = 0",
                    ""), libc.stdout());
        }
    }

    @Test
    @Timeout(60)
    void unixDomainPathsWithTheHostSlashLocal() {
        try (Names n = new Names()) {
            String path = "/tmp/unp-gai-" + ProcessHandle.current().pid(); // testga keeps 31 characters of -s
            String node = ok(n.ns.runCommand(RUN, null, "uname", "-n")).stdout().trim();
            assertEquals(String.join("\n",
                    "host = /local",
                    "serv = " + path,
                    "",
                    "socket(AF_LOCAL, SOCK_STREAM, 0), ai_canonname = " + node,
                    "\taddress: " + path,
                    "\tgetnameinfo: host = /local, serv = " + path,
                    "",
                    "socket(AF_LOCAL, SOCK_DGRAM, 0)",
                    "\taddress: " + path,
                    "\tgetnameinfo: host = /local, serv = " + path,
                    ""), ok(n.testga("-v", "-c", "-h", "/local", "-s", path)).stdout());

            String longPath = "/tmp/" + "x".repeat(40);
            assertEquals("\nsocket(AF_LOCAL, SOCK_STREAM, 0)\n\taddress: " + longPath.substring(0, 31) + "\n",
                    ok(n.testga("-h", "/unix", "-t", "stream", "-s", longPath)).stdout(), "serv[NI_MAXSERV]");

            Programs.Result other = n.testga("-f", "unix", "-h", "localhost", "-s", path);
            assertEquals(1, other.exit());
            assertEquals("nsearch = 0\n", other.stderr());
        }
    }

    @Test
    @Timeout(60)
    void loopCountPrintsEveryThousandth() {
        try (Names n = new Names()) {
            String out = ok(n.testga("-h", "127.0.0.1", "-s", "9877", "-t", "stream", "-l", "2000")).stdout();
            assertEquals("\nsocket(AF_INET, SOCK_STREAM, 0)\n\taddress: 127.0.0.1.9877\n 1000 2000", out);
        }
    }

    @Test
    @Timeout(60)
    void usageMessages() {
        try (Names n = new Names()) {
            Programs.Result none = n.testga();
            assertEquals(1, none.exit());
            assertTrue(none.stdout().startsWith("usage: testaddrinfo [ options ]\n"), none.toString());
            assertTrue(none.stdout().endsWith("  without -e, one or both of <host> and <service> must be specified.\n"));
            assertTrue(n.testga("-t", "stream", "-x").stdout().endsWith("specified.\nunrecognized option\n"));
            assertTrue(n.testga("-t", "packets").stdout().endsWith("specified.\ninvalid -f option\n"));
            assertTrue(n.testga("-f", "appletalk").stdout().endsWith("specified.\ninvalid -f option\n"));
            assertTrue(n.testga("-r", "tcp").stdout().endsWith("specified.\n-r option not yet implemented\n"));
            assertTrue(n.testga("-h").stdout().endsWith("specified.\nunrecognized option\n"), "missing argument");
        }
    }

    @Test
    @Timeout(60)
    void test1AsksGethostbyname2ForAnAddressStringInBothFamilies() {
        try (Names n = new Names()) {
            assertEquals("gethostbyname2(127.0.0.1, AF_INET): OK\ngethostbyname2(127.0.0.1, AF_INET6): failed\n",
                    ok(n.run("libgai/test1", "127.0.0.1")).stdout());
            assertEquals("gethostbyname2(::1, AF_INET): failed\ngethostbyname2(::1, AF_INET6): OK\n",
                    ok(n.run("libgai/test1", "::1")).stdout());
            Programs.Result usage = n.run("libgai/test1");
            assertEquals(1, usage.exit());
            assertEquals("usage: test2 <IPaddress>\n", usage.stderr());
        }
    }
}
