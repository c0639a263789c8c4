package io.unp.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Constants;
import io.unp.abi.Errno;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link SigJmpBuf}: a SIGALRM handler's siglongjmp ends the thread's blocked call with a
 * {@link SigJmpBuf.Jump} instead of EINTR; one that comes while the thread is between calls is
 * taken at the next sigsetjmp or blocking call (the race of section 18.5 cannot lose it); a
 * disarmed buffer drops it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SigJmpBufTest {
    /** Runs {@code body} on a fresh thread with a SIGALRM handler that siglongjmps to {@code jb}. */
    private static Throwable onThread(SigJmpBuf jb, ThrowingRunnable body) throws InterruptedException {
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread t = new Thread(() -> {
            Signals.sigaction(Constants.SIGALRM, signo -> jb.siglongjmp(7), 0);
            try {
                body.run();
                outcome.set(new AssertionError("no jump"));
            } catch (Throwable e) {
                outcome.set(e);
            } finally {
                Sys.alarm(0);
                Signals.sigaction(Constants.SIGALRM, Signals.SIG_IGN, 0);
            }
        });
        t.start();
        t.join(20_000);
        return outcome.get();
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aBlockedReadIsLeftByTheJump() throws Exception {
        int[] p = new int[2];
        Sys.pipe(p);
        try {
            SigJmpBuf jb = new SigJmpBuf();
            long t0 = System.nanoTime();
            Throwable e = onThread(jb, () -> {
                jb.sigsetjmp();
                Sys.alarm(1);
                Sys.read(p[0], new byte[1]); // nothing ever comes
            });
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(e instanceof SigJmpBuf.Jump, String.valueOf(e));
            assertEquals(7, ((SigJmpBuf.Jump) e).val());
            assertTrue(ms >= 900 && ms < 5000, ms + " ms");
        } finally {
            Sys.close(p[0]);
            Sys.close(p[1]);
        }
    }

    @Test
    void aJumpThatCameBetweenCallsIsTakenAtTheNextSigsetjmp() throws Exception {
        SigJmpBuf jb = new SigJmpBuf();
        Throwable e = onThread(jb, () -> {
            jb.sigsetjmp();
            Sys.alarm(1);
            long end = System.nanoTime() + 1_500_000_000L;
            while (System.nanoTime() < end) {
                Thread.onSpinWait(); // busy, in no system call: the alarm comes now
            }
            jb.sigsetjmp(); // where C's loop would have been jumped back to
        });
        assertTrue(e instanceof SigJmpBuf.Jump, String.valueOf(e));
    }

    @Test
    void aJumpThatCameBetweenCallsEndsTheNextBlockingCallAtOnce() throws Exception {
        int[] p = new int[2];
        Sys.pipe(p);
        try {
            SigJmpBuf jb = new SigJmpBuf();
            AtomicReference<Long> blockedFor = new AtomicReference<>();
            Throwable e = onThread(jb, () -> {
                jb.sigsetjmp();
                Sys.alarm(1);
                Thread.sleep(1500); // the alarm comes while the thread is not in a system call
                long t0 = System.nanoTime();
                try {
                    Sys.read(p[0], new byte[1]); // C's racy recvfrom would block here for good
                } finally {
                    blockedFor.set((System.nanoTime() - t0) / 1_000_000);
                }
            });
            assertTrue(e instanceof SigJmpBuf.Jump, String.valueOf(e));
            assertTrue(blockedFor.get() < 500, "the resent interruption ends the read: " + blockedFor.get() + " ms");
        } finally {
            Sys.close(p[0]);
            Sys.close(p[1]);
        }
    }

    @Test
    void aDisarmedBufferDropsTheJumpAndTheCallFailsWithEintrAsWithoutIt() throws Exception {
        int[] p = new int[2];
        Sys.pipe(p);
        try {
            SigJmpBuf jb = new SigJmpBuf();
            Throwable e = onThread(jb, () -> {
                try (SigJmpBuf armed = jb.sigsetjmp()) {
                    // left before any alarm
                }
                Sys.alarm(1);
                Sys.read(p[0], new byte[1]);
            });
            assertTrue(e instanceof ErrnoException && ((ErrnoException) e).is(Errno.EINTR), String.valueOf(e));
        } finally {
            Sys.close(p[0]);
            Sys.close(p[1]);
        }
    }

    @Test
    void siglongjmpWithNoArmedBufferReturnsAtOnce() {
        SigJmpBuf jb = new SigJmpBuf();
        long t0 = System.nanoTime();
        jb.siglongjmp(1);
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "nothing to jump to: nothing happens");
    }
}
