package io.unp.lib;

import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * {@code sockatmark} ({@code lib/sockatmark.c}, section 21.3): is the next byte to read the
 * one at the out-of-band mark? The book builds it from {@code ioctl(SIOCATMARK)}; glibc has
 * had the POSIX function itself for a long time, and this calls it ({@link Sys#sockatmark}).
 */
public final class Sockatmark {
    private Sockatmark() {}

    /**
     * {@code sockatmark}: true (C's 1) when the read pointer is at the mark, false (0) when not.
     *
     * @throws ErrnoException (C's -1) for a descriptor that is not a TCP socket
     */
    public static boolean sockatmark(int fd) {
        return Sys.sockatmark(fd);
    }
}
