package io.unp.lib;

import java.util.concurrent.CountDownLatch;

/**
 * {@code pthread_t}: one thread of the program, as {@link Pthread#pthreadCreate} returns it and
 * {@link Pthread#pthreadSelf} names it.
 *
 * <p>Its number ({@link #id()}, what the book's programs print with {@code %d}) is the Java
 * thread's id: small, like the thread IDs of the book's Solaris output (glibc's
 * {@code pthread_t} is an address, which C on Linux prints as a large, often negative,
 * number). A Java thread that ran a detached thread may run the next one
 * ({@link Pthread#pthreadCreate}), which then has the same number, as glibc gives an ended
 * thread's {@code pthread_t} to a new one. The JVM runs each Java thread on a POSIX thread of
 * its own; that thread's native {@code pthread_t} is kept for {@link Pthread#pthreadKill}.
 */
public final class PthreadT {
    private final long id;
    final Thread thread;

    /** Counted down once the thread has recorded its native id. */
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile long nativeId;

    /** Guarded by {@link Pthread#LOCK}. */
    boolean detached;
    /** Guarded by {@link Pthread#LOCK}: set by the one pthread_join that claims the thread. */
    boolean joinClaimed;
    /** Guarded by {@link Pthread#LOCK}. */
    boolean terminated;
    /** Guarded by {@link Pthread#LOCK}: the join is over. */
    boolean joined;
    /** Started by {@link Pthread#pthreadCreate} (not the main thread or another program's). */
    boolean created;
    /** What the start routine returned (or pthread_exit passed); read after the thread ended. */
    volatile Object result;

    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+; getId() is the same number
    PthreadT(Thread thread) {
        this.thread = thread;
        this.id = thread.getId();
    }

    /** The thread's number, printed where the book prints a {@code pthread_t} with {@code %d}. */
    public long id() {
        return id;
    }

    /** Whether it was detached (read under the lock). */
    boolean detached() {
        synchronized (Pthread.LOCK) {
            return detached;
        }
    }

    /** Whether its start routine has ended (read under the lock). */
    boolean terminated() {
        synchronized (Pthread.LOCK) {
            return terminated;
        }
    }

    /** The Java thread. */
    public Thread thread() {
        return thread;
    }

    /** Records the calling thread (which must be this one) as started. */
    void markStarted(long nativeThread) {
        nativeId = nativeThread;
        started.countDown();
    }

    /** The native {@code pthread_t}, once the thread has started (waits for it). */
    long nativeId() {
        boolean interrupted = false;
        while (true) {
            try {
                started.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return nativeId;
    }

    @Override
    public String toString() {
        return Long.toString(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PthreadT && ((PthreadT) o).id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
