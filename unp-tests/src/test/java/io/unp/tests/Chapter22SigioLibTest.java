package io.unp.tests;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.F_GETFL;
import static io.unp.abi.Constants.F_GETOWN;
import static io.unp.abi.Constants.F_GETSIG;
import static io.unp.abi.Constants.F_SETFL;
import static io.unp.abi.Constants.F_SETOWN;
import static io.unp.abi.Constants.F_SETSIG;
import static io.unp.abi.Constants.O_ASYNC;
import static io.unp.abi.Constants.O_NONBLOCK;
import static io.unp.abi.Constants.SIGIO;
import static io.unp.abi.Constants.SIGUSR1;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.net.SockaddrIn;
import io.unp.sys.Signals;
import io.unp.sys.Sys;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Signal-driven I/O with unp-lib's calls in this JVM, on a loopback UDP socket: F_SETOWN and
 * O_ASYNC (fcntl's names for the book's FIOASYNC ioctl) make a datagram's arrival send SIGIO to
 * the owner, and Linux's F_SETSIG picks another signal instead.
 */
@Timeout(30)
class Chapter22SigioLibTest {
    private int rfd = -1;
    private int sfd = -1;

    @AfterEach
    void close() {
        Signals.sigaction(SIGIO, Signals.SIG_DFL, 0);
        Signals.sigaction(SIGUSR1, signo -> {}, Signals.SA_RESTART);
        if (rfd >= 0) {
            Sys.close(rfd);
        }
        if (sfd >= 0) {
            Sys.close(sfd);
        }
    }

    /** A receiving socket that signals this process, and the address to send to. */
    private SockaddrIn asyncSocket() {
        rfd = Sys.socket(AF_INET, SOCK_DGRAM, 0);
        Sys.bind(rfd, SockaddrIn.of(new byte[] {127, 0, 0, 1}, 0));
        SockaddrIn to = new SockaddrIn();
        Sys.getsockname(rfd, to);
        Sys.fcntl(rfd, F_SETOWN, Sys.getpid());
        Sys.fcntl(rfd, F_SETFL, Sys.fcntl(rfd, F_GETFL, 0) | O_ASYNC | O_NONBLOCK);
        sfd = Sys.socket(AF_INET, SOCK_DGRAM, 0);
        return to;
    }

    private void sendAndWait(SockaddrIn to, AtomicInteger calls) throws InterruptedException {
        Sys.sendto(sfd, new byte[] {'x'}, 0, 1, 0, to);
        long end = System.nanoTime() + 5_000_000_000L;
        while (calls.get() == 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
    }

    @Test
    void aDatagramSendsSigioToTheOwner() throws Exception {
        AtomicInteger sigio = new AtomicInteger();
        Signals.sigaction(SIGIO, signo -> sigio.incrementAndGet(), Signals.SA_RESTART);
        SockaddrIn to = asyncSocket();
        assertEquals(Sys.getpid(), Sys.fcntl(rfd, F_GETOWN, 0));
        assertEquals(0, Sys.fcntl(rfd, F_GETSIG, 0), "0: the default, SIGIO");
        assertTrue((Sys.fcntl(rfd, F_GETFL, 0) & O_ASYNC) != 0);
        sendAndWait(to, sigio);
        assertEquals(1, sigio.get());
    }

    @Test
    void fSetsigPicksTheSignalInstead() throws Exception {
        AtomicInteger sigio = new AtomicInteger();
        AtomicInteger usr1 = new AtomicInteger();
        Signals.sigaction(SIGIO, signo -> sigio.incrementAndGet(), Signals.SA_RESTART);
        Signals.sigaction(SIGUSR1, signo -> usr1.incrementAndGet(), Signals.SA_RESTART);
        SockaddrIn to = asyncSocket();
        Sys.fcntl(rfd, F_SETSIG, SIGUSR1);
        assertEquals(SIGUSR1, Sys.fcntl(rfd, F_GETSIG, 0));
        sendAndWait(to, usr1);
        Thread.sleep(200);
        assertEquals(1, usr1.get());
        assertEquals(0, sigio.get(), "not SIGIO");
    }
}
