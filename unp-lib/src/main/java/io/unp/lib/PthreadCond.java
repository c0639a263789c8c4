package io.unp.lib;

import io.unp.abi.Errno;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * {@code pthread_cond_t}: {@code new PthreadCond()} is {@code PTHREAD_COND_INITIALIZER}.
 *
 * <p>A POSIX condition variable is not tied to one mutex, but all threads waiting on it at the
 * same time must use the same one; a Java {@link Condition} belongs to its lock. So the
 * condition is made from the mutex of the first wait and remade when nobody waits; a wait with
 * another mutex while threads wait fails with EINVAL. As in POSIX, it may be signalled without
 * holding the mutex. The {@code java.util.concurrent} way is {@code lock.newCondition()} and
 * {@code await}/{@code signal} while holding the lock.
 */
public final class PthreadCond {
    /** Guarded by this object. */
    private PthreadMutex mutex;
    /** Guarded by this object. */
    private Condition condition;
    /** Guarded by this object. */
    private int waiters;

    /** {@code PTHREAD_COND_INITIALIZER}. */
    public PthreadCond() {}

    /**
     * Waits, releasing {@code m} (which the caller holds), until signalled or until
     * {@code deadlineMillis} of the real-time clock (negative: no deadline).
     *
     * @return 0, or the error number: EPERM (mutex not held), EINVAL (another mutex in use),
     *     ETIMEDOUT
     */
    int await(PthreadMutex m, long deadlineMillis) {
        if (!m.lock.isHeldByCurrentThread()) {
            return Errno.EPERM.code();
        }
        Condition c;
        synchronized (this) {
            if (mutex != m) {
                if (waiters > 0) {
                    return Errno.EINVAL.code();
                }
                mutex = m;
                condition = m.lock.newCondition();
            }
            waiters++;
            c = condition;
        }
        try {
            if (deadlineMillis < 0) {
                c.awaitUninterruptibly();
                return 0;
            }
            return awaitUntil(c, deadlineMillis) ? 0 : Errno.ETIMEDOUT.code();
        } finally {
            synchronized (this) {
                waiters--;
            }
        }
    }

    /** Waits on {@code c} until signalled (true) or the wall clock reaches the deadline (false). */
    private static boolean awaitUntil(Condition c, long deadlineMillis) {
        boolean interrupted = false;
        try {
            while (true) {
                long left = deadlineMillis - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                try {
                    // a wake-up before the deadline is a signal (or, as POSIX allows, spurious)
                    return c.await(left, TimeUnit.MILLISECONDS) || System.currentTimeMillis() < deadlineMillis;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Wakes one waiter ({@code all} false) or all of them; nobody waiting is not an error. */
    void wake(boolean all) {
        PthreadMutex m;
        Condition c;
        synchronized (this) {
            m = mutex;
            c = condition;
        }
        if (m == null) {
            return;
        }
        boolean held = m.lock.isHeldByCurrentThread();
        if (!held) {
            m.lock.lock();
        }
        try {
            if (all) {
                c.signalAll();
            } else {
                c.signal();
            }
        } finally {
            if (!held) {
                m.lock.unlock();
            }
        }
    }
}
