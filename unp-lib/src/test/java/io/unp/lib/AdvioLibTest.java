package io.unp.lib;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_UNIX;
import static io.unp.abi.Constants.IPPROTO_IP;
import static io.unp.abi.Constants.IP_PKTINFO;
import static io.unp.abi.Constants.LOG_ERR;
import static io.unp.abi.Constants.LOG_INFO;
import static io.unp.abi.Constants.MSG_DONTWAIT;
import static io.unp.abi.Constants.MSG_PEEK;
import static io.unp.abi.Constants.MSG_TRUNC;
import static io.unp.abi.Constants.MSG_WAITALL;
import static io.unp.abi.Constants.SHUT_WR;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Errno;
import io.unp.abi.Timeval;
import io.unp.net.InPktinfo;
import io.unp.net.SockaddrIn;
import io.unp.net.SolSocket;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 13's library: the select timeouts, SO_RCVTIMEO/SO_SNDTIMEO, recv's flags, stdio on a
 * socket, recvfrom_flags on loopback; and chapter 12's syslog routing of the error functions.
 * Sockets are socket pairs or loopback UDP, closed after each test.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AdvioLibTest {
    private final List<Integer> fds = new ArrayList<>();

    @AfterEach
    void closeAll() {
        for (int fd : fds) {
            try {
                Sys.close(fd);
            } catch (ErrnoException e) {
                // already closed by the test
            }
        }
    }

    private int[] pair() {
        int[] sv = new int[2];
        Sys.socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
        fds.add(sv[0]);
        fds.add(sv[1]);
        return sv;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    // ---- section 13.2: timeouts

    @Test
    void readableTimeoWaitsItsSecondsThenSaysZero() {
        int[] sv = pair();
        long start = System.nanoTime();
        assertEquals(0, ReadableTimeo.readableTimeo(sv[0], 1));
        assertTrue(System.nanoTime() - start >= 900_000_000L, "returned before its timeout");
        Sys.write(sv[1], ascii("x"));
        assertEquals(1, ReadableTimeo.readableTimeo(sv[0], 1));
        int closed = Sys.socket(AF_UNIX, SOCK_STREAM, 0);
        Sys.close(closed);
        assertEquals(-1, ReadableTimeo.readableTimeo(closed, 0), "a closed descriptor is an error");
        assertEquals(Errno.EBADF.code(), Sys.errno());
    }

    @Test
    void writableTimeoSaysZeroWhileTheSendBufferIsFull() {
        int[] sv = pair();
        assertEquals(1, WritableTimeo.writableTimeo(sv[0], 0));
        fill(sv[0]);
        assertEquals(0, WritableTimeo.writableTimeo(sv[0], 1));
        drain(sv[1]);
        assertEquals(1, WritableTimeo.writableTimeo(sv[0], 1));
    }

    @Test
    void soRcvtimeoAndSoSndtimeoEndABlockedCallWithEwouldblock() {
        int[] sv = pair();
        Sys.setsockopt(sv[0], SolSocket.SO_RCVTIMEO, new Timeval(1, 0));
        long start = System.nanoTime();
        ErrnoException r = assertThrows(ErrnoException.class, () -> Sys.recv(sv[0], new byte[10], 0, 10, 0));
        assertTrue(r.is(Errno.EWOULDBLOCK), r.toString());
        assertTrue(System.nanoTime() - start >= 900_000_000L);

        Sys.setsockopt(sv[0], SolSocket.SO_SNDTIMEO, new Timeval(0, 500_000));
        assertEquals(500_000L, Sys.getsockopt(sv[0], SolSocket.SO_SNDTIMEO).tvUsec());
        fill(sv[0]);
        start = System.nanoTime();
        byte[] big = new byte[65536];
        ErrnoException w = assertThrows(ErrnoException.class, () -> Sys.send(sv[0], big, 0, big.length, 0));
        assertTrue(w.is(Errno.EWOULDBLOCK), w.toString());
        assertTrue(System.nanoTime() - start >= 400_000_000L);
    }

    // ---- section 13.3: recv and send flags

    @Test
    void msgPeekLeavesTheDataMsgDontwaitDoesNotBlock() {
        int[] sv = pair();
        byte[] buf = new byte[10];
        ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.recv(sv[0], buf, 0, 10, MSG_DONTWAIT));
        assertTrue(e.is(Errno.EAGAIN));
        Sys.send(sv[1], ascii("abc"), 0, 3, 0);
        assertEquals(3, Sys.recv(sv[0], buf, 0, 10, MSG_PEEK));
        assertEquals(3, Sys.recv(sv[0], buf, 0, 10, MSG_PEEK), "peeking again sees the same bytes");
        assertEquals(3, Sys.recv(sv[0], buf, 0, 10, MSG_DONTWAIT));
        assertEquals("abc", new String(buf, 0, 3, StandardCharsets.US_ASCII));
    }

    @Test
    void msgWaitallWaitsForEveryByteAsked() throws Exception {
        int[] sv = pair();
        Sys.send(sv[1], ascii("abc"), 0, 3, 0);
        Thread later = new Thread(() -> {
            sleep(300);
            Sys.send(sv[1], ascii("def"), 0, 3, 0);
        });
        later.start();
        byte[] buf = new byte[6];
        assertEquals(6, Sys.recv(sv[0], buf, 0, 6, MSG_WAITALL), "without MSG_WAITALL recv returns the first 3");
        assertEquals("abcdef", new String(buf, StandardCharsets.US_ASCII));
        later.join();
        Sys.send(sv[1], ascii("xy"), 0, 2, 0);
        Sys.shutdown(sv[1], SHUT_WR);
        assertEquals(2, Sys.recv(sv[0], buf, 0, 6, MSG_WAITALL), "end of file ends the wait early");
    }

    // ---- section 13.8: standard I/O on a socket

    @Test
    void anOutputStreamOnASocketKeepsLinesUntilFlushed() {
        int[] sv = pair();
        StdioFile out = StdioFile.Fdopen(sv[0], "w");
        StdioFile.Fputs(ascii("hello\n\0"), out);
        assertEquals(0, ReadableTimeo.readableTimeo(sv[1], 0), "the line waits in the stream's buffer");
        assertTrue(out.fflush());
        byte[] buf = new byte[100];
        assertEquals(6, Sys.read(sv[1], buf));

        byte[] kb = new byte[StdioFile.BUFSIZ];
        Arrays.fill(kb, (byte) 'k');
        assertTrue(out.fwrite(kb, 0, kb.length));
        assertEquals(1, ReadableTimeo.readableTimeo(sv[1], 1), "a full buffer is written without a flush");
    }

    @Test
    void anInputStreamOnASocketReadsAheadAndSplitsLines() {
        int[] sv = pair();
        StdioFile in = StdioFile.Fdopen(sv[0], "r");
        Sys.write(sv[1], ascii("one\ntwo\n"));
        Sys.shutdown(sv[1], SHUT_WR);
        byte[] line = new byte[Unp.MAXLINE];
        assertEquals(4, StdioFile.Fgets(line, Unp.MAXLINE, in));
        assertEquals("one\n", Stdio.str(line));
        assertEquals(1, ReadableTimeo.readableTimeo(sv[0], 0), "end of file is still readable");
        assertEquals(4, StdioFile.Fgets(line, Unp.MAXLINE, in), "from the buffer, no read");
        assertEquals("two\n", Stdio.str(line));
        assertEquals(-1, StdioFile.Fgets(line, Unp.MAXLINE, in));
        assertTrue(in.feof());
    }

    @Test
    void fdopenRefusesABadModeOrDescriptor() {
        assertNull(StdioFile.fdopen(0, "x"));
        assertEquals(Errno.EINVAL.code(), Sys.errno());
        assertNull(StdioFile.fdopen(987654, "r"));
        assertEquals(Errno.EBADF.code(), Sys.errno());
    }

    // ---- section 20.2: recvfrom_flags

    @Test
    void recvfromFlagsReportsTruncationDestinationAndInterface() {
        int rfd = Sys.socket(AF_INET, SOCK_DGRAM, 0);
        fds.add(rfd);
        int sfd = Sys.socket(AF_INET, SOCK_DGRAM, 0);
        fds.add(sfd);
        SockaddrIn lo = new SockaddrIn();
        io.unp.net.Inet.inetPton(AF_INET, "127.0.0.1", lo);
        Sys.bind(rfd, lo);
        SockaddrIn dest = new SockaddrIn();
        Sys.getsockname(rfd, dest);

        byte[] msg = new byte[30];
        Arrays.fill(msg, (byte) 'm');
        byte[] buf = new byte[20];
        int[] flags = {0};
        InPktinfo pkt = new InPktinfo();
        SockaddrIn from = new SockaddrIn();

        // no IP_PKTINFO yet: no control data, the structure stays zero
        Sys.sendto(sfd, msg, 0, 5, 0, dest);
        assertEquals(5, RecvfromFlags.RecvfromFlags(rfd, buf, 20, flags, from, pkt));
        assertEquals(0, flags[0]);
        assertEquals(0, pkt.ipiIfindex());
        assertArrayEquals(new byte[4], pkt.ipiAddr());

        Sys.setsockopt(rfd, IPPROTO_IP, IP_PKTINFO, 1);
        Sys.sendto(sfd, msg, 0, 30, 0, dest);
        flags[0] = MSG_PEEK;
        assertEquals(20, RecvfromFlags.recvfromFlags(rfd, buf, 20, flags, from, pkt));
        assertEquals(MSG_TRUNC, flags[0] & MSG_TRUNC, "30 bytes did not fit in 20");
        flags[0] = 0;
        assertEquals(20, RecvfromFlags.recvfromFlags(rfd, buf, 20, flags, from, pkt), "MSG_PEEK left it queued");
        assertEquals(MSG_TRUNC, flags[0] & MSG_TRUNC);
        assertArrayEquals(new byte[] {127, 0, 0, 1}, pkt.ipiAddr());
        assertEquals(IfIndex.ifNametoindex("lo"), pkt.ipiIfindex());
        SockaddrIn sender = new SockaddrIn();
        Sys.getsockname(sfd, sender);
        assertEquals(sender.portHost(), from.portHost());
    }

    // ---- chapter 12: the error functions through syslog

    @Test
    void aDaemonsErrorFunctionsLogAtTheBooksLevels() {
        List<String> logged = new ArrayList<>();
        Consumer<String> sink = line -> logged.add(DaemonLog.level() + " " + line);
        boolean wasDaemon = Err.daemonProc;
        Consumer<String> old = Err.syslog;
        Err.syslog = sink;
        Err.daemonProc = true;
        try {
            Err.msg("connection from %s", "127.0.0.1.5");
            Sys.setErrno(Errno.ECONNRESET.code());
            Err.ret("read error");
            assertThrows(Exit.class, () -> Err.quit("usage: %s", "x"));
            Sys.setErrno(Errno.EINTR.code());
            assertThrows(Exit.class, () -> Err.sys("accept error"));
        } finally {
            Err.daemonProc = wasDaemon;
            Err.syslog = old;
        }
        assertEquals(List.of(LOG_INFO + " connection from 127.0.0.1.5", LOG_INFO + " read error: Connection reset by peer",
                LOG_ERR + " usage: x", LOG_ERR + " accept error: Interrupted system call"), logged);
    }

    @Test
    void daemonInitRestartsThisJvmWithItsOwnCommandLine() throws Exception {
        String all = Files.readString(Path.of("/proc/self/cmdline"), StandardCharsets.ISO_8859_1);
        List<String> self = Arrays.asList(all.substring(0, all.length() - 1).split("\0", -1));
        List<String> argv = DaemonInit.command("1");
        assertTrue(argv.get(0).endsWith("/bin/java"), argv.get(0));
        assertEquals("-D" + DaemonInit.STAGE_PROPERTY + "=1", argv.get(1));
        assertEquals(self.subList(1, self.size()), argv.subList(2, argv.size()));
        assertTrue(!DaemonInit.isDaemon());
    }

    // ---- helpers

    /** Fills {@code fd}'s send buffer (and the peer's receive buffer) without blocking. */
    private static void fill(int fd) {
        byte[] chunk = new byte[4096];
        try {
            for (;;) {
                Sys.send(fd, chunk, 0, chunk.length, MSG_DONTWAIT);
            }
        } catch (ErrnoException e) {
            assertTrue(e.is(Errno.EAGAIN), e.toString());
        }
    }

    private static void drain(int fd) {
        byte[] buf = new byte[65536];
        try {
            for (;;) {
                Sys.recv(fd, buf, 0, buf.length, MSG_DONTWAIT);
            }
        } catch (ErrnoException e) {
            assertTrue(e.is(Errno.EAGAIN), e.toString());
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
