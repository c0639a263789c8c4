package io.unp.examples.threads;

import static io.unp.lib.WrapPthread.Pthread_create;
import static io.unp.lib.WrapPthread.Pthread_join;

import io.unp.lib.Pthread;
import io.unp.lib.PthreadT;
import io.unp.lib.Stdio;

/**
 * threads/example01 (section 23.7): two threads increment a shared counter 5000 times each
 * without a mutex; each fetches the counter, prints it plus one, and stores that back. Between
 * the fetch and the store the other thread may have stored values of its own, which are lost:
 * the last number printed is then less than 10000.
 */
public final class Example01 {
    private Example01() {}

    static final int NLOOP = 5000;

    /** Incremented by the threads; deliberately neither volatile nor guarded. */
    static int counter;

    public static void main(String[] args) {
        PthreadT tidA = Pthread_create(null, Example01::doit, null);
        PthreadT tidB = Pthread_create(null, Example01::doit, null);

        // wait for both threads to terminate
        Pthread_join(tidA);
        Pthread_join(tidB);
    }

    /** Each thread fetches, prints and increments the counter NLOOP times. */
    static Object doit(Object vptr) {
        for (int i = 0; i < NLOOP; i++) {
            int val = counter;
            Stdio.printf("%d: %d\n", Pthread.pthreadSelf().id(), val + 1);
            counter = val + 1;
        }
        return null;
    }
}
