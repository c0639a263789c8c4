package io.unp.examples.server;

import io.unp.lib.Err;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * server/readline.c: the first edition's {@code readline}, one {@code read(2)} per byte and no
 * buffer kept between calls, so any number of threads may read lines at once; the book links it
 * into the threaded servers (serv06-09) instead of the library's buffered one. Slow on purpose:
 * a request of {@code "4000\n"} costs five reads.
 */
final class ServerReadline {
    private ServerReadline() {}

    /** One byte, per thread (C's {@code char c} on the stack). */
    private static final ThreadLocal<byte[]> ONE = ThreadLocal.withInitial(() -> new byte[1]);

    /**
     * {@code readline}: bytes up to and including a newline, at most {@code maxlen - 1},
     * NUL-terminated.
     *
     * @return the count stored (as the 2nd edition counts it: one more than the bytes when end of
     *     file or {@code maxlen} cut the line), 0 at end of file with nothing read, -1 on error
     */
    static int readline(int fd, byte[] vptr, int maxlen) {
        byte[] c = ONE.get();
        int n;
        int ptr = 0;
        for (n = 1; n < maxlen; n++) {
            int rc;
            try {
                rc = Sys.read(fd, c, 0, 1);
            } catch (ErrnoException e) {
                return -1; // error (EINTR included, as in the book's version)
            }
            if (rc == 1) {
                vptr[ptr++] = c[0];
                if (c[0] == '\n') {
                    break;
                }
            } else {
                if (n == 1) {
                    return 0; // EOF, no data read
                }
                break; // EOF, some data was read
            }
        }
        vptr[ptr] = 0;
        return n;
    }

    /** {@code Readline}: ends the program with "readline error" when {@link #readline} fails. */
    static int Readline(int fd, byte[] ptr, int maxlen) {
        int n = readline(fd, ptr, maxlen);
        if (n == -1) {
            throw Err.sys("readline error");
        }
        return n;
    }
}
