package io.unp.lib;

import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/** {@code readn} and {@code Readn} ({@code lib/readn.c}): read exactly n bytes unless EOF comes first. */
public final class Readn {
    private Readn() {}

    /**
     * {@code readn}: reads until {@code n} bytes are in {@code buf[off..]} or end of file,
     * restarting after EINTR.
     *
     * @return the bytes read: {@code n}, or fewer at end of file
     */
    public static int readn(int fd, byte[] buf, int off, int n) {
        int left = n;
        while (left > 0) {
            int got;
            try {
                got = Sys.read(fd, buf, off + n - left, left);
            } catch (ErrnoException e) {
                if (e.is(Errno.EINTR)) {
                    continue;
                }
                throw e;
            }
            if (got == 0) {
                break;
            }
            left -= got;
        }
        return n - left;
    }

    /** {@code readn} into {@code buf[0..n)}. */
    public static int readn(int fd, byte[] buf, int n) {
        return readn(fd, buf, 0, n);
    }

    /** {@code Readn}: {@link #readn}, ending the program with "readn error" on failure. */
    public static int Readn(int fd, byte[] buf, int n) {
        try {
            return readn(fd, buf, 0, n);
        } catch (ErrnoException e) {
            throw Err.sys("readn error");
        }
    }
}
