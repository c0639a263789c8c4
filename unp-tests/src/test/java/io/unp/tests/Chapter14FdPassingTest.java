package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Descriptor passing beyond the book: 10,000 descriptors per round through write_fd/read_fd,
 * with no descriptor and no native memory left behind.
 */
class Chapter14FdPassingTest {
    private static final int PASSES = 10_000;
    private static final int ROUNDS = 8;
    /** Allowed growth of the resident size over the last rounds: less than 1 byte per pass. */
    private static final long SLACK_KB = 512;

    record Loop(long fdsBefore, long fdsAfter, long[] rssKb) {
        /** Growth from the end of the first measured round to the end of the last. */
        long growthKb() {
            return rssKb[rssKb.length - 1] - rssKb[1];
        }
    }

    /** Runs {@link FdPassLoop} in a JVM with a fixed, pre-touched heap. */
    static Loop run(Path file, int leakBytes) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+IgnoreUnrecognizedVMOptions", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Xms64m", "-Xmx64m", "-XX:+AlwaysPreTouch",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:MaxDirectMemorySize=1g",
                "-cp", System.getProperty("java.class.path"), FdPassLoop.class.getName(),
                file.toString(), Integer.toString(PASSES), Integer.toString(ROUNDS), Integer.toString(leakBytes)));
        Programs.Result r = Programs.runCommand(Duration.ofSeconds(240), null, cmd.toArray(new String[0]));
        assertEquals(0, r.exit(), r.toString());
        String[] lines = r.stdout().split("\n");
        String[] fds = lines[0].split(" ");
        long[] rss = Arrays.stream(lines[1].split(" ")).skip(1).mapToLong(Long::parseLong).toArray();
        return new Loop(Long.parseLong(fds[1]), Long.parseLong(fds[2]), rss);
    }

    @Test
    @Timeout(300)
    void tenThousandDescriptorsPerRoundLeakNeitherDescriptorsNorNativeMemory(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x");
        Files.writeString(f, "x");

        Loop clean = run(f, 0);
        System.out.println("fd passing, " + ROUNDS + " x " + PASSES + " passes: fds " + clean.fdsBefore() + " -> "
                + clean.fdsAfter() + ", rss kB " + Arrays.toString(clean.rssKb()));
        assertEquals(clean.fdsBefore(), clean.fdsAfter(), "descriptors open before and after");
        assertTrue(clean.growthKb() < SLACK_KB, "resident size grew by " + clean.growthKb() + " kB over "
                + (ROUNDS - 1) * PASSES + " passes: " + Arrays.toString(clean.rssKb()));

        // the measurement sees a leak of 32 bytes of native memory per pass
        Loop leaking = run(f, 32);
        System.out.println("with a 32-byte leak per pass: rss kB " + Arrays.toString(leaking.rssKb()));
        assertTrue(leaking.growthKb() > 2 * SLACK_KB, "a 32-byte leak per pass went unseen: "
                + Arrays.toString(leaking.rssKb()));
    }
}
