package io.unp.lib;

/**
 * {@code pthread_mutexattr_t}: only the process-shared attribute of the book's
 * {@code Pthread_mutexattr_setpshared} (chapter 27's mutex in shared memory).
 */
public final class PthreadMutexattr {
    int pshared = Pthread.PTHREAD_PROCESS_PRIVATE;

    /** {@code pthread_mutexattr_init}: a process-private mutex. */
    public PthreadMutexattr() {}

    /** The process-shared attribute. */
    public int pshared() {
        return pshared;
    }
}
