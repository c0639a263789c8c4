package io.unp.examples.server;

import static io.unp.abi.Constants.PTHREAD_PROCESS_SHARED;
import static io.unp.abi.Layouts.PTHREAD_MUTEX_SIZE;
import static io.unp.lib.WrapLib.Pthread_mutex_init;
import static io.unp.lib.WrapLib.Pthread_mutex_lock;
import static io.unp.lib.WrapLib.Pthread_mutex_unlock;
import static io.unp.lib.WrapPthread.Pthread_mutexattr_init;
import static io.unp.lib.WrapPthread.Pthread_mutexattr_setpshared;

import io.unp.lib.PthreadMutexattr;
import io.unp.lib.SharedMemory;
import io.unp.lib.SharedMutex;

/**
 * server/lock_pthread.c (figures 27.9, 27.10): the lock around {@code accept} as a
 * {@code pthread_mutex_t} with the {@code PTHREAD_PROCESS_SHARED} attribute, in memory shared by
 * the parent and its preforked children (serv04): a real glibc mutex, a futex in the shared page.
 *
 * <p>The C maps {@code /dev/zero} before forking, and each child uses the mutex at the same
 * address in its copy. A child JVM maps the parent's memory again through the descriptor the
 * parent passes ({@link #myLockAttach}), at an address of its own; the futex is the same.
 */
final class LockPthread {
    private LockPthread() {}

    /** The actual mutex is in shared memory. */
    private static SharedMutex mptr;

    /** {@code my_lock_init} ({@code pathname} unused); returns the descriptor to pass to children. */
    static int myLockInit(String pathname) {
        SharedMemory shm = SharedMemory.Create(PTHREAD_MUTEX_SIZE); // for Open("/dev/zero") and Mmap

        PthreadMutexattr mattr = Pthread_mutexattr_init();
        Pthread_mutexattr_setpshared(mattr, PTHREAD_PROCESS_SHARED);
        mptr = Pthread_mutex_init(shm.mapping(), 0, mattr);
        return shm.fd();
    }

    /** In a child: the parent's mutex, through the descriptor {@link #myLockInit} returned. */
    static void myLockAttach(int fd) {
        mptr = SharedMutex.at(SharedMemory.Attach(fd).mapping(), 0);
    }

    /** {@code my_lock_wait}. */
    static void myLockWait() {
        Pthread_mutex_lock(mptr);
    }

    /** {@code my_lock_release}. */
    static void myLockRelease() {
        Pthread_mutex_unlock(mptr);
    }
}
