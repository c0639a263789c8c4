package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.abi.SigSet;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code pthread_create} on a Java thread a detached thread left behind ({@link ThreadCache}):
 * the new thread starts as a new thread would (its own {@link PthreadT}, errno 0, no
 * thread-specific data), and only a thread that ended detached and clean is reused.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ThreadCacheTest {

    /** Waits until the threads earlier tests left in the cache have ended. */
    @BeforeEach
    void emptyCache() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ThreadCache.idle() > 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertEquals(0, ThreadCache.idle(), "idle threads end after the keep-alive");
    }

    @Test
    void theNextThreadRunsOnADetachedThreadsJavaThreadAsANewThread() throws Exception {
        int key = Pthread.pthreadKeyCreate(null);
        AtomicReference<Thread> first = new AtomicReference<>();
        PthreadT a = Pthread.pthreadCreate(null, arg -> {
            Pthread.pthreadDetach(Pthread.pthreadSelf());
            first.set(Thread.currentThread());
            Sys.setErrno(Errno.EBADF.code());
            Pthread.pthreadSetspecific(key, "the first thread's value");
            return null;
        }, null);
        awaitIdle(first);
        first.get().interrupt(); // an idle thread interrupted goes on waiting
        Thread.sleep(20);
        assertEquals(Thread.State.TIMED_WAITING, first.get().getState());

        Object[] seen = new Object[5];
        PthreadT b = Pthread.pthreadCreate(null, arg -> {
            seen[0] = Thread.currentThread();
            seen[1] = Sys.errno();
            seen[2] = Pthread.pthreadGetspecific(key);
            seen[3] = Pthread.pthreadSelf();
            seen[4] = Thread.currentThread().isInterrupted();
            return "done";
        }, null);
        assertEquals("done", Pthread.pthreadJoin(b));

        assertSame(first.get(), seen[0], "the second thread ran on the first one's Java thread");
        assertEquals(0, seen[1], "errno starts at 0");
        assertNull(seen[2], "no thread-specific data of the first thread");
        assertSame(b, seen[3]);
        assertEquals(false, seen[4], "a new thread starts uninterrupted");
        assertNotSame(a, b);
        assertEquals(a.id(), b.id(), "the ended thread's number, as glibc reuses a pthread_t");
        assertEquals(Errno.ESRCH, errnoOf(() -> Pthread.pthreadKill(a, 0)), "the first thread has ended");
        first.get().join(5000);
        assertFalse(first.get().isAlive(), "a thread that ended joinable is not kept: its join waits for the Java thread");
        Pthread.pthreadKeyDelete(key);
    }

    @Test
    void aJoinableThreadIsNeverKept() throws Exception {
        AtomicReference<Thread> ran = new AtomicReference<>();
        PthreadT t = Pthread.pthreadCreate(null, arg -> {
            ran.set(Thread.currentThread());
            return null;
        }, null);
        Pthread.pthreadJoin(t);
        assertFalse(ran.get().isAlive());
        assertEquals(0, ThreadCache.idle());
    }

    @Test
    void aThreadThatChangedItsSignalMaskIsNotKept() throws Exception {
        AtomicReference<Thread> ran = startDetached(() -> {
            SigSet set = new SigSet();
            Sys.sigaddset(set, Constants.SIGUSR2);
            Sys.sigprocmask(Constants.SIG_BLOCK, set, null);
        });
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((ran.get() == null || ran.get().isAlive()) && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertFalse(ran.get().isAlive(), "it ended instead of waiting for the next thread");
        assertEquals(0, ThreadCache.idle());
    }

    @Test
    void anIdleThreadEndsAfterTheKeepAlive() throws Exception {
        AtomicReference<Thread> ran = startDetached(() -> {});
        awaitIdle(ran);
        long idleAt = System.nanoTime();
        ran.get().join(5000);
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - idleAt);
        assertFalse(ran.get().isAlive());
        assertTrue(waited >= TimeUnit.NANOSECONDS.toMillis(ThreadCache.KEEP_ALIVE_NANOS) / 2, waited + " ms");
        assertEquals(0, ThreadCache.idle());
    }

    @Test
    void aThousandDetachedThreadsFiveAtATimeRunOnAFewJavaThreadsEachAsItself() throws Exception {
        Semaphore live = new Semaphore(5);
        Set<Thread> javaThreads = Collections.newSetFromMap(new ConcurrentHashMap<>());
        Set<PthreadT> selves = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        for (int i = 0; i < 1000; i++) {
            live.acquire();
            Pthread.pthreadCreate(null, arg -> {
                Pthread.pthreadDetach(Pthread.pthreadSelf());
                javaThreads.add(Thread.currentThread());
                selves.add(Pthread.pthreadSelf());
                live.release();
                return null;
            }, null);
        }
        live.acquire(5);
        assertEquals(1000, selves.size(), "each thread is a pthread of its own");
        assertTrue(javaThreads.size() < 100, javaThreads.size() + " Java threads");
    }

    /** Starts a detached thread that runs {@code body}; the reference gets the Java thread it ran on. */
    private static AtomicReference<Thread> startDetached(Runnable body) {
        AtomicReference<Thread> ran = new AtomicReference<>();
        Pthread.pthreadCreate(new PthreadAttr().setdetachstate(Pthread.PTHREAD_CREATE_DETACHED), arg -> {
            ran.set(Thread.currentThread());
            body.run();
            return null;
        }, null);
        return ran;
    }

    private static void awaitIdle(AtomicReference<Thread> t) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((t.get() == null || t.get().getState() != Thread.State.TIMED_WAITING || ThreadCache.idle() == 0)
                && System.nanoTime() < end) {
            Thread.sleep(1);
        }
        assertEquals(Thread.State.TIMED_WAITING, t.get().getState(), "waiting in the cache");
    }

    private static Errno errnoOf(Runnable r) {
        return assertThrows(ErrnoException.class, r::run).errno();
    }
}
