package io.unp.lib;

import io.unp.sys.Mapping;
import io.unp.sys.Sys;

/**
 * A real {@code pthread_mutex_t} in native memory, for the book's {@code lock_pthread}
 * (section 27.8): initialised with {@code PTHREAD_PROCESS_SHARED} in a {@code MAP_SHARED}
 * mapping ({@link SharedMemory}), it is one lock for every process that maps the memory, whatever
 * address each maps it at. (Chapter 23's {@link PthreadMutex} is a Java lock, which cannot leave
 * its JVM; its {@code pthread_mutex_init} refuses the process-shared attribute.)
 *
 * <p>The book's wrappers for it are {@link WrapLib#Pthread_mutex_init(Mapping, long,
 * PthreadMutexattr)}, {@link WrapLib#Pthread_mutex_lock(SharedMutex)} and
 * {@link WrapLib#Pthread_mutex_unlock(SharedMutex)}.
 */
public final class SharedMutex {
    private final Mapping mapping;
    private final long offset;

    private SharedMutex(Mapping mapping, long offset) {
        this.mapping = mapping;
        this.offset = offset;
    }

    /**
     * {@code pthread_mutex_init} of the mutex at byte {@code offset} of {@code mapping}, with
     * {@code attr}'s process-shared attribute (null: process-private).
     *
     * @throws io.unp.sys.ErrnoException with the number pthread_mutex_init returned
     */
    public static SharedMutex init(Mapping mapping, long offset, PthreadMutexattr attr) {
        Sys.pthreadMutexInit(mapping, offset, attr == null ? Pthread.PTHREAD_PROCESS_PRIVATE : attr.pshared());
        return new SharedMutex(mapping, offset);
    }

    /**
     * The mutex another process initialised at byte {@code offset} of memory this process has
     * mapped too (a child's view of its parent's lock); nothing is written.
     */
    public static SharedMutex at(Mapping mapping, long offset) {
        return new SharedMutex(mapping, offset);
    }

    /** {@code pthread_mutex_lock}: waits until this thread holds it. */
    public void lock() {
        Sys.pthreadMutexLock(mapping, offset);
    }

    /** {@code pthread_mutex_trylock}: false if another thread or process holds it. */
    public boolean tryLock() {
        return Sys.pthreadMutexTrylock(mapping, offset);
    }

    /** {@code pthread_mutex_unlock}. */
    public void unlock() {
        Sys.pthreadMutexUnlock(mapping, offset);
    }

    /** {@code pthread_mutex_destroy}. */
    public void destroy() {
        Sys.pthreadMutexDestroy(mapping, offset);
    }
}
