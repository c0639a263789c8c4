package io.unp.examples.threads;

import static io.unp.lib.WrapPthread.Pthread_key_create;

import io.unp.lib.Pthread;
import io.unp.lib.Stdio;
import io.unp.sys.Sys;

/**
 * threads/test05: what the implementation returns for thread-specific data keys: glibc and
 * this port number them 0, 1, 2 ..., and a key's value is NULL in a thread that never set it.
 */
public final class Test05 {
    private Test05() {}

    static int myKey;

    public static void main(String[] args) {
        myKey = Pthread_key_create(null);
        Stdio.printf("first key = %d\n", myKey);

        myKey = Pthread_key_create(null);
        Stdio.printf("second key = %d\n", myKey);

        myKey = Pthread_key_create(null);
        Stdio.printf("third key = %d\n", myKey);

        printKey0();

        Sys.setErrno(67);
        printKey0();
    }

    private static void printKey0() {
        Object iptr = Pthread.pthreadGetspecific(0);
        if (iptr == null) {
            Stdio.printf("key 0 pointer is NULL\n");
        } else {
            Stdio.printf("value in key 0 = %d\n", (Integer) iptr);
        }
    }
}
