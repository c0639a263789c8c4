package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unp.abi.Constants;
import io.unp.sys.Sys;
import io.unp.testkit.Need;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** readline, readn and writen over AF_UNIX socketpairs. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ReadlineTest {
    private final byte[] buf = new byte[Unp.MAXLINE];

    /** The next line from {@code fd} as text, checking the count and the NUL terminator. */
    private String line(int fd, int maxlen) {
        Arrays.fill(buf, (byte) 'X');
        int n = Readline.readline(fd, buf, maxlen);
        assertEquals(0, buf[n], "NUL-terminated like fgets");
        return new String(buf, 0, n, StandardCharsets.ISO_8859_1);
    }

    private String line(int fd) {
        return line(fd, Unp.MAXLINE);
    }

    @Test
    void returnsOneLineAtATimeNewlineIncluded() {
        try (Fds fds = new Fds()) {
            int[] sv = fds.socketpair();
            Fds.write(sv[1], "hello\nworld\n\nlast\n");
            assertEquals("hello\n", line(sv[0]));
            assertEquals(12, Readline.buffered(sv[0]), "the rest waits in readline's buffer");
            assertEquals("world\n", line(sv[0]));
            assertEquals("\n", line(sv[0]));
            assertEquals("last\n", line(sv[0]));
            assertEquals(0, Readline.buffered(sv[0]));
        }
    }

    @Test
    void returnsAPartialLastLineThenZeroAtEndOfFile() {
        try (Fds fds = new Fds()) {
            int[] sv = fds.socketpair();
            Fds.write(sv[1], "one\ntwo");
            Sys.shutdown(sv[1], Constants.SHUT_WR);
            assertEquals("one\n", line(sv[0]));
            Arrays.fill(buf, (byte) 'X');
            assertEquals(3, Readline.readline(sv[0], buf, Unp.MAXLINE), "the bytes stored, no newline");
            assertEquals("two", new String(buf, 0, 3, StandardCharsets.US_ASCII));
            assertEquals(0, buf[3]);
            assertEquals(0, Readline.readline(sv[0], buf, Unp.MAXLINE));
            assertEquals(0, buf[0]);
            assertEquals(0, Readline.readline(sv[0], buf, Unp.MAXLINE), "and again: EOF stays EOF");
        }
    }

    @Test
    void stopsAtMaxlenMinusOneAndContinuesWithTheRestOfTheLine() {
        try (Fds fds = new Fds()) {
            int[] sv = fds.socketpair();
            Fds.write(sv[1], "abcdefghij\nk\n");
            assertEquals("abcd", line(sv[0], 5));
            assertEquals("efgh", line(sv[0], 5));
            assertEquals("ij\n", line(sv[0], 5));
            assertEquals("k\n", line(sv[0], 5));
        }
    }

    @Test
    void aLineLongerThanOneBufferfulIsReadAcrossRefills() throws Exception {
        try (Fds fds = new Fds()) {
            int[] sv = fds.socketpair();
            byte[] big = new byte[3 * Unp.MAXLINE + 17];
            Arrays.fill(big, (byte) 'z');
            big[big.length - 1] = '\n';
            Thread writer = new Thread(() -> Writen.writen(sv[1], big, 0, big.length));
            writer.start();
            byte[] into = new byte[big.length + 1];
            assertEquals(big.length, Readline.readline(sv[0], into, into.length));
            assertArrayEquals(big, Arrays.copyOf(into, big.length));
            writer.join();
        }
    }

    /**
     * Two connections with lines arriving in pieces: each line comes back from its own
     * descriptor. (The book's single static buffer would hand the second descriptor the bytes
     * buffered from the first.)
     */
    @Test
    void keepsASeparateBufferPerDescriptor() {
        try (Fds fds = new Fds()) {
            int[] a = fds.socketpair();
            int[] b = fds.socketpair();
            Fds.write(a[1], "one-a\ntwo-");
            Fds.write(b[1], "one-b\ntwo-b\nthr");
            assertEquals("one-a\n", line(a[0]));
            assertEquals("one-b\n", line(b[0]));
            Fds.write(a[1], "a\nthree-a\n");
            assertEquals("two-a\n", line(a[0]));
            assertEquals("two-b\n", line(b[0]));
            Fds.write(b[1], "ee-b\n");
            assertEquals("three-a\n", line(a[0]));
            assertEquals("three-b\n", line(b[0]));
        }
    }

    @Test
    void forgetsTheBufferWhenTheDescriptorIsClosed() {
        try (Fds fds = new Fds()) {
            int[] old = fds.socketpair();
            Fds.write(old[1], "first\nleft over, never read\n");
            assertEquals("first\n", line(old[0]));
            assertEquals(22, Readline.buffered(old[0]));
            fds.close(old[0]);
            int[] fresh = fds.socketpair(); // the kernel hands out the lowest free number: old[0]
            int reused = fresh[0] == old[0] ? 0 : fresh[1] == old[0] ? 1 : -1;
            Need.bestEffort(reused >= 0, "another thread took descriptor " + old[0]);
            assertEquals(0, Readline.buffered(old[0]), "a new descriptor with the old number starts empty");
            Fds.write(fresh[1 - reused], "fresh\n");
            assertEquals("fresh\n", line(fresh[reused]));
        }
    }

    @Test
    void forgetsTheBufferWhenDup2ReplacesTheDescriptor() {
        try (Fds fds = new Fds()) {
            int[] old = fds.socketpair();
            int[] other = fds.socketpair();
            Fds.write(old[1], "first\nleft over\n");
            assertEquals("first\n", line(old[0]));
            Sys.dup2(other[0], old[0]);
            assertEquals(0, Readline.buffered(old[0]));
            Fds.write(other[1], "via dup2\n");
            assertEquals("via dup2\n", line(old[0]));
        }
    }

    @Test
    void readnReadsExactlyNBytesAcrossShortReadsAndFewerAtEof() throws Exception {
        try (Fds fds = new Fds()) {
            int[] sv = fds.socketpair();
            Thread writer = new Thread(() -> {
                for (String piece : new String[] {"12", "345", "6789", "0abc"}) {
                    Fds.write(sv[1], piece);
                    sleep(20);
                }
                Sys.shutdown(sv[1], Constants.SHUT_WR);
            });
            writer.start();
            byte[] into = new byte[10];
            assertEquals(10, Readn.readn(sv[0], into, 10));
            assertEquals("1234567890", new String(into, StandardCharsets.US_ASCII));
            assertEquals(3, Readn.readn(sv[0], into, 10), "end of file after 3 more");
            assertEquals("abc", new String(into, 0, 3, StandardCharsets.US_ASCII));
            assertEquals(0, Readn.readn(sv[0], into, 10));
            writer.join();
        }
    }

    @Test
    void writenWritesEverythingEvenWhenTheSocketBufferFillsUp() throws Exception {
        try (Fds fds = new Fds()) {
            int[] sv = fds.socketpair();
            Sys.setsockopt(sv[1], Constants.SOL_SOCKET, Constants.SO_SNDBUF, 4096);
            byte[] data = new byte[1 << 20];
            new java.util.Random(1).nextBytes(data);
            byte[] got = new byte[data.length];
            int[] n = new int[1];
            Thread reader = new Thread(() -> n[0] = Readn.readn(sv[0], got, got.length));
            reader.start();
            assertEquals(data.length, Writen.writen(sv[1], data, 0, data.length));
            reader.join(10_000);
            assertEquals(data.length, n[0]);
            assertArrayEquals(data, got);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
