package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unp.sys.ErrnoException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code err_sys} after a failure that came as a Java exception prints that failure's error,
 * not the errno an earlier native call left behind (issue 7, item 7); and text goes out one byte
 * per char (ISO-8859-1), the project's rule for C strings.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ErrIoTest {

    @Test
    void anIOExceptionStandsForTheErrnoItsMessageNames() {
        assertEquals(32, Err.errnoOf(new IOException("Broken pipe")));
        assertEquals(28, Err.errnoOf(new IOException("No space left on device")));
        assertEquals(32, Err.errnoOf(new UncheckedIOException(new IOException("Broken pipe"))));
        assertEquals(111, Err.errnoOf(new RuntimeException(new ErrnoException("connect", 111))));
        assertEquals(5, Err.errnoOf(new IOException("Stream Closed")), "no errno text: EIO");
        assertEquals(5, Err.errnoOf(new IOException()));
        assertEquals("Broken pipe", Err.errorText(new IOException("Broken pipe")));
        assertEquals("Stream Closed", Err.errorText(new IOException("Stream Closed")));
        assertEquals("Input/output error", Err.errorText(new IOException()));
    }

    /** Standard output is /dev/full: every write fails with ENOSPC, after errno was left at ECONNREFUSED. */
    @ParameterizedTest
    @ValueSource(strings = {"Fputs", "fputs-then-err_sys"})
    void fputsFailureIsReportedWithItsOwnErrorNotAStaleErrno(String scenario) throws Exception {
        Run r = run(scenario);
        assertEquals("fputs error: No space left on device\n", r.err);
        assertEquals(1, r.status);
    }

    @Test
    void errSysGivenAnExceptionWithoutErrnoPrintsItsMessage() throws Exception {
        Run r = run("err_sys-with-exception");
        assertEquals("write error on stdout: Stream Closed\n", r.err);
        assertEquals(1, r.status);
    }

    @Test
    void printfAndErrorMessagesWriteOneBytePerChar(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Run r = run("latin1", out.toFile());
        assertEquals(0, r.status, r.err);
        assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xfe, '|', (byte) 0xe9, 'x', '\n'}, Files.readAllBytes(out));
        assertArrayEquals("inet_pton error for \u00ff\u00fe\n".getBytes(StandardCharsets.ISO_8859_1),
                r.err.getBytes(StandardCharsets.ISO_8859_1));
    }

    private record Run(int status, String err) {}

    private static Run run(String scenario) throws Exception {
        return run(scenario, new File("/dev/full"));
    }

    private static Run run(String scenario, File stdout) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.javaCommand(ErrIoChild.class, scenario));
        pb.redirectOutput(stdout);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        try {
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                throw new AssertionError("child JVM did not finish");
            }
            return new Run(p.exitValue(), new String(err, StandardCharsets.ISO_8859_1));
        } finally {
            p.destroyForcibly();
        }
    }
}
