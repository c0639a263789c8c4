package io.unp.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Runs the book's programs as real processes, exactly as {@code scripts/unp} does: the java
 * command line comes from {@code scripts/unp --java-command <program>} (the JVM options of the
 * one table, {@code io/unp/lib/jvm-options}, for this program's kind, the extracted libjffi and
 * the class-data archive), on the Java that runs the tests, without building. Every process
 * started here is killed, with its children, by {@link Proc#close()}.
 */
public final class Programs {
    private Programs() {}

    /** The repository root (the parent of unp-tests). */
    public static Path root() {
        String p = System.getProperty("unp.root");
        Path root = p != null ? Path.of(p) : Path.of("..").toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("unp-examples"))) {
            root = Path.of("").toAbsolutePath().getParent();
        }
        return root;
    }

    /** Commands already asked of scripts/unp, per program key (they differ by kind only). */
    private static final Map<String, List<String>> COMMANDS = new ConcurrentHashMap<>();

    /** The java command line that runs {@code io.unp.examples.Main} for a client program. */
    public static List<String> javaCommand() {
        return javaCommand("");
    }

    /**
     * The java command line that runs {@code io.unp.examples.Main} for {@code program} (a launcher
     * key or bare name; "" for a client), up to the main class: append the program and its
     * arguments. Asked of {@code scripts/unp --java-command} once per program; the first call
     * may make this Java's class-data archive (a second or two; the launcher makes it once, under
     * a lock, so concurrent test JVMs wait for it instead of writing it twice).
     */
    public static List<String> javaCommand(String program) {
        return COMMANDS.computeIfAbsent(program, Programs::askLauncher);
    }

    private static List<String> askLauncher(String program) {
        Path target = root().resolve("unp-examples/target");
        if (!Files.exists(target.resolve("unp-examples.jar")) || !Files.exists(target.resolve("classpath.txt"))) {
            throw new IllegalStateException("unp-examples is not packaged: run ./mvnw -DskipTests package first");
        }
        List<String> cmd = new ArrayList<>(List.of("env", "UNP_NO_BUILD=1", "JAVA_HOME=" + System.getProperty("java.home"),
                root().resolve("scripts/unp").toString(), "--java-command"));
        if (!program.isEmpty()) {
            cmd.add(program);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("UNP_JAVA_OPTS");
        pb.environment().remove("UNP_NO_ARCHIVE");
        pb.redirectErrorStream(true);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("scripts/unp --java-command " + program + " failed:\n"
                        + new String(out, StandardCharsets.UTF_8));
            }
            List<String> args = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < out.length; i++) {
                if (out[i] == 0) {
                    args.add(new String(out, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            if (args.isEmpty() || !args.get(args.size() - 1).equals("io.unp.examples.Main")) {
                throw new IllegalStateException("scripts/unp --java-command printed: " + args);
            }
            return List.copyOf(args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts {@code program} (a launcher key such as {@code intro/daytimetcpsrv}) with {@code args}. */
    public static Proc start(String program, String... args) {
        return start(Map.of(), program, args);
    }

    /** Starts {@code program} with extra environment variables. */
    public static Proc start(Map<String, String> env, String program, String... args) {
        List<String> cmd = new ArrayList<>(javaCommand(program));
        cmd.add(program);
        cmd.addAll(Arrays.asList(args));
        return Proc.start(cmd, env);
    }

    /** Runs {@code program} to completion with {@code stdin} as its input. */
    public static Result run(Duration timeout, byte[] stdin, String program, String... args) {
        return run(timeout, Map.of(), stdin, program, args);
    }

    /** Runs {@code program} to completion with extra environment variables and {@code stdin}. */
    public static Result run(Duration timeout, Map<String, String> env, byte[] stdin, String program, String... args) {
        try (Proc p = start(env, program, args)) {
            p.writeStdin(stdin);
            return p.await(timeout);
        }
    }

    /** Runs an arbitrary command (python3, ss, ...) to completion. */
    public static Result runCommand(Duration timeout, byte[] stdin, String... cmd) {
        try (Proc p = Proc.start(List.of(cmd), Map.of())) {
            p.writeStdin(stdin);
            return p.await(timeout);
        }
    }

    /** A finished process: exit status and everything it printed. */
    public record Result(int exit, byte[] stdoutBytes, String stderr, byte[] stderrBytes) {
        Result(int exit, byte[] stdoutBytes, byte[] stderrBytes) {
            this(exit, stdoutBytes, new String(stderrBytes, StandardCharsets.UTF_8), stderrBytes);
        }

        public String stdout() {
            return new String(stdoutBytes, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + stdout() + "--- stderr\n" + stderr;
        }
    }

    /** A running process whose output is collected in the background. */
    public static final class Proc implements AutoCloseable {
        private final Process process;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final Thread outPump;
        private final Thread errPump;

        private Proc(Process process) {
            this.process = process;
            this.outPump = pump(process.getInputStream(), out);
            this.errPump = pump(process.getErrorStream(), err);
        }

        static Proc start(List<String> cmd, Map<String, String> env) {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().putAll(env);
            try {
                return new Proc(pb.start());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[8192];
                try {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        synchronized (sink) {
                            sink.write(buf, 0, n);
                        }
                    }
                } catch (IOException e) {
                    // process gone
                }
            });
            t.setDaemon(true);
            t.start();
            return t;
        }

        public long pid() {
            return process.pid();
        }

        public Process process() {
            return process;
        }

        /** Writes {@code bytes} to the process's standard input and closes it (null: close only). */
        public void writeStdin(byte[] bytes) {
            try {
                if (bytes != null) {
                    process.getOutputStream().write(bytes);
                }
                process.getOutputStream().close();
            } catch (IOException e) {
                // the process may have exited already; its status tells
            }
        }

        /** Writes to standard input without closing it. */
        public void send(String text) {
            try {
                process.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
                process.getOutputStream().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** What the process has printed to standard output so far. */
        public String stdoutSoFar() {
            synchronized (out) {
                return out.toString(StandardCharsets.ISO_8859_1);
            }
        }

        /** What the process has printed to standard error so far. */
        public String stderrSoFar() {
            synchronized (err) {
                return err.toString(StandardCharsets.UTF_8);
            }
        }

        /** Waits until standard output contains {@code text}; false on timeout. */
        public boolean awaitStdout(String text, Duration timeout) throws InterruptedException {
            return awaitStdout(out -> out.contains(text), timeout);
        }

        /** Waits until {@code pattern} matches somewhere in standard output; false on timeout. */
        public boolean awaitStdout(Pattern pattern, Duration timeout) throws InterruptedException {
            return awaitStdout(out -> pattern.matcher(out).find(), timeout);
        }

        /** Waits until {@code done} holds for standard output so far; false on timeout. */
        boolean awaitStdout(Predicate<String> done, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                if (done.test(stdoutSoFar())) {
                    return true;
                }
                Thread.sleep(20);
            }
            return done.test(stdoutSoFar());
        }

        /** Waits for the process to end; kills it and fails if it takes longer than {@code timeout}. */
        public Result await(Duration timeout) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    String so = stdoutSoFar();
                    String se = stderrSoFar();
                    close();
                    throw new AssertionError("still running after " + timeout + "\n--- stdout\n" + so + "--- stderr\n" + se);
                }
                outPump.join(5000);
                errPump.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            byte[] o;
            synchronized (out) {
                o = out.toByteArray();
            }
            byte[] e;
            synchronized (err) {
                e = err.toByteArray();
            }
            return new Result(process.exitValue(), o, e);
        }

        /** Waits until something listens on {@code port}; fails with this process's output if not. */
        public void awaitListening(int port, Duration timeout) {
            try {
                Ports.awaitListening(port, timeout, process::isAlive);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + " (alive: " + process.isAlive() + ")\n--- stdout\n"
                        + stdoutSoFar() + "--- stderr\n" + stderrSoFar(), e);
            }
        }

        /** Sends a signal to the process (its children are left alone), e.g. to kill a server. */
        public void signal(String name) {
            Programs.runCommand(Duration.ofSeconds(10), null, "kill", "-" + name, Long.toString(process.pid()));
        }

        /** Kills the process and every descendant, and waits for them. */
        @Override
        public void close() {
            List<ProcessHandle> all = new ArrayList<>();
            process.descendants().forEach(all::add);
            all.add(process.toHandle());
            for (ProcessHandle h : all) {
                h.destroyForcibly();
            }
            for (ProcessHandle h : all) {
                try {
                    h.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // best effort
                }
            }
        }
    }
}
