package io.unp.tests;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The python3 peers of chapter 6's tests (src/test/resources/io/unp/tests/ch6) and how to start them. */
final class Chapter06Peers {
    private Chapter06Peers() {}

    static final Duration START = Duration.ofSeconds(20);

    /** The path of a python3 script under ch6/. */
    static String script(String name) {
        try {
            return Path.of(Chapter06Peers.class.getResource("ch6/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a python3 script in {@code ns} and, if it is a server, waits for its "ready". */
    static Programs.Proc python(NetNs ns, boolean server, String name, String... args) throws InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", script(name)));
        cmd.addAll(Arrays.asList(args));
        Programs.Proc p = ns.startCommand(cmd.toArray(new String[0]));
        if (server && !p.awaitStdout("ready", START)) {
            throw new AssertionError(name + " did not start\n" + p.stderrSoFar());
        }
        return p;
    }

    /** Runs a python3 script in {@code ns} to completion. */
    static Programs.Result runPython(NetNs ns, Duration timeout, String name, String... args) {
        List<String> cmd = new ArrayList<>(List.of("python3", script(name)));
        cmd.addAll(Arrays.asList(args));
        return ns.runCommand(timeout, null, cmd.toArray(new String[0]));
    }

    /**
     * Starts a book program in {@code ns} with standard input redirected from {@code file} by
     * the shell, as {@code tcpcli01 127.0.0.1 < file} (a regular file, not a pipe).
     */
    static Programs.Proc startWithInputFile(NetNs ns, Path file, String program, String... args) {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "f=$1; shift; exec \"$@\" < \"$f\"", "sh",
                file.toString()));
        cmd.addAll(Programs.javaCommand(program));
        cmd.add(program);
        cmd.addAll(Arrays.asList(args));
        return ns.startCommand(cmd.toArray(new String[0]));
    }

    /** Starts a server program and waits until it listens on {@code port}. */
    static Programs.Proc server(NetNs ns, String program, int port) {
        Programs.Proc srv = ns.start(program);
        ns.awaitListening(srv, port, START);
        return srv;
    }
}
