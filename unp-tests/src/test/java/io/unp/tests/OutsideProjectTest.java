package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unp.testkit.Need;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * unp-lib as a library user gets it: docs/example, a separate Maven project that declares only
 * the unp-lib dependency README shows, is built offline against the artifact that
 * {@code ./mvnw install} put in the local repository, and run against a plain JDK server.
 */
class OutsideProjectTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(300)
    void separateMavenProjectBuildsAgainstInstalledUnpLibAndRuns() throws Exception {
        Path home = Path.of(System.getProperty("user.home"), ".m2/repository/io/unp/unp-lib/0.1.0-SNAPSHOT");
        Need.that(Files.isDirectory(home), "needs unp-lib in the local Maven repository: run ./mvnw install");
        copyTree(Programs.root().resolve("docs/example"), dir);

        Programs.Result build = Programs.runCommand(Duration.ofSeconds(240), null,
                Programs.root().resolve("mvnw").toString(), "-o", "-q", "-B", "-f", dir.resolve("pom.xml").toString(),
                "package", "dependency:build-classpath", "-Dmdep.outputFile=" + dir.resolve("cp.txt"));
        assertEquals(0, build.exit(), build.toString());

        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (Socket s = server.accept(); OutputStream out = s.getOutputStream()) {
                    out.write("hello from a JDK server\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the assertion below reports it
                }
            });
            t.start();
            String cp = dir.resolve("target/classes") + ":" + Files.readString(dir.resolve("cp.txt")).trim();
            Programs.Result run = Programs.runCommand(Duration.ofSeconds(60), null,
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+IgnoreUnrecognizedVMOptions", "--enable-native-access=ALL-UNNAMED",
                    "--sun-misc-unsafe-memory-access=allow",
                    "-cp", cp, "example.FirstLine", "127.0.0.1", Integer.toString(server.getLocalPort()));
            t.join(10_000);
            assertEquals(0, run.exit(), run.toString());
            assertEquals("127.0.0.1." + server.getLocalPort() + ": hello from a JDK server\r\n", run.stdout());
            assertEquals("", run.stderr());
        }

        // and the library's one-line error when nothing listens
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String cp = dir.resolve("target/classes") + ":" + Files.readString(dir.resolve("cp.txt")).trim();
        Programs.Result refused = Programs.runCommand(Duration.ofSeconds(60), null,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+IgnoreUnrecognizedVMOptions", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "-cp", cp, "example.FirstLine", "127.0.0.1", Integer.toString(closedPort));
        assertEquals(1, refused.exit(), refused.toString());
        assertEquals("connect error: Connection refused\n", refused.stderr());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.toString().contains("/target/")) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
