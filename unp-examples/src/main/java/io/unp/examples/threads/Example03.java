package io.unp.examples.threads;

import static io.unp.lib.WrapPthread.Pthread_cond_signal;
import static io.unp.lib.WrapPthread.Pthread_cond_wait;
import static io.unp.lib.WrapPthread.Pthread_create;
import static io.unp.lib.WrapPthread.Pthread_join;
import static io.unp.lib.WrapPthread.Pthread_mutex_lock;
import static io.unp.lib.WrapPthread.Pthread_mutex_unlock;

import io.unp.lib.Pthread;
import io.unp.lib.PthreadCond;
import io.unp.lib.PthreadMutex;
import io.unp.lib.PthreadT;
import io.unp.lib.Stdio;

/**
 * threads/example03: a producer thread hands the numbers 0 to 49 to a consumer thread through
 * a ten-slot buffer, with a mutex and two condition variables (section 23.8): the producer
 * waits while the buffer is full, the consumer while it is empty, and each signals the other.
 *
 * <p>The C prints the addresses of a stack variable, a global and a function to show that the
 * threads share globals and code but not stacks. Java has no addresses: the port prints
 * identity hash codes in their place (the main thread's and each thread's own, the shared
 * buffer's, the producer function's), which differ in the same way.
 */
public final class Example03 {
    private Example03() {}

    static final int NLOOP = 50;
    static final int BUFFSIZE = 10;

    /** {@code struct buf_t}. */
    static final class Buf {
        final int[] bBuf = new int[BUFFSIZE]; // the buffer which contains integer items
        int bNitems; // #items currently in buffer
        int bNextget;
        int bNextput;
        final PthreadMutex bMutex = new PthreadMutex();
        final PthreadCond bCondConsumer = new PthreadCond(); // consumer waiting to get
        final PthreadCond bCondProducer = new PthreadCond(); // producer waiting to put
    }

    static final Buf bufT = new Buf();

    private static final Pthread.StartRoutine PRODUCE_LOOP = Example03::produceLoop;

    public static void main(String[] args) {
        Stdio.printf("main, addr(stack) = %x, addr(global) = %x, addr(func) = %x\n",
                System.identityHashCode(Thread.currentThread()), System.identityHashCode(bufT),
                System.identityHashCode(PRODUCE_LOOP));
        PthreadT tidA = Pthread_create(null, PRODUCE_LOOP, null);
        PthreadT tidB = Pthread_create(null, Example03::consumeLoop, null);

        // wait for both threads to terminate
        Pthread_join(tidA);
        Pthread_join(tidB);
    }

    static void produce(Buf bptr, int val) {
        Pthread_mutex_lock(bptr.bMutex);
        // wait if buffer is full
        while (bptr.bNitems >= BUFFSIZE) {
            Pthread_cond_wait(bptr.bCondProducer, bptr.bMutex);
        }

        // there is room, store the new value
        Stdio.printf("produce %d\n", val);
        bptr.bBuf[bptr.bNextput] = val;
        if (++bptr.bNextput >= BUFFSIZE) {
            bptr.bNextput = 0;
        }
        bptr.bNitems++;

        // signal consumer
        Pthread_cond_signal(bptr.bCondConsumer);
        Pthread_mutex_unlock(bptr.bMutex);
    }

    static int consume(Buf bptr) {
        Pthread_mutex_lock(bptr.bMutex);
        // wait if buffer is empty
        while (bptr.bNitems <= 0) {
            Pthread_cond_wait(bptr.bCondConsumer, bptr.bMutex);
        }

        // there is data, fetch the value
        int val = bptr.bBuf[bptr.bNextget];
        Stdio.printf("consume %d\n", val);
        if (++bptr.bNextget >= BUFFSIZE) {
            bptr.bNextget = 0;
        }
        bptr.bNitems--;

        // signal producer; it might be waiting for space to store
        Pthread_cond_signal(bptr.bCondProducer);
        Pthread_mutex_unlock(bptr.bMutex);

        return val;
    }

    static Object produceLoop(Object vptr) {
        Stdio.printf("produce_loop thread, addr(stack) = %x\n", System.identityHashCode(Thread.currentThread()));
        for (int i = 0; i < NLOOP; i++) {
            produce(bufT, i);
        }
        return null;
    }

    static Object consumeLoop(Object vptr) {
        Stdio.printf("consume_loop thread, addr(stack) = %x\n", System.identityHashCode(Thread.currentThread()));
        for (int i = 0; i < NLOOP; i++) {
            consume(bufT);
        }
        return null;
    }
}
