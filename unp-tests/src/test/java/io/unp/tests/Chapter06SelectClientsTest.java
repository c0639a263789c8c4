package io.unp.tests;

import static io.unp.tests.Chapter06Peers.python;
import static io.unp.tests.Chapter06Peers.startWithInputFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chapter 6's select clients (select/tcpcli01, tcpcli02, tcpcli03) against python3 echo and
 * chargen servers on the standard ports 7 and 19, in a private namespace.
 */
class Chapter06SelectClientsTest {
    private static final Duration RUN = Duration.ofSeconds(30);

    private static String batch(int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            sb.append("line ").append(i).append(" of the batch\n");
        }
        return sb.toString();
    }

    @Test
    @Timeout(90)
    void batchInputLosesRepliesInFlightWithTcpcli01ButNotWithShutdownInTcpcli02(@TempDir Path dir) throws Exception {
        String input = batch(2000);
        Path file = dir.resolve("batch.txt");
        Files.writeString(file, input, StandardCharsets.ISO_8859_1);
        try (NetNs ns = NetNs.create()) {
            python(ns, true, "echo_server.py", "7", "0.2"); // 200 ms round trip

            Programs.Result r1;
            try (Programs.Proc c = startWithInputFile(ns, file, "select/tcpcli01", "127.0.0.1")) {
                r1 = c.await(RUN);
            }
            assertEquals(0, r1.exit(), r1.toString());
            assertTrue(input.startsWith(r1.stdout()), "what tcpcli01 printed is a prefix of its input");
            assertTrue(r1.stdout().length() < input.length(),
                    "tcpcli01 exits at end of input with replies in flight: printed "
                            + r1.stdout().lines().count() + " of 2000 lines");

            Programs.Result r2;
            try (Programs.Proc c = startWithInputFile(ns, file, "select/tcpcli02", "127.0.0.1")) {
                r2 = c.await(RUN);
            }
            assertEquals(0, r2.exit(), r2.toString());
            assertEquals(input, r2.stdout(), "tcpcli02 half-closes and gets every reply");
        }
    }

    @Test
    @Timeout(60)
    void stdioBufferHidesTypedLinesFromSelect() throws Exception {
        try (NetNs ns = NetNs.create()) {
            python(ns, true, "echo_server.py", "7");
            try (Programs.Proc c = ns.start("select/tcpcli01", "127.0.0.1")) {
                c.send("one\ntwo\n"); // one write: fgets's buffer takes both lines at once
                assertTrue(c.awaitStdout("one\n", RUN), c.stderrSoFar());
                Thread.sleep(1000);
                assertEquals("one\n", c.stdoutSoFar(),
                        "'two' waits in the stdio buffer, where select cannot see it");
                c.send("three\n");
                // New input wakes select and fgets hands out 'two' from its buffer. Whether 'three'
                // is printed too depends on timing: when the echoes of 'two' and 'three' arrive in
                // one segment, readline's own buffer hides 'three' from select in the same way.
                assertTrue(c.awaitStdout("one\ntwo\n", RUN),
                        "new input wakes select; fgets returns 'two' from its buffer: " + c.stdoutSoFar());
            }
        }
    }

    @Test
    @Timeout(60)
    void shutdownReadOnLinuxStillQueuesArrivingDataUntilTheWindowCloses() throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc chargen = python(ns, true, "chargen_server.py", "1.5");
            try (Programs.Proc c = ns.start("select/tcpcli03", "127.0.0.1")) {
                Programs.Result cg = chargen.await(RUN);
                Matcher m = Pattern.compile("stalled after (\\d+)").matcher(cg.stdout());
                assertTrue(m.find(), "chargen's sends stop (the client's window closes): " + cg);
                long sent = Long.parseLong(m.group(1));
                assertTrue(sent > 0 && sent < 64L << 20, "sent " + sent);

                Programs.Result ss = Programs.runCommand(RUN, null, "ip", "netns", "exec", ns.name(),
                        "ss", "-tnH", "dst", "127.0.0.1:19");
                Matcher q = Pattern.compile("^\\S+\\s+(\\d+)", Pattern.MULTILINE).matcher(ss.stdout());
                assertTrue(q.find(), ss.toString());
                assertTrue(Long.parseLong(q.group(1)) > 0,
                        "the data was acknowledged and queued, not discarded: Recv-Q " + q.group(1));
                assertTrue(c.process().isAlive(), "tcpcli03 still pauses");
            }
        }
    }

    @Test
    @Timeout(60)
    void usageAndConnectErrorsAreTheBooks() throws Exception {
        Programs.Result u1 = Programs.run(RUN, null, "select/tcpcli01");
        assertEquals(1, u1.exit());
        assertEquals("usage: tcpcli <IPaddress>\n", u1.stderr());
        Programs.Result u3 = Programs.run(RUN, null, "select/tcpcli03");
        assertEquals(1, u3.exit());
        assertEquals("usage: tcpcli03 <IPaddress>\n", u3.stderr());
        try (NetNs ns = NetNs.create()) {
            Programs.Result r = ns.run(RUN, new byte[0], "select/tcpcli02", "127.0.0.1");
            assertEquals(1, r.exit());
            assertEquals("connect error: Connection refused\n", r.stderr());
        }
    }
}
