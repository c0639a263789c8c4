package io.unp.lib;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.F_GETFL;
import static io.unp.abi.Constants.F_SETFL;
import static io.unp.abi.Constants.O_NONBLOCK;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.lib.ConnectNonb.connectNonb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Errno;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrStorage;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * connect_nonb on this host's loopback, as an ordinary user: a listener, a closed port, and a
 * listener whose accept queue is full (Linux then drops SYNs, so the connect can only time
 * out). The namespace tests (unp-tests Chapter15ConnectNonbTest) drop SYNs with nftables.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ConnectNonbTest {
    private static SockaddrIn listener(Fds fds, int backlog) {
        int l = fds.socket(AF_INET, SOCK_STREAM);
        Sys.bind(l, SockaddrIn.of(new byte[] {127, 0, 0, 1}, 0));
        Sys.listen(l, backlog);
        SockaddrStorage ss = new SockaddrStorage();
        Sys.getsockname(l, ss);
        return ss.asIn();
    }

    @Test
    void connectsAndGivesBackTheFlagsTheSocketHad() {
        try (Fds fds = new Fds()) {
            SockaddrIn addr = listener(fds, 5);
            int fd = fds.socket(AF_INET, SOCK_STREAM);
            connectNonb(fd, addr, 5);
            assertEquals(0, Sys.fcntl(fd, F_GETFL, 0) & O_NONBLOCK, "a blocking socket comes back blocking");
            SockaddrStorage peer = new SockaddrStorage();
            Sys.getpeername(fd, peer);
            assertEquals(addr.portHost(), peer.portHost());

            int nb = fds.socket(AF_INET, SOCK_STREAM);
            Sys.fcntl(nb, F_SETFL, Sys.fcntl(nb, F_GETFL, 0) | O_NONBLOCK);
            connectNonb(nb, addr, 0);
            assertEquals(O_NONBLOCK, Sys.fcntl(nb, F_GETFL, 0) & O_NONBLOCK, "restored, not cleared");
        }
    }

    @Test
    void aClosedPortIsRefusedAtOnce() {
        try (Fds fds = new Fds()) {
            int closed = fds.socket(AF_INET, SOCK_STREAM); // bound, not listening: SYNs get a RST
            Sys.bind(closed, SockaddrIn.of(new byte[] {127, 0, 0, 1}, 0));
            SockaddrStorage ss = new SockaddrStorage();
            Sys.getsockname(closed, ss);

            int fd = Sys.socket(AF_INET, SOCK_STREAM, 0);
            long t0 = System.nanoTime();
            ErrnoException e = assertThrows(ErrnoException.class, () -> connectNonb(fd, ss.asIn(), 10));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(Errno.ECONNREFUSED, e.errno());
            assertEquals(Errno.ECONNREFUSED.code(), Sys.errno(), "errno is set, as in C");
            assertTrue(ms < 1000, "at once, not after the timeout: " + ms + " ms");
            assertClosed(fd, "the refusal is the pending error after select: the socket is closed");
        }
    }

    @Test
    void aFullListenQueueDropsTheSynAndConnectNonbTimesOut() {
        try (Fds fds = new Fds()) {
            SockaddrIn addr = listener(fds, 0); // room for one connection
            int first = fds.socket(AF_INET, SOCK_STREAM);
            Sys.connect(first, addr); // fills the queue; nobody accepts

            int fd = Sys.socket(AF_INET, SOCK_STREAM, 0);
            long t0 = System.nanoTime();
            ErrnoException e = assertThrows(ErrnoException.class, () -> connectNonb(fd, addr, 1));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(Errno.ETIMEDOUT, e.errno());
            assertEquals(Errno.ETIMEDOUT.code(), Sys.errno());
            assertTrue(ms >= 990 && ms < 3000, "select waited the 1 s given: " + ms + " ms");
            assertClosed(fd, "connect_nonb closes the socket when it times out");
        }
    }

    private static void assertClosed(int fd, String why) {
        ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.fcntl(fd, F_GETFL, 0), why);
        assertEquals(Errno.EBADF, e.errno(), why);
    }
}
