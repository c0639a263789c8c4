package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The out-of-band pairs of chapter 21, sender and receiver as real processes in a private
 * network namespace, and what each receiver prints on Linux: SIGURG and the byte read apart
 * from the stream (tcprecv01), select's exception set (tcprecv02, 03), poll (tcprecv03p),
 * SO_OOBINLINE and the mark (tcprecv04, 06), urgent notice with a full receive buffer
 * (tcprecv05). With {@code UNP_C_ORIGINALS} set (see {@link COriginals}) each pair is also run
 * as the C programs, and the two receivers must print the same.
 */
class Chapter21OobTest {
    private static final Duration T = Duration.ofSeconds(60);
    private static final String PORT = "9999";

    private static final String SENT_01 = "wrote 3 bytes of normal data\nwrote 1 byte of OOB data\n"
            + "wrote 2 bytes of normal data\nwrote 1 byte of OOB data\nwrote 2 bytes of normal data\n";
    private static final String BOOK_01 = "read 3 bytes: 123\nSIGURG received\nread 1 OOB byte: 4\nread 2 bytes: 56\n"
            + "SIGURG received\nread 1 OOB byte: 7\nread 2 bytes: 89\nreceived EOF\n";
    private static final String SELECT = "read 3 bytes: 123\nread 1 OOB byte: 4\nread 2 bytes: 56\nread 1 OOB byte: 7\n"
            + "read 2 bytes: 89\nreceived EOF\n";

    /** What a receiver and its sender printed. */
    record Pair(Programs.Result receiver, Programs.Result sender) {}

    /** Runs {@code receiver} then {@code sender} against it; the receiver gets {@code wait} to finish. */
    static Pair run(boolean c, String receiver, String sender, Duration wait) throws Exception {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc r = c ? COriginals.start(ns, receiver, PORT) : ns.start(receiver, PORT);
            ns.awaitListening(r, Integer.parseInt(PORT), T);
            Programs.Proc s = c ? COriginals.start(ns, sender, "127.0.0.1", PORT) : ns.start(sender, "127.0.0.1", PORT);
            Programs.Result sent = s.await(T);
            long end = System.nanoTime() + wait.toNanos();
            while (r.process().isAlive() && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            if (r.process().isAlive()) {
                r.close();
            }
            return new Pair(r.await(T), sent);
        }
    }

    /** The Java pair, compared with the C pair when the originals are at hand. */
    static Pair runBoth(String receiver, String sender, Duration wait) throws Exception {
        Pair java = run(false, receiver, sender, wait);
        if (COriginals.program(receiver) != null && COriginals.program(sender) != null) {
            Pair c = run(true, receiver, sender, wait);
            assertEquals(c.receiver().stdout(), java.receiver().stdout(), "the C " + receiver + " printed");
            assertEquals(c.receiver().stderr(), java.receiver().stderr(), "the C " + receiver + " complained");
            assertEquals(c.sender().stdout(), java.sender().stdout(), "the C " + sender + " printed");
        }
        return java;
    }

    @Test
    @Timeout(120)
    void tcprecv01GetsTheOobByteInItsSigurgHandlerApartFromTheStream() throws Exception {
        Pair p = runBoth("oob/tcprecv01", "oob/tcpsend01", Duration.ofSeconds(10));
        assertEquals(SENT_01, p.sender().stdout());
        assertEquals(0, p.sender().exit());
        assertEquals(BOOK_01, p.receiver().stdout(), "the book's output, on Linux too");
        assertEquals(0, p.receiver().exit(), p.receiver().stderr());
    }

    /**
     * tcprecv02: on the book's BSD the exception condition stays on until the mark is passed, so
     * the program reads the urgent byte twice and dies with EINVAL; on Linux it is cleared when
     * the byte is read, and tcprecv02 prints what the corrected tcprecv03 prints.
     */
    @ParameterizedTest
    @CsvSource({"oob/tcprecv02, oob/tcpsend02", "oob/tcprecv03, oob/tcpsend03"})
    @Timeout(120)
    void selectsExceptionSetReportsEachOobByteOnceOnLinux(String receiver, String sender) throws Exception {
        Pair p = runBoth(receiver, sender, Duration.ofSeconds(10));
        assertEquals(SELECT, p.receiver().stdout(), p.receiver().stderr());
        assertEquals(0, p.receiver().exit());
    }

    /**
     * tcprecv03p: Linux reports TCP urgent data to poll as POLLPRI and never as POLLRDBAND, so
     * the program never reads an urgent byte, and its reads step over them.
     */
    @Test
    @Timeout(120)
    void pollNeverSeesPollrdbandOnLinuxSoTheOobBytesAreSkipped() throws Exception {
        Pair p = runBoth("oob/tcprecv03p", "oob/tcpsend03", Duration.ofSeconds(10));
        assertEquals("read 3 bytes: 123\nread 2 bytes: 56\nread 2 bytes: 89\nreceived EOF\n", p.receiver().stdout());
        assertEquals(0, p.receiver().exit());
    }

    @Test
    @Timeout(120)
    void oobinlineReadStopsAtTheMarkWhichSockatmarkReports() throws Exception {
        Pair p = runBoth("oob/tcprecv04", "oob/tcpsend04", Duration.ofSeconds(15));
        assertEquals("wrote 3 bytes of normal data\nwrote 1 byte of OOB data\nwrote 1 byte of normal data\n", p.sender().stdout());
        assertEquals("read 3 bytes: 123\nat OOB mark\nread 2 bytes: 45\nreceived EOF\n", p.receiver().stdout());
    }

    @Test
    @Timeout(120)
    void aNewerOobByteMovesTheMarkAndTheOlderBecomesNormalData() throws Exception {
        Pair p = runBoth("oob/tcprecv06", "oob/tcpsend06", Duration.ofSeconds(15));
        assertEquals("read 5 bytes: 12345\nat OOB mark\nread 2 bytes: 67\nreceived EOF\n", p.receiver().stdout());
    }

    /**
     * tcprecv05 never reads, and its 4096-byte buffer fills; the urgent notice still gets
     * through (Linux sends it in the zero-window probes), SIGURG arrives, but the byte itself
     * cannot: recv(MSG_OOB) fails with EWOULDBLOCK and the program ends there.
     */
    @Test
    @Timeout(120)
    void fullReceiveBufferStillLetsTheUrgentNoticeThroughButNotTheByte() throws Exception {
        Pair p = runBoth("oob/tcprecv05", "oob/tcpsend05", Duration.ofSeconds(15));
        assertEquals("wrote 16384 bytes of normal data\nwrote 1 byte of OOB data\nwrote 1024 bytes of normal data\n",
                p.sender().stdout());
        assertEquals("SIGURG received\n", p.receiver().stdout());
        assertEquals("recv error: Resource temporarily unavailable\n", p.receiver().stderr());
        assertEquals(1, p.receiver().exit());
    }

    @Test
    @Timeout(60)
    void badArgumentsGiveTheCsUsageLines() {
        for (String[] c : List.of(new String[] {"oob/tcprecv01", "usage: tcprecv01 [ <host> ] <port#>"},
                new String[] {"oob/tcprecv03p", "usage: tcprecv03p [ <host> ] <port#>"},
                new String[] {"oob/tcpsend01", "usage: tcpsend01 <host> <port#>"},
                new String[] {"oob/tcpsend03", "usage: tcpsend01 <host> <port#>"},
                new String[] {"oob/tcpsend06", "usage: tcpsend04 <host> <port#>"},
                new String[] {"oob/tcpcli02", "usage: tcpcli <IPaddress>"})) {
            Programs.Result r = Programs.run(T, null, c[0]);
            assertEquals(1, r.exit(), c[0]);
            assertEquals(c[1] + "\n", r.stderr(), c[0]);
        }
        Programs.Result r = Programs.run(T, null, "oob/tcpsend01", "127.0.0.1", "notaport");
        assertEquals(1, r.exit());
        assertTrue(r.stderr().startsWith("tcp_connect error for 127.0.0.1, notaport: "), r.stderr());
        assertEquals("", r.stdout(), new String(r.stdoutBytes(), StandardCharsets.ISO_8859_1));
    }
}
