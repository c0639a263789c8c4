package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The book's error functions: the message text, where it goes (standard error, after what
 * standard output already has) and the exit status, seen from outside a real child JVM.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ErrTest {

    @Test
    void errSysAppendsTheErrnoTextAndErrQuitDoesNot() {
        assertEquals("connect error: Connection refused", Err.format(true, 111, "connect error"));
        assertEquals("read error: Interrupted system call", Err.format(true, 4, "%s error", "read"));
        assertEquals("usage: tcpcli <IPaddress>", Err.format(false, 111, "usage: tcpcli <IPaddress>"));
        assertEquals("value 42 of x", Err.format(false, 0, "value %d of %s", 42, "x"));
        assertEquals("oops: Unknown error 4242", Err.format(true, 4242, "oops"));
        assertEquals("100% literal", Err.format(false, 0, "100% literal"), "no arguments: the text is printed as is");
    }

    @Test
    void errRetAndErrMsgReturnErrSysPrintsAndExitsWithStatusOne() throws Exception {
        Result r = runChild("ret-msg-sys");
        assertEquals("err_ret here: Connection refused\nerr_msg 7\nconnect error: Connection refused\n", r.stderr);
        assertEquals("before\nstill running\n", r.stdout);
        assertEquals(1, r.status);
    }

    @Test
    void errQuitPrintsWithoutErrnoAndExitsWithStatusOne() throws Exception {
        Result r = runChild("quit");
        assertEquals("usage: tcpcli <IPaddress>\n", r.stderr);
        assertEquals("", r.stdout);
        assertEquals(1, r.status);
    }

    @Test
    void errSysAfterARealFailedCallPrintsThatCallsErrno() throws Exception {
        Result r = runChild("real");
        assertEquals("socket error: Address family not supported by protocol\n", r.stderr);
        assertEquals(1, r.status);
    }

    private static final class Result {
        final int status;
        final String stdout;
        final String stderr;

        Result(int status, String stdout, String stderr) {
            this.status = status;
            this.stdout = stdout;
            this.stderr = stderr;
        }
    }

    private static Result runChild(String scenario) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:+IgnoreUnrecognizedVMOptions",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Djnr.ffi.asm.enabled=false", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", cp, ErrChild.class.getName(), scenario));
        Process p = new ProcessBuilder(cmd).start();
        try {
            p.getOutputStream().close();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                throw new AssertionError("child JVM did not finish");
            }
            return new Result(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                    new String(err.get(), StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
