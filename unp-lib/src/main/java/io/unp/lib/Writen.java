package io.unp.lib;

import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/** {@code writen} and {@code Writen} ({@code lib/writen.c}): write all n bytes. */
public final class Writen {
    private Writen() {}

    /**
     * {@code writen}: writes {@code buf[off..off+n)} in as many calls as it takes, restarting
     * after EINTR.
     *
     * @return {@code n}
     */
    public static int writen(int fd, byte[] buf, int off, int n) {
        int left = n;
        while (left > 0) {
            try {
                left -= Sys.write(fd, buf, off + n - left, left);
            } catch (ErrnoException e) {
                if (!e.is(Errno.EINTR)) {
                    throw e;
                }
            }
        }
        return n;
    }

    /** {@code Writen}: writes {@code buf[0..n)}, ending the program with "writen error" on failure. */
    public static void Writen(int fd, byte[] buf, int n) {
        try {
            writen(fd, buf, 0, n);
        } catch (ErrnoException e) {
            throw Err.sys("writen error");
        }
    }
}
