package io.unp.lib;

import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;

import io.unp.abi.FdSet;
import io.unp.abi.Timeval;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * {@code readable_timeo} ({@code lib/readable_timeo.c}, section 13.2): waits with {@code select}
 * until a descriptor is readable or a number of seconds has passed, the second of section
 * 13.2's timeouts. Unlike an alarm it needs no signal and works in any thread, and unlike
 * SO_RCVTIMEO it works on any descriptor, but it is one more system call per read.
 */
public final class ReadableTimeo {
    private ReadableTimeo() {}

    /**
     * {@code readable_timeo}: {@code select} on {@code fd} for reading with a timeout of
     * {@code sec} seconds.
     *
     * @return a positive count when {@code fd} is readable, 0 on timeout, -1 on error (errno
     *     set: EINTR if a signal handler interrupted the wait)
     */
    public static int readableTimeo(int fd, int sec) {
        FdSet rset = new FdSet();
        FD_ZERO(rset);
        FD_SET(fd, rset);
        try {
            return Sys.select(fd + 1, rset, null, null, new Timeval(sec, 0));
        } catch (ErrnoException e) {
            return -1; // > 0 if descriptor is readable
        }
    }

    /** {@code Readable_timeo}: {@link #readableTimeo}, ending the program with "readable_timeo error". */
    public static int ReadableTimeo(int fd, int sec) {
        int n = readableTimeo(fd, sec);
        if (n < 0) {
            throw Err.sys("readable_timeo error");
        }
        return n;
    }
}
