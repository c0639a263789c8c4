package io.unp.tests;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The python3 peers of chapter 15's tests (src/test/resources/io/unp/tests/ch15) and namespace set-up. */
final class Chapter15Peers {
    private Chapter15Peers() {}

    static final Duration START = Duration.ofSeconds(20);

    static String script(String name) {
        try {
            return Path.of(Chapter15Peers.class.getResource("ch15/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a python3 script of ch15/ in {@code ns}; waits for {@code waitFor} on its output (null: don't). */
    static Programs.Proc python(NetNs ns, String waitFor, String name, String... args) throws InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", script(name)));
        cmd.addAll(Arrays.asList(args));
        Programs.Proc p = ns.startCommand(cmd.toArray(new String[0]));
        if (waitFor != null && !p.awaitStdout(waitFor, START)) {
            throw new AssertionError(name + " did not print '" + waitFor + "'\n--- stdout\n" + p.stdoutSoFar()
                    + "--- stderr\n" + p.stderrSoFar());
        }
        return p;
    }

    /** Runs a command inside {@code ns}; fails unless it exits 0. */
    static Programs.Result must(NetNs ns, String... command) {
        Programs.Result r = ns.runCommand(Duration.ofSeconds(20), null, command);
        if (r.exit() != 0) {
            throw new AssertionError(String.join(" ", command) + ": " + r);
        }
        return r;
    }

    /**
     * Makes every TCP socket of {@code ns} small: send and receive buffers of 8 KiB that do not
     * grow (net.ipv4.tcp_wmem / tcp_rmem are per namespace). With the slow echo server this is
     * a narrow path: the client's writes fill the socket send buffer long before the file ends.
     */
    static void narrowBuffers(NetNs ns) {
        must(ns, "sysctl", "-q", "-w", "net.ipv4.tcp_wmem=4096 8192 8192", "net.ipv4.tcp_rmem=4096 8192 8192");
    }

    /** Wall-clock milliseconds since {@code start} ({@link System#nanoTime()}). */
    static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
