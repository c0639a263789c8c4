package io.unp.lib;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Platform threads kept for the next {@code pthread_create}, as glibc keeps the stacks of ended
 * threads for the next one: a thread whose start routine ended detached, with nothing of its
 * own left behind, waits {@link #KEEP_ALIVE_NANOS} for another start routine before it ends.
 *
 * <p>Why: starting and ending a JVM thread costs about 130 µs of CPU here against 20 µs for a
 * C {@code pthread_create} and exit (docs/chapter27.md), so the book's thread-per-client
 * server ({@code serv06}) would spend most of its time making threads. The start routine still
 * runs in a thread of its own as far as the program can tell: a new {@link PthreadT}, no
 * thread-specific data, errno 0; what it shares with its predecessor is the kernel task, so
 * {@code ps -L} shows the thread for a moment after its client is gone. A thread is a daemon if
 * the one that first started it was (the JVM's rule): the programs end with {@code exit}, as C's
 * do; a library user's JVM whose {@code main} returns may wait for an idle thread's keep-alive.
 */
final class ThreadCache {
    private ThreadCache() {}

    /** How long an idle thread waits for the next start routine before it ends. */
    static final long KEEP_ALIVE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** Handed to a worker taken out of the cache until its start routine is ready. */
    private static final Object RESERVED = new Object();

    /** Idle workers; the one idle the shortest time last (it is taken first). Guarded by itself. */
    private static final ArrayDeque<Worker> IDLE = new ArrayDeque<>();

    /** A start routine to run; says whether its thread may run another after it. */
    interface Job {
        boolean run();
    }

    /** A platform thread that runs jobs, one after the other. */
    static final class Worker implements Runnable {
        final Thread thread;
        /** The next job, {@link #RESERVED} while one is coming, null while idle. Guarded by IDLE. */
        private Object next;

        private Worker() {
            this.thread = new Thread(this);
        }

        /** Gives the worker (new, or reserved by {@link #reserve}) its job; a new one starts. */
        void hand(Job job) {
            boolean fresh;
            synchronized (IDLE) {
                fresh = next == null;
                next = job;
            }
            if (fresh) {
                thread.start();
            } else {
                LockSupport.unpark(thread);
            }
        }

        @Override
        public void run() {
            Object job;
            synchronized (IDLE) {
                job = next;
                next = null;
            }
            while (job != null && ((Job) job).run()) {
                job = awaitNext();
            }
        }

        /** Waits in the cache for a job; null once {@link #KEEP_ALIVE_NANOS} passed without one. */
        private Object awaitNext() {
            long deadline = System.nanoTime() + KEEP_ALIVE_NANOS;
            synchronized (IDLE) {
                next = null;
                IDLE.addLast(this);
            }
            while (true) {
                long left;
                synchronized (IDLE) {
                    if (next != null && next != RESERVED) {
                        Object job = next;
                        next = null;
                        Thread.interrupted(); // a new start routine starts uninterrupted
                        return job;
                    }
                    left = deadline - System.nanoTime();
                    if (next == null && left <= 0) {
                        IDLE.remove(this);
                        return null;
                    }
                }
                if (left > 0) {
                    LockSupport.parkNanos(this, left);
                } else {
                    LockSupport.park(this); // reserved: the job is on its way
                }
                Thread.interrupted(); // an interrupt must not make the parks return at once, again and again
            }
        }
    }

    /**
     * A worker for a new thread: an idle one taken out of the cache, or a new one (its thread not
     * started yet). Either way {@link Worker#hand} gives it its job.
     */
    static Worker reserve() {
        synchronized (IDLE) {
            Worker w = IDLE.pollLast();
            if (w != null) {
                w.next = RESERVED;
                return w;
            }
        }
        return new Worker();
    }

    /** How many threads wait in the cache now. */
    static int idle() {
        synchronized (IDLE) {
            return IDLE.size();
        }
    }
}
