package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        for (String name : List.of("nosuchprogram", "intro/nosuchprogram", "nosuchdir/daytimetcpcli")) {
            Programs.Result r = unp(testJava(), name, "127.0.0.1");
            assertNotEquals(0, r.exit(), r.toString());
            assertEquals("", r.stdout(), r.toString());
            assertEquals("unp: unknown program '" + name + "' (scripts/unp list shows them all)\n", r.stderr(),
                    r.toString());
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
        Path table = dir.resolve("io/unp/examples/names/programs.tsv");
        Files.createDirectories(table.getParent());
        Files.writeString(table, "11\tnames/daytimetcpcli\tio.unp.examples.intro.DaytimeTcpCli\tstand-in\n",
                StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(Programs.javaCommand());
        int cp = cmd.indexOf("-cp") + 1;
        cmd.set(cp, cmd.get(cp) + ":" + dir);
        cmd.add("daytimetcpcli");
        Programs.Result r = Programs.runCommand(TIMEOUT, null, cmd.toArray(String[]::new));
        assertEquals(1, r.exit(), r.toString());
        assertEquals("unp: 'daytimetcpcli' is ambiguous: intro/daytimetcpcli names/daytimetcpcli\n", r.stderr(),
                r.toString());
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
        Assumptions.assumeTrue(Files.isExecutable(Path.of(javaHome, "bin", "java")), "no JDK at " + javaHome);
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
        Assumptions.assumeTrue(Files.isExecutable(Path.of(javaHome, "bin", "java")), "no JDK at " + javaHome);
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
        Assumptions.assumeFalse(archives.isEmpty(), "no archive was made for " + javaHome);
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
