package io.unp.lib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a test-side main class in a new JVM (optionally behind a wrapper command) and collects what it printed. */
final class ChildJvm {
    private ChildJvm() {}

    record Result(int status, String out, String err) {}

    /** The java command line for {@code main} with {@code args}. */
    static List<String> javaCommand(Class<?> main, String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:+IgnoreUnrecognizedVMOptions",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Djnr.ffi.asm.enabled=false", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", cp, main.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Result run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).start();
        try {
            p.getOutputStream().close();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("child did not finish: " + cmd);
            }
            return new Result(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                    new String(err.get(), StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
