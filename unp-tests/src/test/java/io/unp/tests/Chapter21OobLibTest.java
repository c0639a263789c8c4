package io.unp.tests;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.MSG_DONTWAIT;
import static io.unp.abi.Constants.MSG_OOB;
import static io.unp.abi.Constants.POLLIN;
import static io.unp.abi.Constants.POLLPRI;
import static io.unp.abi.Constants.POLLRDBAND;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_OOBINLINE;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Errno;
import io.unp.abi.FdSet;
import io.unp.abi.PollFd;
import io.unp.abi.Timeval;
import io.unp.lib.Sockatmark;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What Linux TCP does with out-of-band data, through unp-lib's calls in this JVM on a loopback
 * connection (an ephemeral port of 127.0.0.1): the one-byte out-of-band "buffer", EINVAL for a
 * second read of the byte, the mark, SO_OOBINLINE, and how select and poll report urgent data
 * (where Linux differs from the book's BSD).
 */
@Timeout(30)
class Chapter21OobLibTest {
    private final List<Integer> fds = new ArrayList<>();
    private int sender;
    private int receiver;

    @BeforeEach
    void connect() {
        int listener = open(Sys.socket(AF_INET, SOCK_STREAM, 0));
        Sys.bind(listener, SockaddrIn.of(new byte[] {127, 0, 0, 1}, 0));
        Sys.listen(listener, 1);
        SockaddrIn bound = new SockaddrIn();
        Sys.getsockname(listener, bound);
        sender = open(Sys.socket(AF_INET, SOCK_STREAM, 0));
        Sys.connect(sender, bound);
        receiver = open(Sys.accept(listener, null));
    }

    @AfterEach
    void close() {
        for (int fd : fds) {
            Sys.close(fd);
        }
    }

    private int open(int fd) {
        fds.add(fd);
        return fd;
    }

    private void send(String s, int flags) throws InterruptedException {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        assertEquals(b.length, Sys.send(sender, b, 0, b.length, flags));
        Thread.sleep(100); // on its way through loopback
    }

    /** recv without waiting (a test's timeout cannot end a blocked native call). */
    private String recv(int flags) {
        byte[] buf = new byte[100];
        int n = Sys.recv(receiver, buf, 0, buf.length, flags | MSG_DONTWAIT);
        return new String(buf, 0, n, StandardCharsets.US_ASCII);
    }

    @Test
    void onlyTheLastByteOfAnOobSendIsOutOfBandAndItCanBeReadOnce() throws Exception {
        send("abc", MSG_OOB);
        assertEquals("c", recv(MSG_OOB), "one byte of out-of-band data, whatever the buffer size");
        ErrnoException again = assertThrows(ErrnoException.class, () -> recv(MSG_OOB));
        assertEquals(Errno.EINVAL, again.errno(), "the byte was read already");
        assertEquals("ab", recv(0), "the others are normal data, and the urgent byte is not in the stream");
    }

    @Test
    void oobReadWithoutUrgentDataIsEinvalAndWithOobinlineAlsoEinval() throws Exception {
        send("x", 0);
        assertEquals(Errno.EINVAL, assertThrows(ErrnoException.class, () -> recv(MSG_OOB)).errno(), "no urgent data");
        recv(0);
        Sys.setsockopt(receiver, SOL_SOCKET, SO_OOBINLINE, 1);
        send("4", MSG_OOB);
        assertEquals(Errno.EINVAL, assertThrows(ErrnoException.class, () -> recv(MSG_OOB)).errno(), "inline: read it in the stream");
        assertTrue(Sockatmark.sockatmark(receiver));
        assertEquals("4", recv(0));
    }

    @Test
    void aNewerUrgentByteReplacesTheOlderWhichBecomesNormalData() throws Exception {
        send("x", 0);
        send("1", MSG_OOB);
        send("y", 0);
        send("2", MSG_OOB);
        assertEquals("2", recv(MSG_OOB));
        assertEquals("x1y", recv(0), "the first urgent byte is back in the stream");
    }

    /**
     * Linux's exception to the rule above: two urgent bytes back to back, the first at the read
     * pointer: the kernel drops the first from the stream altogether (tcp_check_urg; BSD often
     * does the same), so neither read sees it.
     */
    @Test
    void backToBackUrgentBytesAtTheReadPointerLoseTheFirstOnLinux() throws Exception {
        send("1", MSG_OOB);
        send("2", MSG_OOB);
        assertEquals("2", recv(MSG_OOB));
        assertEquals(Errno.EAGAIN, assertThrows(ErrnoException.class, () -> recv(0)).errno(), "nothing left");
    }

    @Test
    void aReadStopsAtTheMarkAndSockatmarkSaysWhenThereWithInline() throws Exception {
        Sys.setsockopt(receiver, SOL_SOCKET, SO_OOBINLINE, 1);
        send("123", 0);
        send("4", MSG_OOB);
        send("5", 0);
        assertFalse(Sockatmark.sockatmark(receiver));
        assertEquals("123", recv(0), "the read stops before the mark");
        assertTrue(Sockatmark.sockatmark(receiver));
        assertEquals("45", recv(0));
        assertFalse(Sockatmark.sockatmark(receiver));
    }

    @Test
    void selectReportsAnExceptionOnlyUntilTheByteIsReadOnLinux() throws Exception {
        send("123", 0);
        send("4", MSG_OOB);
        assertTrue(exception(), "urgent data pending");
        assertEquals("4", recv(MSG_OOB));
        assertFalse(exception(), "Linux clears it once the byte is read (BSD keeps it until the mark is passed)");
        assertEquals("123", recv(0));
    }

    private boolean exception() {
        FdSet xset = new FdSet();
        FD_SET(receiver, xset);
        Sys.select(receiver + 1, null, null, xset, new Timeval(0, 0));
        return FD_ISSET(receiver, xset);
    }

    @Test
    void pollReportsUrgentDataAsPollpriNeverPollrdband() throws Exception {
        send("4", MSG_OOB);
        PollFd[] p = {new PollFd(receiver, POLLIN | POLLPRI | POLLRDBAND)};
        assertEquals(1, Sys.poll(p, 1, 1000));
        assertEquals(POLLPRI, p[0].revents(), "POLLPRI alone: the urgent byte is not normal data to read");
    }

    @Test
    void sockatmarkOfANonSocketFails() {
        int[] pipe = new int[2];
        Sys.pipe(pipe);
        open(pipe[0]);
        open(pipe[1]);
        assertThrows(ErrnoException.class, () -> Sockatmark.sockatmark(pipe[0]));
    }
}
