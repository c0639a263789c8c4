package io.unp.lib;

import io.unp.abi.Timespec;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.function.Consumer;

/**
 * The book's pthread wrappers ({@code lib/wrappthread.c}): each calls the {@link Pthread}
 * function and, when it fails, sets {@code errno} to the number the function returned and ends
 * the program with {@code "<call> error: <strerror>"}, as the C's {@code errno = n; err_sys(...)}.
 */
public final class WrapPthread {
    private WrapPthread() {}

    private static Exit fail(ErrnoException e, String what) {
        Sys.setErrno(e.code());
        return Err.sys("%s error", what);
    }

    /** {@code Pthread_create}: returns the new thread (C's {@code *tid}). */
    public static PthreadT Pthread_create(PthreadAttr attr, Pthread.StartRoutine func, Object arg) {
        try {
            return Pthread.pthreadCreate(attr, func, arg);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_create");
        }
    }

    /** {@code Pthread_join}: returns the thread's exit status (C's {@code *status}). */
    public static Object Pthread_join(PthreadT tid) {
        try {
            return Pthread.pthreadJoin(tid);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_join");
        }
    }

    /** {@code Pthread_join} of a thread known by its number. */
    public static Object Pthread_join(long tid) {
        try {
            return Pthread.pthreadJoin(tid);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_join");
        }
    }

    /** {@code Pthread_detach}. */
    public static void Pthread_detach(PthreadT tid) {
        try {
            Pthread.pthreadDetach(tid);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_detach");
        }
    }

    /** {@code Pthread_kill}. */
    public static void Pthread_kill(PthreadT tid, int signo) {
        try {
            Pthread.pthreadKill(tid, signo);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_kill");
        }
    }

    /** {@code Pthread_mutexattr_init}: a process-private mutex's attributes. */
    public static PthreadMutexattr Pthread_mutexattr_init() {
        return new PthreadMutexattr();
    }

    /** {@code Pthread_mutexattr_setpshared}. */
    public static void Pthread_mutexattr_setpshared(PthreadMutexattr attr, int flag) {
        try {
            Pthread.pthreadMutexattrSetpshared(attr, flag);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_mutexattr_setpshared");
        }
    }

    /** {@code Pthread_mutex_init}: returns the mutex (C initialises {@code *mptr}). */
    public static PthreadMutex Pthread_mutex_init(PthreadMutexattr attr) {
        try {
            return Pthread.pthreadMutexInit(attr);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_mutex_init");
        }
    }

    /** {@code Pthread_mutex_lock}. */
    public static void Pthread_mutex_lock(PthreadMutex mptr) {
        try {
            Pthread.pthreadMutexLock(mptr);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_mutex_lock");
        }
    }

    /** {@code Pthread_mutex_unlock}. */
    public static void Pthread_mutex_unlock(PthreadMutex mptr) {
        try {
            Pthread.pthreadMutexUnlock(mptr);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_mutex_unlock");
        }
    }

    /** {@code Pthread_cond_broadcast}. */
    public static void Pthread_cond_broadcast(PthreadCond cptr) {
        Pthread.pthreadCondBroadcast(cptr);
    }

    /** {@code Pthread_cond_signal}. */
    public static void Pthread_cond_signal(PthreadCond cptr) {
        Pthread.pthreadCondSignal(cptr);
    }

    /** {@code Pthread_cond_wait}. */
    public static void Pthread_cond_wait(PthreadCond cptr, PthreadMutex mptr) {
        try {
            Pthread.pthreadCondWait(cptr, mptr);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_cond_wait");
        }
    }

    /** {@code Pthread_cond_timedwait}: a timeout, too, ends the program ("Connection timed out"). */
    public static void Pthread_cond_timedwait(PthreadCond cptr, PthreadMutex mptr, Timespec tsptr) {
        try {
            Pthread.pthreadCondTimedwait(cptr, mptr, tsptr);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_cond_timedwait");
        }
    }

    /** {@code Pthread_once}. */
    public static void Pthread_once(PthreadOnce ptr, Runnable func) {
        Pthread.pthreadOnce(ptr, func);
    }

    /** {@code Pthread_key_create}: returns the key (C's {@code *key}). */
    public static int Pthread_key_create(Consumer<Object> func) {
        try {
            return Pthread.pthreadKeyCreate(func);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_key_create");
        }
    }

    /** {@code Pthread_setspecific}. */
    public static void Pthread_setspecific(int key, Object value) {
        try {
            Pthread.pthreadSetspecific(key, value);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_setspecific");
        }
    }
}
