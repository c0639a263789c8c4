package io.unp.examples.server;

import static io.unp.abi.Constants.SIGTERM;
import static io.unp.lib.WrapSock.atoi;
import static io.unp.lib.WrapUnix.Close;
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
     * {@code child_make}'s {@code Fork}: starts {@code child}, which gets the listening socket and
     * {@code fds}, and its number {@code i} and {@code addrlen}, the two values a forked C child
     * finds in its copy of {@code child_main}'s arguments, through a pipe ({@link ChildArgs});
     * returns its pid to the parent. The C child returns from {@code Fork} into
     * {@code child_main}; a child JVM starts there, with {@link #start}.
     */
    static int childMake(Class<? extends Fork.Child> child, int i, int listenfd, int addrlen, int... fds) {
        int args = ChildArgs.pass(Integer.toString(i), Integer.toString(addrlen));
        int[] all = new int[fds.length + 2];
        all[0] = args;
        all[1] = listenfd;
        System.arraycopy(fds, 0, all, 2, fds.length);
        int pid = Fork(child, all);
        Close(args);
        return pid;
    }

    /** What a preforked child starts with: its number, the listening socket, addrlen, and the other descriptors. */
    record Start(int i, int listenfd, int addrlen, int[] fds) {
        /** The {@code k}th descriptor passed after the listening socket. */
        int fd(int k) {
            return fds[k];
        }
    }

    /** In the child: what {@link #childMake} passed. */
    static Start start(int[] fds) {
        String[] a = ChildArgs.receive(fds[0]);
        return new Start(atoi(a[0]), fds[1], atoi(a[1]), java.util.Arrays.copyOfRange(fds, 2, fds.length));
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
