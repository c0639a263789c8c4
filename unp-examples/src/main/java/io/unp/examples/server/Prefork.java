package io.unp.examples.server;

import static io.unp.abi.Constants.SIGTERM;
import static io.unp.lib.WrapUnix.Fork;

import io.unp.abi.Errno;
import io.unp.lib.Err;
import io.unp.lib.Fork;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * What the preforked servers (serv02-05) share: {@code child_make}'s fork and the first half of
 * their {@code sig_int}, which ends every child and waits for them all, so that their CPU time
 * is in {@code RUSAGE_CHILDREN} before {@code pr_cpu_time}.
 */
final class Prefork {
    private Prefork() {}

    /**
     * {@code child_make}'s {@code Fork}: starts {@code child} with {@code args} (descriptors and
     * the child's number, in the order the child class reads them); returns its pid to the parent.
     * The C child returns from {@code Fork} into {@code child_main}; a child JVM starts there.
     */
    static int childMake(Class<? extends Fork.Child> child, int... args) {
        return Fork(child, args);
    }

    /** Terminate all children and wait for all of them; {@code err_sys} unless wait ends with ECHILD. */
    static void terminateAll(int[] pids) {
        for (int pid : pids) {
            try {
                Sys.kill(pid, SIGTERM);
            } catch (ErrnoException e) {
                // already gone, as C ignores kill's result
            }
        }
        for (;;) { // wait for all children
            try {
                Sys.wait(null);
            } catch (ErrnoException e) {
                if (e.is(Errno.ECHILD)) {
                    return;
                }
                throw Err.sys("wait error");
            }
        }
    }

    /** {@code for ( ; ; ) pause();}: everything is done by the children (or threads). */
    static void pauseForever() {
        for (;;) {
            try {
                Sys.pause();
            } catch (ErrnoException e) {
                // EINTR: a handler ran; pause again
            }
        }
    }
}
