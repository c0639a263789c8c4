package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.testkit.Need;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, item 3: when native code cannot be loaded, a program says in one line what is
 * missing and what to do, and exits with status 1: no Java class name, no stack trace. Each
 * case is made for real: the jffi native jar left off the class path, the stub extracted into
 * a directory mounted noexec (a private mount namespace), and a Java 22+ JVM that denies
 * native access.
 */
@Timeout(120)
class NativeUnavailableTest {
    private static final Path TARGET = Programs.root().resolve("unp-examples/target");

    private static List<String> classPath(boolean withNativeStub) throws IOException {
        List<String> cp = new ArrayList<>();
        cp.add(TARGET.resolve("unp-examples.jar").toString());
        for (String e : Files.readString(TARGET.resolve("classpath.txt")).trim().split(":")) {
            if (withNativeStub || !e.matches(".*jffi-[0-9.]+-native\\.jar")) {
                cp.add(TARGET.resolve(e).toString());
            }
        }
        return cp;
    }

    private record Run(int exit, String stdout, String stderr) {}

    private static Run run(List<String> command, Path cwd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().remove("UNP_DEBUG");
        Process p = pb.start();
        p.getOutputStream().close();
        try {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running: " + command);
            return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1),
                    new String(p.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1));
        } finally {
            p.destroyForcibly();
        }
    }

    private static List<String> java(Path javaHome, List<String> options, List<String> cp, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaHome.resolve("bin/java").toString());
        cmd.add("-Xshare:auto");
        if (javaHome.equals(thisJava()) && Runtime.version().feature() >= 22
                && options.stream().noneMatch(o -> o.startsWith("--illegal-native-access"))) {
            // as the launcher: without these, Java 22+ prints its own warnings when jffi loads
            cmd.add("--enable-native-access=ALL-UNNAMED");
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.addAll(options);
        cmd.add("-cp");
        cmd.add(String.join(":", cp));
        cmd.add("io.unp.examples.Main");
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static Path thisJava() {
        return Path.of(System.getProperty("java.home"));
    }

    private static void assertOneCleanLine(Run r, String program, String expectedPart) {
        assertEquals(1, r.exit(), r.toString());
        assertEquals("", r.stdout(), r.toString());
        String[] lines = r.stderr().split("\n");
        assertEquals(1, lines.length, "one line: " + r.stderr());
        assertTrue(lines[0].startsWith(program + ": "), r.stderr());
        assertTrue(lines[0].contains(expectedPart), r.stderr());
        assertFalse(lines[0].matches(".*\\b(java|jnr|com\\.kenai|io\\.unp)\\.[a-z]+\\.[A-Za-z].*"),
                "a Java class name: " + r.stderr());
        assertFalse(r.stderr().contains("Exception") || r.stderr().contains("\tat "), r.stderr());
    }

    @Test
    void aMissingNativeStubIsOneLineNamingTheJarToAdd(@TempDir Path dir) throws Exception {
        Run r = run(java(thisJava(), List.of(), classPath(false), "intro/daytimetcpcli", "127.0.0.1"), dir);
        assertOneCleanLine(r, "intro/daytimetcpcli", "jffi has no native stub (libjffi) for");
        assertTrue(r.stderr().contains("put the jffi native jar for this platform on the class path"), r.stderr());
    }

    @Test
    void aNoexecExtractDirectoryIsNamedWithTheFix(@TempDir Path dir) throws Exception {
        Path noexec = dir.resolve("noexec");
        Files.createDirectories(noexec);
        Need.root("mounting a noexec tmpfs in a private mount namespace");
        List<String> inner = java(thisJava(), List.of("-Djava.io.tmpdir=" + noexec), classPath(true),
                "intro/daytimetcpcli", "127.0.0.1");
        String script = "mount -t tmpfs -o noexec tmpfs \"$1\" && cd \"$1\" && shift && exec \"$@\"";
        List<String> cmd = new ArrayList<>(List.of("unshare", "-m", "--propagation", "private", "sh", "-c", script, "sh",
                noexec.toString()));
        cmd.addAll(inner);
        Run r = run(cmd, dir);
        assertOneCleanLine(r, "intro/daytimetcpcli", "is mounted noexec");
        assertTrue(r.stderr().contains("(" + noexec + ")") && r.stderr().contains("-Djffi.extract.dir=DIR"), r.stderr());
    }

    @Test
    void aJvmThatDeniesNativeAccessSaysWhichFlagToGive(@TempDir Path dir) throws Exception {
        Path java25 = Path.of(System.getenv().getOrDefault("JAVA25_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        Need.that(Files.isExecutable(java25.resolve("bin/java")), "needs a Java 22+ JDK at " + java25 + " (JAVA25_HOME)");
        Run r = run(java(java25, List.of("--illegal-native-access=deny", "--sun-misc-unsafe-memory-access=allow"),
                classPath(true), "intro/daytimetcpcli", "127.0.0.1"), dir);
        assertOneCleanLine(r, "intro/daytimetcpcli", "native access is denied in this JVM");
        assertTrue(r.stderr().contains("--enable-native-access=ALL-UNNAMED"), r.stderr());
    }

    @Test
    void aLibraryUserCanCatchTheDocumentedException(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("Probe.java");
        Files.writeString(src, String.join("\n",
                "import io.unp.abi.NativeUnavailableException;",
                "public class Probe {",
                "  public static void main(String[] a) {",
                "    for (int i = 0; i < 2; i++) {",
                "      try { io.unp.sys.Sys.getpid(); System.out.println(\"loaded\"); }",
                "      catch (NativeUnavailableException e) { System.out.println(\"caught: \" + e.getMessage()); }",
                "    }",
                "  }",
                "}"));
        List<String> cp = classPath(false);
        List<String> cmd = new ArrayList<>(List.of(thisJava().resolve("bin/java").toString(), "-cp", String.join(":", cp),
                src.toString()));
        Run r = run(cmd, dir);
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.stdout().lines().collect(Collectors.toList());
        assertEquals(2, lines.size(), r.toString());
        for (String line : lines) {
            assertTrue(line.startsWith("caught: jffi has no native stub"), r.toString());
        }
    }

    @Test
    void theClassPathReallyLacksTheStubInTheseRuns() throws IOException {
        try (Stream<String> s = classPath(false).stream()) {
            assertTrue(s.noneMatch(e -> e.endsWith("-native.jar")));
        }
        assertTrue(classPath(true).stream().anyMatch(e -> e.endsWith("-native.jar")));
    }
}
