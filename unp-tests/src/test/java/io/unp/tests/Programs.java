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
import java.util.concurrent.TimeUnit;

/**
 * Runs the book's programs as real processes, the way {@code scripts/unp} does: a JVM on the
 * built {@code unp-examples} jar with the launcher's start-up flags, on the Java that runs the
 * tests. Every process started here is killed, with its children, by {@link Proc#close()}.
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

    /** The java command line that runs {@code io.unp.examples.Main}. */
    public static List<String> javaCommand() {
        Path target = root().resolve("unp-examples/target");
        Path jar = target.resolve("unp-examples.jar");
        Path cpFile = target.resolve("classpath.txt");
        if (!Files.exists(jar) || !Files.exists(cpFile)) {
            throw new IllegalStateException("unp-examples is not packaged: run ./mvnw install first");
        }
        StringBuilder cp = new StringBuilder(jar.toString());
        try {
            for (String entry : Files.readString(cpFile).trim().split(":")) {
                cp.append(':').append(target.resolve(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-XX:+IgnoreUnrecognizedVMOptions", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Djnr.ffi.asm.enabled=false",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", cp.toString(), "io.unp.examples.Main"));
        return cmd;
    }

    /** Starts {@code program} (a launcher key such as {@code intro/daytimetcpsrv}) with {@code args}. */
    public static Proc start(String program, String... args) {
        return start(Map.of(), program, args);
    }

    /** Starts {@code program} with extra environment variables. */
    public static Proc start(Map<String, String> env, String program, String... args) {
        List<String> cmd = new ArrayList<>(javaCommand());
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
    public record Result(int exit, byte[] stdoutBytes, String stderr) {
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
            long end = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < end) {
                if (stdoutSoFar().contains(text)) {
                    return true;
                }
                if (!process.isAlive() && stdoutSoFar().contains(text)) {
                    return true;
                }
                Thread.sleep(20);
            }
            return stdoutSoFar().contains(text);
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
            return new Result(process.exitValue(), o, stderrSoFar());
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
