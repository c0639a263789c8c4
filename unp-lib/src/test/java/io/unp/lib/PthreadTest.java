package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.abi.Timespec;
import io.unp.sys.ErrnoException;
import io.unp.sys.Signals;
import io.unp.sys.Sys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pthread helpers over Java threads: the calls behave as POSIX says (return values, the
 * error numbers of misuse, condition-variable hand-off, once, thread-specific data and its
 * destructors at thread exit), with the error number carried by an exception and errno left
 * alone, as the C functions return it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PthreadTest {

    private static Errno errnoOf(Runnable r) {
        ErrnoException e = assertThrows(ErrnoException.class, r::run);
        return e.errno();
    }

    @Test
    void joinReturnsWhatTheStartRoutineReturned() {
        PthreadT t = Pthread.pthreadCreate(null, arg -> "got " + arg, 42);
        assertEquals("got 42", Pthread.pthreadJoin(t));
        assertTrue(t.id() > 0);
        assertNotEquals(Pthread.pthreadSelf().id(), t.id());
    }

    @Test
    void joinMisuseGivesPosixErrorNumbersAndLeavesErrnoAlone() throws Exception {
        Sys.setErrno(0);
        assertEquals(Errno.EDEADLK, errnoOf(() -> Pthread.pthreadJoin(Pthread.pthreadSelf())));
        assertEquals(Errno.ESRCH, errnoOf(() -> Pthread.pthreadJoin(777777L)), "no such thread number");

        PthreadT once = Pthread.pthreadCreate(null, arg -> null, null);
        Pthread.pthreadJoin(once);
        assertEquals(Errno.ESRCH, errnoOf(() -> Pthread.pthreadJoin(once)), "joined already");

        CountDownLatch release = new CountDownLatch(1);
        PthreadT detached = Pthread.pthreadCreate(null, arg -> await(release), null);
        Pthread.pthreadDetach(detached);
        assertEquals(Errno.EINVAL, errnoOf(() -> Pthread.pthreadJoin(detached)));
        assertEquals(Errno.EINVAL, errnoOf(() -> Pthread.pthreadDetach(detached)), "detached twice");
        release.countDown();
        assertEquals(0, Sys.errno(), "pthread calls report by return value, not errno");
    }

    @Test
    void aThreadCreatedDetachedCannotBeJoined() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        PthreadT t = Pthread.pthreadCreate(new PthreadAttr().setdetachstate(Pthread.PTHREAD_CREATE_DETACHED),
                arg -> { ran.countDown(); return null; }, null);
        assertTrue(ran.await(5, TimeUnit.SECONDS));
        assertEquals(Errno.EINVAL, errnoOf(() -> Pthread.pthreadJoin(t)));
    }

    @Test
    void wrapperEndsTheProgramWithTheBooksMessageAndErrnoSet() {
        Sys.setErrno(0);
        assertThrows(Exit.class, () -> WrapPthread.Pthread_join(777777L));
        assertEquals(Errno.ESRCH.code(), Sys.errno(), "errno = n; err_sys(\"pthread_join error\")");
    }

    @Test
    void pthreadExitEndsTheThreadWithItsValueAndOnlyInsideCreatedThreads() {
        PthreadT t = Pthread.pthreadCreate(null, arg -> {
            try {
                Pthread.pthreadExit("early");
            } catch (RuntimeException e) {
                return "caught: a catch of Exception must not stop pthread_exit";
            }
            return "late";
        }, null);
        assertEquals("early", Pthread.pthreadJoin(t));
        assertThrows(IllegalStateException.class, () -> Pthread.pthreadExit(null));
    }

    @Test
    void mutexIsErrorCheckingAndExcludes() throws Exception {
        PthreadMutex m = new PthreadMutex();
        assertEquals(Errno.EPERM, errnoOf(() -> Pthread.pthreadMutexUnlock(m)), "not held");
        Pthread.pthreadMutexLock(m);
        assertEquals(Errno.EDEADLK, errnoOf(() -> Pthread.pthreadMutexLock(m)), "held by this thread");
        PthreadT other = Pthread.pthreadCreate(null, arg -> {
            try {
                Pthread.pthreadMutexTrylock(m);
                return "locked";
            } catch (ErrnoException e) {
                return e.errno();
            }
        }, null);
        assertEquals(Errno.EBUSY, Pthread.pthreadJoin(other));
        Pthread.pthreadMutexUnlock(m);

        int[] counter = {0};
        List<PthreadT> ts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ts.add(Pthread.pthreadCreate(null, arg -> {
                for (int k = 0; k < 20000; k++) {
                    Pthread.pthreadMutexLock(m);
                    counter[0]++;
                    Pthread.pthreadMutexUnlock(m);
                }
                return null;
            }, null));
        }
        for (PthreadT t : ts) {
            Pthread.pthreadJoin(t);
        }
        assertEquals(80000, counter[0]);
    }

    @Test
    void processSharedMutexIsRefusedAsAJavaLockLivesInOneProcess() {
        PthreadMutexattr attr = WrapPthread.Pthread_mutexattr_init();
        assertEquals(Errno.EINVAL, errnoOf(() -> Pthread.pthreadMutexattrSetpshared(attr, 7)));
        Pthread.pthreadMutexattrSetpshared(attr, Pthread.PTHREAD_PROCESS_SHARED);
        assertEquals(Errno.ENOTSUP, errnoOf(() -> Pthread.pthreadMutexInit(attr)));
        assertTrue(Pthread.pthreadMutexInit(new PthreadMutexattr()) != null);
    }

    @Test
    void conditionVariableHandsOffAndBroadcastWakesAll() throws Exception {
        PthreadMutex m = new PthreadMutex();
        PthreadCond c = new PthreadCond();
        int[] state = {0};
        AtomicInteger woken = new AtomicInteger();
        List<PthreadT> waiters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waiters.add(Pthread.pthreadCreate(null, arg -> {
                Pthread.pthreadMutexLock(m);
                while (state[0] == 0) {
                    Pthread.pthreadCondWait(c, m);
                }
                woken.incrementAndGet();
                Pthread.pthreadMutexUnlock(m);
                return null;
            }, null));
        }
        Thread.sleep(200);
        assertEquals(0, woken.get(), "nobody passes before the state changes");
        Pthread.pthreadMutexLock(m);
        state[0] = 1;
        Pthread.pthreadCondBroadcast(c);
        Pthread.pthreadMutexUnlock(m);
        for (PthreadT t : waiters) {
            Pthread.pthreadJoin(t);
        }
        assertEquals(3, woken.get());

        assertEquals(Errno.EPERM, errnoOf(() -> Pthread.pthreadCondWait(c, m)), "wait without the mutex");
        Pthread.pthreadCondSignal(new PthreadCond()); // nobody waits: nothing happens
    }

    @Test
    void signalWithoutHoldingTheMutexIsAllowed() throws Exception {
        PthreadMutex m = new PthreadMutex();
        PthreadCond c = new PthreadCond();
        boolean[] flag = {false};
        PthreadT t = Pthread.pthreadCreate(null, arg -> {
            Pthread.pthreadMutexLock(m);
            while (!flag[0]) {
                Pthread.pthreadCondWait(c, m);
            }
            Pthread.pthreadMutexUnlock(m);
            return "woke";
        }, null);
        Thread.sleep(200);
        Pthread.pthreadMutexLock(m);
        flag[0] = true;
        Pthread.pthreadMutexUnlock(m);
        Pthread.pthreadCondSignal(c);
        assertEquals("woke", Pthread.pthreadJoin(t));
    }

    @Test
    void timedwaitTimesOutAtTheAbsoluteTimeWithEtimedout() {
        PthreadMutex m = new PthreadMutex();
        PthreadCond c = new PthreadCond();
        long now = System.currentTimeMillis();
        Timespec at = new Timespec((now + 700) / 1000, ((now + 700) % 1000) * 1_000_000);
        Pthread.pthreadMutexLock(m);
        long t0 = System.nanoTime();
        assertEquals(Errno.ETIMEDOUT, errnoOf(() -> Pthread.pthreadCondTimedwait(c, m, at)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms >= 600 && ms < 3000, "waited " + ms + " ms");
        assertTrue(m.lock().isHeldByCurrentThread(), "the mutex is held again on return");
        Pthread.pthreadMutexUnlock(m);
    }

    @Test
    void onceRunsTheInitialiserOnceWhateverTheNumberOfThreads() throws Exception {
        PthreadOnce once = new PthreadOnce();
        AtomicInteger runs = new AtomicInteger();
        List<PthreadT> ts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ts.add(Pthread.pthreadCreate(null, arg -> {
                Pthread.pthreadOnce(once, () -> {
                    runs.incrementAndGet();
                    sleep(100);
                });
                return runs.get();
            }, null));
        }
        for (PthreadT t : ts) {
            assertEquals(1, Pthread.pthreadJoin(t), "every caller returns after the one run is over");
        }
        assertEquals(1, runs.get());
    }

    @Test
    void threadSpecificDataIsPerThreadAndDestructorsRunAtThreadExit() {
        List<Object> destroyed = Collections.synchronizedList(new ArrayList<>());
        int key = Pthread.pthreadKeyCreate(destroyed::add);
        int other = Pthread.pthreadKeyCreate(null);
        assertNotEquals(key, other);
        assertTrue(key >= 0 && key < Pthread.PTHREAD_KEYS_MAX);

        Pthread.pthreadSetspecific(key, "main's");
        PthreadT t = Pthread.pthreadCreate(null, arg -> {
            Object before = Pthread.pthreadGetspecific(key);
            Pthread.pthreadSetspecific(key, "thread's");
            Pthread.pthreadSetspecific(other, "no destructor");
            return before;
        }, null);
        assertNull(Pthread.pthreadJoin(t), "a new thread starts with NULL");
        assertEquals(List.of("thread's"), destroyed, "called once, with the thread's value");
        assertEquals("main's", Pthread.pthreadGetspecific(key), "the main thread's value is its own");

        PthreadT quiet = Pthread.pthreadCreate(null, arg -> null, null);
        Pthread.pthreadJoin(quiet);
        assertEquals(1, destroyed.size(), "no destructor for a NULL value");

        Pthread.pthreadKeyDelete(key);
        Pthread.pthreadKeyDelete(other);
        assertNull(Pthread.pthreadGetspecific(key), "a deleted key reads as NULL");
        assertEquals(Errno.EINVAL, errnoOf(() -> Pthread.pthreadSetspecific(key, "x")));
        assertEquals(Errno.EINVAL, errnoOf(() -> Pthread.pthreadKeyDelete(key)));
    }

    @Test
    void destructorsThatSetValuesAgainRunAgainUpToFourRounds() {
        AtomicInteger calls = new AtomicInteger();
        int[] key = new int[1];
        key[0] = Pthread.pthreadKeyCreate(v -> {
            calls.incrementAndGet();
            Pthread.pthreadSetspecific(key[0], v); // put it back: POSIX gives up after the last round
        });
        PthreadT t = Pthread.pthreadCreate(null, arg -> {
            Pthread.pthreadSetspecific(key[0], "sticky");
            return null;
        }, null);
        Pthread.pthreadJoin(t);
        assertEquals(Pthread.PTHREAD_DESTRUCTOR_ITERATIONS, calls.get());
        Pthread.pthreadKeyDelete(key[0]);
    }

    @Test
    void thrJoinAnyReturnsThreadsInTheOrderTheyEnd() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        PthreadT a = Pthread.pthreadCreate(null, arg -> await(second), "a");
        PthreadT b = Pthread.pthreadCreate(null, arg -> await(first), "b");
        first.countDown();
        Object[] status = new Object[1];
        assertSame(b, Pthread.thrJoinAny(status));
        second.countDown();
        assertSame(a, Pthread.thrJoinAny(status));
        assertEquals(Errno.ESRCH, errnoOf(() -> Pthread.thrJoinAny(new Object[1])), "nobody left to wait for");
    }

    @Test
    void pthreadKillDeliversToTheThreadAndEsrchOnceItEnded() throws Exception {
        AtomicInteger handled = new AtomicInteger();
        Signals.sigaction(Constants.SIGUSR1, signo -> handled.incrementAndGet(), Signals.SA_RESTART);
        try {
            CountDownLatch release = new CountDownLatch(1);
            PthreadT t = Pthread.pthreadCreate(null, arg -> await(release), null);
            Pthread.pthreadKill(t, 0); // alive
            Pthread.pthreadKill(t, Constants.SIGUSR1);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (handled.get() == 0 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertEquals(1, handled.get());
            release.countDown();
            Pthread.pthreadJoin(t);
            assertEquals(Errno.ESRCH, errnoOf(() -> Pthread.pthreadKill(t, 0)));
            assertEquals(Errno.EINVAL, errnoOf(() -> Pthread.pthreadKill(Pthread.pthreadSelf(), 99)));
        } finally {
            Signals.sigaction(Constants.SIGUSR1, signo -> {}, Signals.SA_RESTART);
        }
    }

    @Test
    void virtualThreadsOnJava21AndEnotsupBefore() {
        PthreadAttr attr = new PthreadAttr().setVirtual(true);
        if (Runtime.version().feature() >= 21) {
            PthreadT t = Pthread.pthreadCreate(attr, arg -> Thread.currentThread().toString(), null);
            assertTrue(String.valueOf(Pthread.pthreadJoin(t)).startsWith("VirtualThread"));
        } else {
            assertEquals(Errno.ENOTSUP, errnoOf(() -> Pthread.pthreadCreate(attr, arg -> null, null)));
        }
    }

    @Test
    void selfIsStableAndEqualOnlyToItself() throws Exception {
        PthreadT me = Pthread.pthreadSelf();
        assertSame(me, Pthread.pthreadSelf());
        PthreadT[] seen = new PthreadT[1];
        PthreadT t = Pthread.pthreadCreate(null, arg -> {
            seen[0] = Pthread.pthreadSelf();
            return null;
        }, null);
        Pthread.pthreadJoin(t);
        assertTrue(Pthread.pthreadEqual(t, seen[0]));
        assertFalse(Pthread.pthreadEqual(t, me));
    }

    private static Object await(CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
