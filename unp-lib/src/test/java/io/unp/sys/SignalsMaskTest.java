package io.unp.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.abi.SigSet;
import io.unp.abi.Timespec;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The chapter 22 rule of {@link Signals}: the mask of the thread that installed a handler holds
 * the handler back as the kernel's mask would hold the signal: arrivals while blocked collapse
 * into one call when it is unblocked, blocking waits for a running call, and sigsuspend and
 * pselect swap the mask for their wait atomically (a held arrival ends the wait at once).
 */
class SignalsMaskTest {

    @AfterEach
    void quiet() {
        Signals.sigaction(Constants.SIGUSR1, signo -> {}, Signals.SA_RESTART);
        SigSet none = new SigSet();
        Sys.sigprocmask(Constants.SIG_SETMASK, none, null);
    }

    private static SigSet usr1() {
        SigSet s = new SigSet();
        Sys.sigaddset(s, Constants.SIGUSR1);
        return s;
    }

    /**
     * Runs {@code body} on a thread of its own, which ends with it: a pool's thread would carry
     * a blocked mask into the next test (Java 25's CompletableFuture reuses them).
     */
    private static <T> CompletableFuture<T> onNewThread(java.util.function.Supplier<T> body) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(body.get());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        t.start();
        return f;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @Timeout(20)
    void arrivalsWhileBlockedAreHeldAndBecomeOneCallWhenUnblocked() {
        AtomicInteger calls = new AtomicInteger();
        Signals.sigaction(Constants.SIGUSR1, signo -> calls.incrementAndGet(), Signals.SA_RESTART);
        SigSet old = new SigSet();
        Sys.sigprocmask(Constants.SIG_BLOCK, usr1(), old);
        for (int i = 0; i < 3; i++) {
            Sys.kill(Sys.getpid(), Constants.SIGUSR1);
            sleep(100);
        }
        sleep(300);
        assertEquals(0, calls.get(), "held while blocked");
        Sys.sigprocmask(Constants.SIG_SETMASK, old, null);
        sleep(500);
        assertEquals(1, calls.get(), "three arrivals, one delivery, as a standard signal");
        Sys.kill(Sys.getpid(), Constants.SIGUSR1);
        sleep(500);
        assertEquals(2, calls.get(), "unblocked: delivered as it comes");
    }

    @Test
    @Timeout(20)
    void blockingWaitsForARunningCallSoNoCallOverlapsTheBlockedSection() {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlap = new AtomicInteger();
        boolean[] blocked = {false};
        Signals.sigaction(Constants.SIGUSR1, signo -> {
            inside.incrementAndGet();
            sleep(400);
            synchronized (blocked) {
                if (blocked[0]) {
                    overlap.incrementAndGet();
                }
            }
            inside.decrementAndGet();
        }, Signals.SA_RESTART);
        Sys.kill(Sys.getpid(), Constants.SIGUSR1);
        sleep(100); // the call is running
        assertEquals(1, inside.get());
        long t0 = System.nanoTime();
        Sys.sigprocmask(Constants.SIG_BLOCK, usr1(), null);
        synchronized (blocked) {
            blocked[0] = true;
        }
        assertTrue((System.nanoTime() - t0) / 1_000_000 >= 200, "sigprocmask returned while the handler ran");
        assertEquals(0, inside.get());
        assertEquals(0, overlap.get());
    }

    @Test
    @Timeout(20)
    void sigsuspendDeliversAHeldSignalAndReturnsEintrAtOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<String> r = onNewThread(() -> {
            Signals.sigaction(Constants.SIGUSR1, signo -> calls.incrementAndGet(), Signals.SA_RESTART);
            SigSet old = new SigSet();
            Sys.sigprocmask(Constants.SIG_BLOCK, usr1(), old);
            Sys.kill(Sys.getpid(), Constants.SIGUSR1); // arrives before the wait, held
            sleep(300);
            int before = calls.get();
            long t0 = System.nanoTime();
            ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.sigsuspend(new SigSet()));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return before + " " + e.getMessage() + " " + calls.get() + (ms < 1000 ? " at once" : " late");
        });
        assertEquals("0 sigsuspend: Interrupted system call 1 at once", r.get(10, TimeUnit.SECONDS));
    }

    @Test
    @Timeout(20)
    void sigsuspendWaitsForTheNextSignalAndRestoresTheMask() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CompletableFuture<String> r = onNewThread(() -> {
            Signals.sigaction(Constants.SIGUSR1, signo -> calls.incrementAndGet(), Signals.SA_RESTART);
            Sys.sigprocmask(Constants.SIG_BLOCK, usr1(), null);
            try {
                Sys.sigsuspend(new SigSet());
                return "returned";
            } catch (ErrnoException e) {
                SigSet now = new SigSet();
                Sys.sigprocmask(Constants.SIG_BLOCK, null, now);
                return e.errno() + " " + calls.get() + " blocked again: " + now.contains(Constants.SIGUSR1);
            }
        });
        sleep(500);
        assertFalse(r.isDone(), "waits for a signal");
        Sys.kill(Sys.getpid(), Constants.SIGUSR1);
        assertEquals(Errno.EINTR + " 1 blocked again: true", r.get(10, TimeUnit.SECONDS));
    }

    @Test
    @Timeout(20)
    void pselectUnblocksAHeldSignalForItsWait() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        int[] pipe = new int[2];
        Sys.pipe(pipe);
        try {
            CompletableFuture<String> r = onNewThread(() -> {
                Signals.sigaction(Constants.SIGUSR1, signo -> calls.incrementAndGet(), Signals.SA_RESTART);
                SigSet old = new SigSet();
                Sys.sigprocmask(Constants.SIG_BLOCK, usr1(), old);
                Sys.kill(Sys.getpid(), Constants.SIGUSR1);
                sleep(300);
                io.unp.abi.FdSet rset = new io.unp.abi.FdSet();
                io.unp.abi.FdSet.FD_SET(pipe[0], rset);
                long t0 = System.nanoTime();
                try {
                    return "returned " + Sys.pselect(pipe[0] + 1, rset, null, null, new Timespec(5, 0), old);
                } catch (ErrnoException e) {
                    return e.getMessage() + " " + calls.get() + ((System.nanoTime() - t0) < 1_000_000_000L ? " at once" : " late");
                }
            });
            assertEquals("pselect: Interrupted system call 1 at once", r.get(15, TimeUnit.SECONDS));
        } finally {
            Sys.close(pipe[0]);
            Sys.close(pipe[1]);
        }
    }
}
