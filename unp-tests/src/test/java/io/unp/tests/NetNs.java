package io.unp.tests;

import io.unp.testkit.Need;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A private network namespace with only loopback, for tests of programs that bind fixed ports
 * (13, 9877): each test gets its own port space, so no earlier test's listener or TIME_WAIT
 * connection gets in the way, and nothing a test sends leaves the namespace. Needs root and
 * iproute2's {@code ip}; {@link #create()} skips the test with a message otherwise (fails it
 * under {@code UNP_REQUIRE_ALL_TESTS=1}, see {@link Need}).
 */
public final class NetNs implements AutoCloseable {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final String name;
    private final List<Programs.Proc> started = new ArrayList<>();

    private NetNs(String name) {
        this.name = name;
    }

    /** Creates a namespace with {@code lo} up (127.0.0.1 and ::1). */
    public static NetNs create() {
        require();
        String name = "unp-" + ProcessHandle.current().pid() + "-" + SEQ.incrementAndGet();
        check(Programs.runCommand(Duration.ofSeconds(10), null, "ip", "netns", "add", name));
        NetNs ns = new NetNs(name);
        check(Programs.runCommand(Duration.ofSeconds(10), null, "ip", "-n", name, "link", "set", "lo", "up"));
        return ns;
    }

    private static Boolean available;

    /** Skips (or fails, see {@link Need}) the test unless this process can make network namespaces. */
    static void require() {
        Need.root("a private network namespace: ip netns add");
        Need.command("ip");
        Need.that(available(), "needs network namespaces, and `ip netns list` failed here");
    }

    private static synchronized boolean available() {
        if (available == null) {
            try {
                available = Programs.runCommand(Duration.ofSeconds(10), null, "ip", "netns", "list").exit() == 0;
            } catch (RuntimeException e) {
                available = false;
            }
        }
        return available;
    }

    private static void check(Programs.Result r) {
        if (r.exit() != 0) {
            throw new IllegalStateException("ip failed: " + r);
        }
    }

    public String name() {
        return name;
    }

    /** The prefix that runs a command inside this namespace. */
    public List<String> exec() {
        return List.of("ip", "netns", "exec", name);
    }

    /** Starts a book program inside the namespace. */
    public Programs.Proc start(String program, String... args) {
        return start(Map.of(), program, args);
    }

    /** Starts a book program inside the namespace with extra environment variables. */
    public Programs.Proc start(Map<String, String> env, String program, String... args) {
        List<String> cmd = new ArrayList<>(exec());
        cmd.addAll(Programs.javaCommand(program));
        cmd.add(program);
        cmd.addAll(Arrays.asList(args));
        Programs.Proc p = Programs.Proc.start(cmd, env);
        started.add(p);
        return p;
    }

    /** Starts any command (python3 ...) inside the namespace; skips the test if it is not installed. */
    public Programs.Proc startCommand(String... command) {
        if (!command[0].contains("/")) {
            Need.command(command[0]);
        }
        List<String> cmd = new ArrayList<>(exec());
        cmd.addAll(Arrays.asList(command));
        Programs.Proc p = Programs.Proc.start(cmd, Map.of());
        started.add(p);
        return p;
    }

    /** Runs a book program inside the namespace to completion, with {@code stdin} as input. */
    public Programs.Result run(Duration timeout, byte[] stdin, String program, String... args) {
        return run(timeout, Map.of(), stdin, program, args);
    }

    /** Runs a book program inside the namespace to completion, with extra environment variables. */
    public Programs.Result run(Duration timeout, Map<String, String> env, byte[] stdin, String program, String... args) {
        try (Programs.Proc p = start(env, program, args)) {
            p.writeStdin(stdin);
            return p.await(timeout);
        }
    }

    /** Runs any command inside the namespace to completion. */
    public Programs.Result runCommand(Duration timeout, byte[] stdin, String... command) {
        try (Programs.Proc p = startCommand(command)) {
            p.writeStdin(stdin);
            return p.await(timeout);
        }
    }

    /** True if a TCP socket in this namespace listens on {@code port}. */
    public boolean listening(int port) {
        Programs.Result r = Programs.runCommand(Duration.ofSeconds(10), null, "ip", "netns", "exec", name,
                "cat", "/proc/net/tcp", "/proc/net/tcp6");
        return Ports.listeningIn(r.stdout(), port);
    }

    /** Waits until something in this namespace listens on {@code port}; fails with the server's output if not. */
    public void awaitListening(Programs.Proc server, int port, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end && server.process().isAlive()) {
            if (listening(port)) {
                return;
            }
            sleep(25);
        }
        if (!listening(port)) {
            throw new AssertionError("nothing listens on port " + port + " in " + name + " (server alive: "
                    + server.process().isAlive() + ")\n--- stdout\n" + server.stdoutSoFar() + "--- stderr\n"
                    + server.stderrSoFar());
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Kills everything started here, then deletes the namespace. */
    @Override
    public void close() {
        for (Programs.Proc p : started) {
            p.close();
        }
        Programs.runCommand(Duration.ofSeconds(10), null, "ip", "netns", "del", name);
    }
}
