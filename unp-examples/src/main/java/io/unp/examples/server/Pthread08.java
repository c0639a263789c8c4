package io.unp.examples.server;

import static io.unp.lib.WrapPthread.Pthread_cond_wait;
import static io.unp.lib.WrapPthread.Pthread_create;
import static io.unp.lib.WrapPthread.Pthread_mutex_lock;
import static io.unp.lib.WrapPthread.Pthread_mutex_unlock;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.PthreadCond;
import io.unp.lib.PthreadMutex;
import io.unp.lib.Stdio;

/**
 * server/pthread08.c and pthread08.h (figure 27.24): the prethreaded server's threads, which
 * take connected sockets from the ring {@link #clifd} that the main thread fills (serv08).
 */
final class Pthread08 {
    private Pthread08() {}

    static ThreadInfo[] tptr;

    static final int MAXNCLI = 32;
    static final int[] clifd = new int[MAXNCLI];
    static int iget;
    static int iput;
    /** {@code PTHREAD_MUTEX_INITIALIZER} and {@code PTHREAD_COND_INITIALIZER} (serv08.c). */
    static final PthreadMutex clifdMutex = new PthreadMutex();
    static final PthreadCond clifdCond = new PthreadCond();

    /** {@code thread_make}: only the main thread returns. */
    static void threadMake(int i) {
        tptr[i].threadTid = Pthread_create(null, Pthread08::threadMain, i);
    }

    /** {@code thread_main}. */
    static Object threadMain(Object arg) {
        int i = (Integer) arg;

        Stdio.printf("thread %d starting\n", i);
        for (;;) {
            Pthread_mutex_lock(clifdMutex);
            while (iget == iput) {
                Pthread_cond_wait(clifdCond, clifdMutex);
            }
            int connfd = clifd[iget]; // connected socket to service
            if (++iget == MAXNCLI) {
                iget = 0;
            }
            Pthread_mutex_unlock(clifdMutex);
            tptr[i].threadCount++;

            WebChild.webChild(connfd, ServerReadline::Readline); // process the request
            Close(connfd);
        }
    }
}
