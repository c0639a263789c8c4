package io.unp.lib;

import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code pthread_mutex_t}: {@code new PthreadMutex()} is {@code PTHREAD_MUTEX_INITIALIZER}.
 *
 * <p>A thin layer over a {@link ReentrantLock}, checked like glibc's error-checking mutex
 * ({@code PTHREAD_MUTEX_ERRORCHECK}): locking it twice from one thread fails with EDEADLK
 * instead of deadlocking or counting, unlocking it from a thread that does not hold it fails
 * with EPERM. The {@code java.util.concurrent} way is the lock itself ({@link #lock()}):
 * {@code lock.lock(); try { ... } finally { lock.unlock(); }}, or a {@code synchronized}
 * block.
 */
public final class PthreadMutex {
    final ReentrantLock lock = new ReentrantLock();

    /** {@code PTHREAD_MUTEX_INITIALIZER}. */
    public PthreadMutex() {}

    /** The lock underneath, for code written the java.util.concurrent way. */
    public ReentrantLock lock() {
        return lock;
    }
}
