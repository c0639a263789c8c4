package io.unp.examples.threads;

import static io.unp.lib.Err.sys;

import io.unp.lib.Pthread;
import io.unp.lib.Stdio;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * threads/test02: the thread's argument points at the main thread's variable, so the thread
 * sees the value the main thread stores later: {@code val = 123}, then, ten seconds on,
 * {@code val = 789}. (The pointer is an {@link AtomicInteger}, so that the later value is
 * guaranteed to be seen; a plain field would be in practice.)
 */
public final class Test02 {
    private Test02() {}

    static Object myfunc(Object ptr) {
        Stdio.printf("thread ID of myfunc: %d\n", Pthread.pthreadSelf().id());

        int val = ((AtomicInteger) ptr).get();
        Stdio.printf("val = %d\n", val);
        Sys.sleep(10);
        val = ((AtomicInteger) ptr).get();
        Stdio.printf("val = %d\n", val);
        return null;
    }

    public static void main(String[] args) {
        Stdio.printf("thread ID of main: %d\n", Pthread.pthreadSelf().id());

        // verify that the value pointed to by the thread's argument is modifiable
        AtomicInteger val = new AtomicInteger(123);
        try {
            Pthread.pthreadCreate(null, Test02::myfunc, val);
        } catch (ErrnoException e) {
            Sys.setErrno(e.code());
            throw sys("pthread_create error");
        }
        Sys.sleep(5);
        val.set(789);
        Sys.sleep(20);
    }
}
