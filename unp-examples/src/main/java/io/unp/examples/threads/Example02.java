package io.unp.examples.threads;

import static io.unp.lib.WrapPthread.Pthread_create;
import static io.unp.lib.WrapPthread.Pthread_join;
import static io.unp.lib.WrapPthread.Pthread_mutex_lock;
import static io.unp.lib.WrapPthread.Pthread_mutex_unlock;

import io.unp.lib.Pthread;
import io.unp.lib.PthreadMutex;
import io.unp.lib.PthreadT;
import io.unp.lib.Stdio;

/**
 * threads/example02 (section 23.7): {@link Example01} with the fetch, print and store done
 * while holding a mutex: the counter goes from 1 to 10000 without a gap or a repeat.
 */
public final class Example02 {
    private Example02() {}

    static final int NLOOP = 5000;

    /** Incremented by the threads, only while holding {@link #counterMutex}. */
    static int counter;
    static final PthreadMutex counterMutex = new PthreadMutex(); // PTHREAD_MUTEX_INITIALIZER

    public static void main(String[] args) {
        PthreadT tidA = Pthread_create(null, Example02::doit, null);
        PthreadT tidB = Pthread_create(null, Example02::doit, null);

        // wait for both threads to terminate
        Pthread_join(tidA);
        Pthread_join(tidB);
    }

    static Object doit(Object vptr) {
        for (int i = 0; i < NLOOP; i++) {
            Pthread_mutex_lock(counterMutex);

            int val = counter;
            Stdio.printf("%d: %d\n", Pthread.pthreadSelf().id(), val + 1);
            counter = val + 1;

            Pthread_mutex_unlock(counterMutex);
        }
        return null;
    }
}
