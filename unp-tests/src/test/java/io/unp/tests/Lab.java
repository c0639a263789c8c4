package io.unp.tests;

import io.unp.testkit.Need;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The book's small networks ({@code scripts/lab}) for a test class: hosts solaris, bsdi, sunos5
 * and aix on lan1 (10.200.1.0/24, broadcast 10.200.1.255, fd00:200:1::/64), alpha and linux on
 * lan2 (10.200.2.0/24), router gw between them (see the script's header or docs/lab.md).
 *
 * <p>Each lab has its own {@code LAB_PREFIX} ({@code u<pid>x<n>}), so test JVMs and a reader's
 * own {@code scripts/lab up} never meet. Every process started through a lab is killed, and the
 * lab taken down, by {@link #close()}. Needs root, iproute2 and python3 (skips or, under
 * {@code UNP_REQUIRE_ALL_TESTS=1}, fails otherwise).
 */
public final class Lab implements AutoCloseable {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Duration CMD = Duration.ofSeconds(30);

    private final String prefix;
    private final Map<String, String> env;
    private final List<Programs.Proc> started = new ArrayList<>();

    private Lab(String prefix) {
        this.prefix = prefix;
        this.env = Map.of("LAB_PREFIX", prefix, "UNP_NO_BUILD", "1");
    }

    /** Builds a new lab; skips the test when this machine cannot. */
    public static Lab up() {
        NetNs.require();
        Need.command("python3");
        removeOrphans();
        Lab lab = new Lab("u" + ProcessHandle.current().pid() + "x" + SEQ.incrementAndGet());
        Programs.Result r = lab.script("up");
        if (r.exit() != 0) {
            lab.script("down");
            throw new IllegalStateException("scripts/lab up failed: " + r);
        }
        return lab;
    }

    /**
     * Takes down the labs of test JVMs that died without closing theirs (a killed build): their
     * router namespace {@code u<pid>x<n>-gw} is still there and process {@code pid} is not.
     */
    private static void removeOrphans() {
        java.util.regex.Pattern ours = java.util.regex.Pattern.compile("(u(\\d+)x\\d+)-gw");
        String[] names = new java.io.File("/run/netns").list();
        for (String n : names == null ? new String[0] : names) {
            java.util.regex.Matcher m = ours.matcher(n);
            if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(2))).isEmpty()) {
                new Lab(m.group(1)).script("down");
            }
        }
    }

    /** The path of {@code scripts/lab}. */
    public static Path script() {
        return Programs.root().resolve("scripts/lab");
    }

    /** The path of a helper in {@code scripts/lab.d} ({@code daytimed.py} ...). */
    public static String helper(String name) {
        return Programs.root().resolve("scripts/lab.d").resolve(name).toString();
    }

    public String prefix() {
        return prefix;
    }

    /** The namespace of {@code host}. */
    public String namespace(String host) {
        return prefix + "-" + host;
    }

    /** Runs {@code scripts/lab args...} with this lab's prefix; returns its result. */
    public Programs.Result script(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(script().toString());
        cmd.addAll(Arrays.asList(args));
        try (Programs.Proc p = Programs.Proc.start(cmd, env)) {
            p.writeStdin(null);
            return p.await(CMD);
        }
    }

    /** Runs {@code scripts/lab args...}, failing the test if it fails; returns its standard output. */
    public String check(String... args) {
        Programs.Result r = script(args);
        if (r.exit() != 0) {
            throw new AssertionError("scripts/lab " + String.join(" ", args) + ": " + r);
        }
        return r.stdout().trim();
    }

    /** {@code host}'s IPv4 address (10.200.x.y). */
    public String addr(String host) {
        return check("addr", host);
    }

    /** {@code host}'s IPv6 address (fd00:200:x::y). */
    public String addr6(String host) {
        return check("addr", host, "6");
    }

    /** The command prefix that runs something on {@code host}. */
    public List<String> on(String host) {
        return List.of(script().toString(), "run", host);
    }

    /** Starts any command on {@code host}. */
    public Programs.Proc startCommand(String host, String... command) {
        List<String> cmd = new ArrayList<>(on(host));
        cmd.addAll(Arrays.asList(command));
        Programs.Proc p = Programs.Proc.start(cmd, env);
        started.add(p);
        return p;
    }

    /** Starts a book program ({@code bcast/udpcli01}) on {@code host}. */
    public Programs.Proc start(String host, String program, String... args) {
        return start(host, Map.of(), program, args);
    }

    /** Starts a book program on {@code host} with extra environment variables. */
    public Programs.Proc start(String host, Map<String, String> extraEnv, String program, String... args) {
        List<String> cmd = new ArrayList<>(on(host));
        cmd.addAll(Programs.javaCommand());
        cmd.add(program);
        cmd.addAll(Arrays.asList(args));
        Map<String, String> all = new java.util.HashMap<>(env);
        all.putAll(extraEnv);
        Programs.Proc p = Programs.Proc.start(cmd, all);
        started.add(p);
        return p;
    }

    /**
     * Starts a {@code main} of the test sources ({@link LabProbe}) on {@code host}, on the same
     * JVM and class path as the book's programs plus the test classes.
     */
    public Programs.Proc startTestMain(String host, Class<?> main, String... args) {
        List<String> java = new ArrayList<>(Programs.javaCommand());
        int cp = java.indexOf("-cp");
        try {
            Path classes = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.set(cp + 1, java.get(cp + 1) + ":" + classes);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        java.set(java.size() - 1, main.getName());
        List<String> cmd = new ArrayList<>(on(host));
        cmd.addAll(java);
        cmd.addAll(Arrays.asList(args));
        Programs.Proc p = Programs.Proc.start(cmd, env);
        started.add(p);
        return p;
    }

    /**
     * Starts a book program on {@code host} with its standard output and error going to the
     * file {@code out}: for a server whose parent exits while its children go on (the JVM
     * closes a process's output pipe when the process ends, and the children's lines would be
     * lost). Read it with {@link #awaitFile}.
     */
    public Programs.Proc startToFile(String host, Path out, String program, String... args) {
        List<String> cmd = new ArrayList<>(on(host));
        cmd.addAll(List.of("sh", "-c", "exec \"$@\" >\"$0\" 2>&1", out.toString()));
        cmd.addAll(Programs.javaCommand());
        cmd.add(program);
        cmd.addAll(Arrays.asList(args));
        Programs.Proc p = Programs.Proc.start(cmd, env);
        started.add(p);
        return p;
    }

    /** Waits until the file {@code out} contains {@code text}; fails with its contents if it does not. */
    public static String awaitFile(Path out, String text, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        String s = "";
        while (System.nanoTime() < end) {
            try {
                s = Files.exists(out) ? Files.readString(out, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (s.contains(text)) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no \"" + text + "\" in " + out + " within " + timeout + "\n" + s);
    }

    /** Runs a book program on {@code host} to completion with {@code stdin}. */
    public Programs.Result run(String host, Duration timeout, byte[] stdin, String program, String... args) {
        try (Programs.Proc p = start(host, program, args)) {
            p.writeStdin(stdin);
            return p.await(timeout);
        }
    }

    /** Runs any command on {@code host} to completion. */
    public Programs.Result runCommand(String host, Duration timeout, byte[] stdin, String... command) {
        try (Programs.Proc p = startCommand(host, command)) {
            p.writeStdin(stdin);
            return p.await(timeout);
        }
    }

    /**
     * Starts a python3 daytime server ({@code lab.d/daytimed.py} with {@code args}) on each host
     * and waits until each has bound its port.
     */
    public List<Programs.Proc> daytimeServers(List<String> hosts, String... args) {
        List<Programs.Proc> servers = new ArrayList<>();
        for (String h : hosts) {
            List<String> cmd = new ArrayList<>(List.of("python3", helper("daytimed.py")));
            cmd.addAll(Arrays.asList(args));
            servers.add(startCommand(h, cmd.toArray(new String[0])));
        }
        for (Programs.Proc s : servers) {
            awaitOutput(s, "daytimed: port", Duration.ofSeconds(10));
        }
        return servers;
    }

    /** Waits until {@code p} printed {@code text}; fails with its output if it does not. */
    public static void awaitOutput(Programs.Proc p, String text, Duration timeout) {
        awaitOutput(p, out -> out.contains(text), "\"" + text + "\"", timeout);
    }

    /** Waits until {@code line} matches in the process's standard output; fails with what it printed if not. */
    public static void awaitOutput(Programs.Proc p, Pattern line, Duration timeout) {
        awaitOutput(p, out -> line.matcher(out).find(), "match for /" + line + "/", timeout);
    }

    private static void awaitOutput(Programs.Proc p, Predicate<String> done, String described, Duration timeout) {
        try {
            if (!p.awaitStdout(done, timeout)) {
                throw new AssertionError("no " + described + " within " + timeout + "\n--- stdout\n" + p.stdoutSoFar()
                        + "--- stderr\n" + p.stderrSoFar());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** True while the lab's namespaces exist. */
    public boolean isUp() {
        return Files.exists(Path.of("/run/netns", namespace("gw")));
    }

    /** Kills everything started here, then takes the lab down. */
    @Override
    public void close() {
        for (Programs.Proc p : started) {
            p.close();
        }
        script("down");
    }
}
