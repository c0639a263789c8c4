package io.unp.examples.threads;

import io.unp.lib.Pthread;
import io.unp.lib.PthreadT;
import io.unp.lib.Stdio;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * threads/test01: creates threads that wait forever until {@code pthread_create} fails, then
 * prints what it returned and what {@code errno} says, and what {@code pthread_join} of a
 * thread ID that does not exist returns.
 *
 * <p>On Linux the C prints {@code pthread_create returned 11, errno = 11} (EAGAIN; glibc leaves
 * errno set too) and then crashes in {@code pthread_join(777777)}, which glibc takes for the
 * address of a thread descriptor. The port returns ESRCH (3) for the unknown thread. How many
 * threads fit depends on the limits (RLIMIT_NPROC counts threads; the JVM itself uses about
 * twenty); the JVM logs its own warning line when the thread cannot be started.
 */
public final class Test01 {
    private Test01() {}

    static Object myfunc(Object ptr) {
        for (;;) {
            try {
                Sys.pause();
            } catch (ErrnoException e) {
                // a handler ran: pause again, as the thread has nothing else to do
            }
        }
    }

    public static void main(String[] args) {
        // see what the return value is and what errno is after an error
        for (;;) {
            Sys.setErrno(0);
            PthreadT tid;
            try {
                tid = Pthread.pthreadCreate(null, Test01::myfunc, null);
            } catch (ErrnoException e) {
                Stdio.printf("pthread_create returned %d, errno = %d\n", e.code(), Sys.errno());

                Sys.setErrno(0);
                int n = 0;
                try {
                    Pthread.pthreadJoin(777777);
                } catch (ErrnoException e2) {
                    n = e2.code();
                }
                Stdio.printf("pthread_join returned %d, errno = %d\n", n, Sys.errno());
                return;
            }
            Stdio.printf("created tid %d\n", tid.id());
        }
    }
}
