package io.unp.tests;

import io.unp.testkit.Need;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.lib.JvmOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code scripts/unp}, the way a reader uses it: list the programs, run one by {@code dir/program}
 * or by a unique bare name, get one clear line for a name that does not exist, and see nothing
 * but the program's own output. The tests set {@code UNP_NO_BUILD=1}: the build under test is
 * the one Maven just packaged, and the launcher must not start another.
 */
class LauncherTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern DAYTIME =
            Pattern.compile("[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\r\n");
    private static final String JAVA25 = "/usr/lib/jvm/temurin-25-jdk-amd64";

    private static String unp() {
        return Programs.root().resolve("scripts/unp").toString();
    }

    /** Runs scripts/unp with {@code args} on the JDK at {@code javaHome}, never building. */
    private static Programs.Result unp(String javaHome, String... args) {
        List<String> cmd = new ArrayList<>(List.of("env", "UNP_NO_BUILD=1", "JAVA_HOME=" + javaHome, unp()));
        cmd.addAll(List.of(args));
        return Programs.runCommand(TIMEOUT, null, cmd.toArray(String[]::new));
    }

    private static String testJava() {
        return System.getProperty("java.home");
    }

    private static void assertNoStackTrace(Programs.Result r) {
        assertTrue(!r.stderr().contains("Exception") && !r.stderr().contains("\tat "), r.toString());
    }

    @Test
    @Timeout(60)
    void listShowsChapterKeyAndDescriptionOfEachProgram() {
        Programs.Result r = unp(testJava(), "list");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.stderr(), r.toString());
        List<String> lines = r.stdout().lines().toList();
        assertTrue(lines.get(0).matches("CHAPTER +PROGRAM +DESCRIPTION"), "a header first: " + lines.get(0));
        String row = lines.stream().filter(l -> l.contains(" intro/daytimetcpcli ")).findFirst().orElseThrow();
        assertEquals(lines.get(0).indexOf("PROGRAM"), row.indexOf("intro/daytimetcpcli"), "columns line up: " + row);
        assertEquals(lines.get(0).indexOf("DESCRIPTION"), row.indexOf("TCP daytime client"), "columns line up: " + row);
        lines = lines.subList(1, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.matches("1 +intro/daytimetcpcli +TCP daytime client.*\\(fig\\. 1\\.5\\)")),
                r.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("5 +tcpcliserv/tcpserv01 +\\S.*\\(fig\\. 5\\.2\\)")),
                r.toString());
        // chapter (as in the book's inventory: "5", "9,11", "4,App. C"), dir/program, description
        assertTrue(lines.stream().allMatch(l -> l.matches("\\d[\\d,]*(?:App\\. C)? +[a-z0-9]+/\\S+ +\\S.*")),
                r.toString());
    }

    @Test
    @Timeout(60)
    void unknownProgramGetsOneLineAndFailureStatus() {
        for (String name : List.of("nosuchprogram", "intro/nosuchprogram", "nosuchdir/nosuchprogram")) {
            Programs.Result r = unp(testJava(), name, "127.0.0.1");
            assertNotEquals(0, r.exit(), r.toString());
            assertEquals("", r.stdout(), r.toString());
            assertEquals("unp: unknown program '" + name + "' (scripts/unp list shows them all)\n", r.stderr(),
                    r.toString());
        }
    }

    /** A typo gets the programs nearest to it by edit distance, keys and bare names alike. */
    @Test
    @Timeout(60)
    void typoGetsTheClosestProgramsOnOneLine() {
        // every directory's daytimetcpcli is as close to these typos as the others
        String all = "intro/daytimetcpcli, names/daytimetcpcli, advio/daytimetcpcli, unixdomain/daytimetcpcli,"
                + " nonblock/daytimetcpcli";
        String[][] cases = {
            {"daytimetcpclj", all},
            {"nosuchdir/daytimetcpcli", all},
            {"intor/daytimetcpcli", all},
            {"tcpservpol01", "tcpcliserv/tcpservpoll01"},
            {"tcpcliserv/tcpserv1", "tcpcliserv/tcpserv01"},
        };
        for (String[] c : cases) {
            Programs.Result r = unp(testJava(), c[0], "127.0.0.1");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("", r.stdout(), r.toString());
            assertEquals("unp: unknown program '" + c[0] + "'; did you mean " + c[1]
                    + "? (scripts/unp list shows them all)\n", r.stderr(), r.toString());
        }
    }

    /** -h, --help and help print the usage and succeed, without a JVM (a JAVA_HOME that does not exist is fine). */
    @Test
    @Timeout(60)
    void helpPrintsUsageOnStandardOutputAndSucceeds() {
        for (String h : List.of("-h", "--help", "help")) {
            Programs.Result r = unp("/nonexistent-jdk", h);
            assertEquals(0, r.exit(), r.toString());
            assertEquals("", r.stderr(), r.toString());
            assertTrue(r.stdout().startsWith("usage: unp list | unp help | unp <dir/program | program> [args...]\n"),
                    r.toString());
            assertTrue(r.stdout().contains("UNP_NO_BUILD=1"), r.toString());
        }
    }

    /** No arguments at all is a usage error: the usage on standard error, status 2. */
    @Test
    @Timeout(60)
    void noArgumentsPrintsUsageOnStandardErrorWithStatusTwo() {
        Programs.Result r = unp("/nonexistent-jdk");
        assertEquals(2, r.exit(), r.toString());
        assertEquals("", r.stdout(), r.toString());
        assertTrue(r.stderr().startsWith("usage: unp list | unp help | unp <dir/program | program> [args...]\n"),
                r.toString());
        // The same from Main itself, for whoever runs it with java directly.
        List<String> cmd = new ArrayList<>(Programs.javaCommand());
        Programs.Result direct = Programs.runCommand(TIMEOUT, null, cmd.toArray(String[]::new));
        assertEquals(2, direct.exit(), direct.toString());
        assertEquals("usage: unp list | unp help | unp <dir/program | program> [args...]\n", direct.stderr());
    }

    /**
     * scripts/unp and io.unp.lib.JvmOptions read the one table of JVM options alike: the options
     * scripts/unp passes for a client and for a server are the table's for that kind, in order,
     * followed only by the launcher's own (libjffi's path, the archive). Servers get the JIT's
     * default tiers, clients C1 only.
     */
    @ParameterizedTest
    @MethodSource("javaHomes")
    @Timeout(120)
    void launcherAndJvmOptionsAgreeOnTheTableForClientsAndServers(String javaHome) throws IOException {
        Need.that(Files.isExecutable(Path.of(javaHome, "bin", "java")), "no JDK at " + javaHome);
        int feature = feature(javaHome);
        for (String[] c : new String[][] {{"intro/daytimetcpcli", "CLIENT"}, {"daytimetcpcliv6", "CLIENT"},
                {"tcpcliserv/tcpservpoll01", "SERVER"}, {"tcpservpoll01", "SERVER"}, {"intro/daytimetcpsrv", "SERVER"},
                {"nosuchprogram", "CLIENT"}}) {
            List<String> cmd = javaCommandOf(javaHome, c[0]);
            List<String> expected = JvmOptions.of(feature, JvmOptions.Role.valueOf(c[1]), true);
            assertEquals(expected, cmd.subList(1, 1 + expected.size()), c[0] + ": " + cmd);
            for (String rest : cmd.subList(1 + expected.size(), cmd.indexOf("-cp"))) {
                assertTrue(rest.startsWith("-Djffi.boot.library.path=") || rest.startsWith("-XX:SharedArchiveFile=")
                        || rest.startsWith("-XX:AOTCache=") || rest.startsWith("-Dunp.main="),
                        c[0] + ": not the launcher's own: " + rest);
            }
            // a dir/program key names its class for Main (-Dunp.main=key=class); a bare name does not
            boolean named = cmd.stream().anyMatch(o -> o.startsWith("-Dunp.main=" + c[0] + "=io.unp.examples."));
            assertEquals(c[0].contains("/"), named, c[0] + ": " + cmd);
            assertEquals("io.unp.examples.Main", cmd.get(cmd.size() - 1));
            assertEquals(c[1].equals("CLIENT"), cmd.contains("-XX:TieredStopAtLevel=1"), c[0] + ": " + cmd);
        }
    }

    private static int feature(String javaHome) throws IOException {
        for (String line : Files.readAllLines(Path.of(javaHome, "release"))) {
            if (line.startsWith("JAVA_VERSION=")) {
                return Integer.parseInt(line.replaceAll("^JAVA_VERSION=\"?(\\d+).*", "$1"));
            }
        }
        throw new IllegalStateException("no JAVA_VERSION in " + javaHome + "/release");
    }

    private static List<String> javaCommandOf(String javaHome, String program) {
        Programs.Result r = unp(javaHome, "--java-command", program);
        assertEquals(0, r.exit(), r.toString());
        return List.of(r.stdout().split("\0"));
    }

    /**
     * The tests run a program with exactly the command line scripts/unp runs: the same options
     * and archive, for a server as for a client (read back from /proc/PID/cmdline).
     */
    @Test
    @Timeout(120)
    void testsRunProgramsWithTheLaunchersCommandLine() throws IOException {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc viaLauncher = ns.startCommand("env", "UNP_NO_BUILD=1", "JAVA_HOME=" + testJava(), unp(),
                    "tcpcliserv/tcpserv01");
            ns.awaitListening(viaLauncher, 9877, Duration.ofSeconds(30));
            List<String> launched = ProcCmdline.of(viaLauncher.pid());
            viaLauncher.close();
            Programs.Proc viaTests = ns.start("tcpcliserv/tcpserv01");
            ns.awaitListening(viaTests, 9877, Duration.ofSeconds(30));
            List<String> tested = ProcCmdline.of(viaTests.pid());
            viaTests.close();
            assertEquals(launched, tested);
            assertTrue(launched.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-XX:AOTCache=")),
                    "with the archive: " + launched);
        }
    }

    @Test
    @Timeout(60)
    void bareNameRunsTheOnlyProgramOfThatName() {
        // No server needed: the program's own usage message shows which program ran.
        // (daytimetcpcli itself is in intro/ and names/ now: see the next test)
        Programs.Result r = unp(testJava(), "daytimetcpcliv6");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("usage: a.out <IPaddress>\n", r.stderr(), r.toString());
        assertNoStackTrace(r);
    }

    /**
     * A bare name that two directories share (daytimetcpcli will be in intro/ and names/) names
     * them both. Until names/ exists, a table for it on the class path after the jar stands in.
     */
    @Test
    @Timeout(60)
    void ambiguousBareNameListsEveryMatch(@TempDir Path dir) throws IOException {
        // daytimetcpcli is in five of the book's directories; list says which
        List<String> listCmd = new ArrayList<>(Programs.javaCommand());
        listCmd.add("list");
        Programs.Result list = Programs.runCommand(TIMEOUT, null, listCmd.toArray(String[]::new));
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (String line : list.stdout().split("\n")) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length > 1 && cols[1].endsWith("/daytimetcpcli")) {
                expected.add(cols[1]);
            }
        }
        assertTrue(expected.size() >= 2, list.toString());
        List<String> cmd = new ArrayList<>(Programs.javaCommand());
        cmd.add("daytimetcpcli");
        Programs.Result r = Programs.runCommand(TIMEOUT, null, cmd.toArray(String[]::new));
        assertEquals(1, r.exit(), r.toString());
        String prefix = "unp: 'daytimetcpcli' is ambiguous: ";
        assertTrue(r.stderr().startsWith(prefix) && r.stderr().endsWith("\n") && r.stderr().indexOf('\n') == r.stderr().length() - 1,
                r.toString());
        java.util.Set<String> named = new java.util.TreeSet<>(List.of(r.stderr().substring(prefix.length()).trim().split(" ")));
        assertEquals(expected, named, r.toString());
        assertEquals("", r.stdout(), r.toString());
    }

    @Test
    @Timeout(60)
    void worksThroughASymlinkFromAnyDirectory(@TempDir Path dir) throws IOException {
        Path link = dir.resolve("unp");
        Files.createSymbolicLink(link, Path.of(unp()));
        Programs.Result r;
        try {
            r = Programs.runCommand(TIMEOUT, null, "bash", "-c",
                    "cd / && UNP_NO_BUILD=1 JAVA_HOME=\"$1\" \"$2\" list", "bash", testJava(), link.toString());
        } finally {
            Files.delete(link);
        }
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.stdout().contains("intro/daytimetcpcli"), r.toString());
        assertEquals("", r.stderr(), r.toString());
    }

    private static Path saved(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".saved");
    }

    static Stream<String> javaHomes() {
        return Stream.of(testJava(), JAVA25).distinct();
    }

    /** The program's output and nothing else: no JVM warning, no "restricted method" notice. */
    @ParameterizedTest
    @MethodSource("javaHomes")
    @Timeout(120)
    void programRunPrintsNoWarningLines(String javaHome) {
        Need.that(Files.isExecutable(Path.of(javaHome, "bin", "java")), "no JDK at " + javaHome);
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.start("intro/daytimetcpsrv");
            ns.awaitListening(server, 13, Duration.ofSeconds(20));
            // Twice: the first run may make this Java's class-data archive, the second uses it.
            for (int i = 0; i < 2; i++) {
                Programs.Result r = ns.runCommand(TIMEOUT, null, "env", "UNP_NO_BUILD=1", "JAVA_HOME=" + javaHome,
                        unp(), "intro/daytimetcpcli", "127.0.0.1");
                assertEquals(0, r.exit(), r.toString());
                assertTrue(DAYTIME.matcher(r.stdout()).matches(), r.toString());
                assertEquals("", r.stderr(), r.toString());
            }
        }
    }

    /** An archive that does not fit this JVM is skipped without a word. */
    @ParameterizedTest
    @MethodSource("javaHomes")
    @Timeout(120)
    void brokenArchiveIsSkippedSilently(String javaHome) throws IOException {
        Need.that(Files.isExecutable(Path.of(javaHome, "bin", "java")), "no JDK at " + javaHome);
        Programs.Result first = unp(javaHome, "list");
        assertEquals(0, first.exit(), first.toString());
        Path cache = Programs.root().resolve("unp-examples/target/launcher");
        String prefix = Path.of(javaHome).toRealPath().getFileName() + "-";
        List<Path> archives;
        try (Stream<Path> s = Files.list(cache)) {
            archives = s.filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot"))
                    .filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList();
        }
        Need.that(!archives.isEmpty(), "no archive was made for " + javaHome);
        try {
            for (Path a : archives) {
                Files.move(a, saved(a), StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(a, "not an archive");
            }
            Programs.Result r = unp(javaHome, "list");
            assertEquals(0, r.exit(), r.toString());
            assertEquals(first.stdout(), r.stdout(), r.toString());
            assertEquals("", r.stderr(), r.toString());
        } finally {
            for (Path a : archives) {
                if (Files.exists(saved(a))) {
                    Files.move(saved(a), a, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
