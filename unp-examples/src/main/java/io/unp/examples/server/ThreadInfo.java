package io.unp.examples.server;

import io.unp.lib.PthreadT;

/** server/pthread07.h, pthread08.h, pthread09.h: the {@code Thread} structure of a prethreaded server. */
final class ThreadInfo {
    /** Thread ID. */
    PthreadT threadTid;
    /** Number of connections handled (written by its own thread only, read at SIGINT). */
    volatile long threadCount;

    /** {@code Calloc(nthreads, sizeof(Thread))}. */
    static ThreadInfo[] calloc(int nthreads) {
        ThreadInfo[] t = new ThreadInfo[Math.max(nthreads, 0)];
        for (int i = 0; i < t.length; i++) {
            t[i] = new ThreadInfo();
        }
        return t;
    }
}
