package io.unp.examples.server;

import static io.unp.lib.WrapPthread.Pthread_create;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/**
 * server/pthread09.c and pthread09.h: the prethreaded server's threads, each calling
 * {@code accept} with no lock at all; the kernel wakes one of them per connection (serv09).
 */
final class Pthread09 {
    private Pthread09() {}

    static ThreadInfo[] tptr;
    static int listenfd;
    static int nthreads;
    static int addrlen;

    /** {@code thread_make}: only the main thread returns. */
    static void threadMake(int i) {
        tptr[i].threadTid = Pthread_create(null, Pthread09::threadMain, i);
    }

    /** {@code thread_main}. */
    static Object threadMain(Object arg) {
        int i = (Integer) arg;
        SockAddr cliaddr = new SockaddrStorage();

        Stdio.printf("thread %d starting\n", i);
        for (;;) {
            int connfd = Accept(listenfd, cliaddr);
            tptr[i].threadCount++;

            WebChild.webChild(connfd, ServerReadline::Readline); // process the request
            Close(connfd);
        }
    }
}
