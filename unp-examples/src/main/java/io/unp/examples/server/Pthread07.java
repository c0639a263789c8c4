package io.unp.examples.server;

import static io.unp.lib.WrapPthread.Pthread_create;
import static io.unp.lib.WrapPthread.Pthread_mutex_lock;
import static io.unp.lib.WrapPthread.Pthread_mutex_unlock;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.PthreadMutex;
import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/**
 * server/pthread07.c and pthread07.h (figure 27.22): the prethreaded server's threads, each
 * locking {@link #mlock} around its {@code accept} (serv07).
 */
final class Pthread07 {
    private Pthread07() {}

    /** Array of Thread structures. */
    static ThreadInfo[] tptr;
    static int listenfd;
    static int nthreads;
    static int addrlen;
    /** {@code PTHREAD_MUTEX_INITIALIZER} (serv07.c). */
    static final PthreadMutex mlock = new PthreadMutex();

    /** {@code thread_make}: only the main thread returns. */
    static void threadMake(int i) {
        tptr[i].threadTid = Pthread_create(null, Pthread07::threadMain, i);
    }

    /** {@code thread_main}. */
    static Object threadMain(Object arg) {
        int i = (Integer) arg;
        SockAddr cliaddr = new SockaddrStorage();

        Stdio.printf("thread %d starting\n", i);
        for (;;) {
            Pthread_mutex_lock(mlock);
            int connfd = Accept(listenfd, cliaddr);
            Pthread_mutex_unlock(mlock);
            tptr[i].threadCount++;

            WebChild.webChild(connfd, ServerReadline::Readline); // process the request
            Close(connfd);
        }
    }
}
