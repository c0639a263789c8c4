package io.unp.examples.threads;

import static io.unp.lib.Err.quit;
import static io.unp.lib.Err.sys;

import io.unp.abi.Errno;
import io.unp.abi.Timespec;
import io.unp.lib.Pthread;
import io.unp.lib.PthreadCond;
import io.unp.lib.PthreadMutex;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * threads/test03: {@code pthread_cond_timedwait} with an absolute time five seconds ahead and a
 * thread that never signals. The C tests for Solaris's ETIME and prints "timewait timed out";
 * POSIX (and glibc) report ETIMEDOUT, so on Linux the C, and this port with it, end with
 * {@code pthread_cond_timedwait error: Connection timed out} after five seconds.
 */
public final class Test03 {
    private Test03() {}

    static int ndone;
    static final PthreadMutex ndoneMutex = new PthreadMutex();
    static final PthreadCond ndoneCond = new PthreadCond();

    static Object myfunc(Object ptr) {
        Sys.sleep(100); // do not set ndone, do not cond_signal()
        return null;
    }

    public static void main(String[] args) {
        try {
            Pthread.pthreadCreate(null, Test03::myfunc, null);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_create error");
        }

        long now = System.currentTimeMillis(); // gettimeofday
        Timespec ts = new Timespec(now / 1000 + 5, (now % 1000) * 1_000_000); // 5 seconds in future

        try {
            Pthread.pthreadMutexLock(ndoneMutex);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_mutex_lock error");
        }
        while (ndone == 0) {
            try {
                Pthread.pthreadCondTimedwait(ndoneCond, ndoneMutex, ts);
            } catch (ErrnoException e) {
                if (e.is(Errno.ETIME)) {
                    throw quit("timewait timed out");
                }
                throw fail(e, "pthread_cond_timedwait error");
            }
        }

        try {
            Pthread.pthreadMutexUnlock(ndoneMutex);
        } catch (ErrnoException e) {
            throw fail(e, "pthread_mutex_unlock error");
        }
    }

    /** {@code errno = n, err_sys(msg)}. */
    private static RuntimeException fail(ErrnoException e, String msg) {
        Sys.setErrno(e.code());
        return sys(msg);
    }
}
