package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A program gets its arguments as the bytes the shell passed, as C's {@code argv} does, and
 * prints them back byte for byte: {@code scripts/unp intro/daytimetcpcli $'\xff\xfe'} says
 * {@code inet_pton error for} and then the two bytes 0xff 0xfe, exactly what the C client
 * prints, not the UTF-8 of two U+FFFD (issue 7, item 8). The arguments go through bash's
 * {@code printf}, because Java's ProcessBuilder could only pass text in the locale's charset.
 */
class ArgumentBytesTest {
    private static final Duration T = Duration.ofSeconds(60);
    private static final byte[] FF_FE = {(byte) 0xff, (byte) 0xfe};

    /** Runs scripts/unp with {@code args}, where "@RAW@" stands for the bytes of {@code raw}. */
    private static Programs.Result unp(NetNs ns, byte[] raw, String... args) {
        StringBuilder escaped = new StringBuilder();
        for (byte b : raw) {
            escaped.append(String.format("\\x%02x", b & 0xff));
        }
        List<String> cmd = new ArrayList<>(List.of("bash", "-c",
                "raw=$(printf \"$1\"); shift; a=(); for x in \"$@\"; do"
                        + " if [[ $x == @RAW@ ]]; then a+=(\"$raw\"); else a+=(\"$x\"); fi; done; exec \"${a[@]}\"",
                "bash", escaped.toString(), "env", "UNP_NO_BUILD=1", "JAVA_HOME=" + System.getProperty("java.home"),
                Programs.root().resolve("scripts/unp").toString()));
        cmd.addAll(Arrays.asList(args));
        String[] c = cmd.toArray(String[]::new);
        return ns == null ? Programs.runCommand(T, null, c) : ns.runCommand(T, null, c);
    }

    private static byte[] concat(String before, byte[] raw, String after) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(before.getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes(raw);
        b.writeBytes(after.getBytes(StandardCharsets.ISO_8859_1));
        return b.toByteArray();
    }

    private static void assertStderr(byte[] expected, Programs.Result r) {
        assertArrayEquals(expected, r.stderrBytes(), () -> "stderr bytes " + hex(r.stderrBytes()) + "\n" + r);
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(b >= 0x20 && b < 0x7f ? Character.toString(b) : String.format("\\x%02x", b & 0xff));
        }
        return sb.toString();
    }

    @Test
    @Timeout(60)
    void daytimeClientEchoesTheInvalidAddressBytesAsC() {
        Programs.Result r = unp(null, FF_FE, "intro/daytimetcpcli", "@RAW@");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("", r.stdout(), r.toString());
        assertStderr(concat("inet_pton error for ", FF_FE, "\n"), r);
    }

    @Test
    @Timeout(60)
    void udpEchoClientEchoesTheInvalidAddressBytesAsC() {
        Programs.Result r = unp(null, FF_FE, "udpcliserv/udpcli01", "@RAW@");
        assertEquals(1, r.exit(), r.toString());
        assertStderr(concat("inet_pton error for ", FF_FE, "\n"), r);
    }

    /** gethostbyname of the two bytes fails; the message names them as given (in a namespace: no DNS traffic out). */
    @Test
    @Timeout(60)
    void namesClientPrintsTheHostnameBytesInItsResolverError() {
        try (NetNs ns = NetNs.create()) {
            Programs.Result r = unp(ns, FF_FE, "names/daytimetcpcli1", "@RAW@", "daytime");
            assertEquals(1, r.exit(), r.toString());
            byte[] prefix = concat("hostname error for ", FF_FE, ": ");
            byte[] err = r.stderrBytes();
            assertTrue(err.length > prefix.length && Arrays.equals(Arrays.copyOf(err, prefix.length), prefix)
                    && err[err.length - 1] == '\n' && r.stderr().indexOf('\n') == r.stderr().length() - 1,
                    () -> "stderr bytes " + hex(err) + "\n" + r);
        }
    }

    /** A Latin-1 host name reaches getaddrinfo and comes back in tcp_connect's message unchanged. */
    @Test
    @Timeout(60)
    void nonAsciiHostnameReachesTheGetaddrinfoErrorUnchanged() {
        byte[] host = {'h', (byte) 0xe9, 't', 'e'};
        try (NetNs ns = NetNs.create()) {
            Programs.Result r = unp(ns, host, "names/daytimetcpcli", "@RAW@", "daytime");
            assertEquals(1, r.exit(), r.toString());
            byte[] prefix = concat("tcp_connect error for ", host, ", daytime: ");
            byte[] err = r.stderrBytes();
            assertTrue(err.length > prefix.length && Arrays.equals(Arrays.copyOf(err, prefix.length), prefix)
                    && err[err.length - 1] == '\n' && r.stderr().indexOf('\n') == r.stderr().length() - 1,
                    () -> "stderr bytes " + hex(err) + "\n" + r);
        }
    }

    /** Valid UTF-8 is bytes too: "é" as c3 a9 comes back as c3 a9, as from C. */
    @Test
    @Timeout(60)
    void utf8ArgumentComesBackAsTheSameBytes() {
        byte[] e = "\u00e9".getBytes(StandardCharsets.UTF_8);
        Programs.Result r = unp(null, e, "intro/daytimetcpcli", "@RAW@");
        assertEquals(1, r.exit(), r.toString());
        assertStderr(concat("inet_pton error for ", e, "\n"), r);
    }
}
