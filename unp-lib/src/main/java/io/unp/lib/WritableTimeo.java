package io.unp.lib;

import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;

import io.unp.abi.FdSet;
import io.unp.abi.Timeval;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * {@code writable_timeo} ({@code lib/writable_timeo.c}): {@link ReadableTimeo}'s twin for
 * writing, a {@code select} on the write set with a timeout in seconds.
 */
public final class WritableTimeo {
    private WritableTimeo() {}

    /**
     * {@code writable_timeo}: {@code select} on {@code fd} for writing with a timeout of
     * {@code sec} seconds.
     *
     * @return a positive count when {@code fd} is writable, 0 on timeout, -1 on error (errno set)
     */
    public static int writableTimeo(int fd, int sec) {
        FdSet wset = new FdSet();
        FD_ZERO(wset);
        FD_SET(fd, wset);
        try {
            return Sys.select(fd + 1, null, wset, null, new Timeval(sec, 0));
        } catch (ErrnoException e) {
            return -1;
        }
    }

    /** {@code Writable_timeo}: {@link #writableTimeo}, ending the program with "writable_timeo error". */
    public static int WritableTimeo(int fd, int sec) {
        int n = writableTimeo(fd, sec);
        if (n < 0) {
            throw Err.sys("writable_timeo error");
        }
        return n;
    }
}
