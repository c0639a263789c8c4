package io.unp.lib;

import static io.unp.lib.WrapPthread.Pthread_key_create;
import static io.unp.lib.WrapPthread.Pthread_once;
import static io.unp.lib.WrapPthread.Pthread_setspecific;

import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The thread-safe {@code readline} of {@code threads/readline.c} (figures 23.11 and 23.12):
 * the buffer of the book's {@code lib/readline.c} moves from a static variable into
 * thread-specific data, so each thread reads through a buffer of its own.
 *
 * <p>Built as in the book: {@code pthread_once} creates one key whose destructor frees a
 * thread's buffer when the thread ends, and each thread allocates its buffer ({@code Rline})
 * on its first call. The buffer belongs to the thread, not to the descriptor: a thread that
 * alternates between two descriptors mixes their buffered bytes, as the C does. The library's
 * {@link Readline} keeps a buffer per descriptor instead and is safe from threads too; this
 * class is the book's way, and the example of thread-specific data.
 *
 * <p>The {@code java.util.concurrent} way is one line: a
 * {@code ThreadLocal<Rline> tsd = ThreadLocal.withInitial(Rline::new)}, with no destructor:
 * the garbage collector frees a dead thread's value.
 */
public final class ReadlineTsd {
    private ReadlineTsd() {}

    private static int rlKey;
    private static final PthreadOnce RL_ONCE = new PthreadOnce();
    /** How many buffers the destructor has freed, for the tests. */
    private static final AtomicLong FREED = new AtomicLong();

    /** {@code readline_destructor}: the C frees the buffer; here the garbage collector will. */
    private static void readlineDestructor(Object ptr) {
        FREED.incrementAndGet();
    }

    /** {@code readline_once}: creates the key, once per process. */
    private static void readlineOnce() {
        rlKey = Pthread_key_create(ReadlineTsd::readlineDestructor);
    }

    /** {@code Rline}: one thread's buffer. */
    private static final class Rline {
        int rlCnt; // initialise to 0
        int rlBufptr; // index into rlBuf
        final byte[] rlBuf = new byte[Unp.MAXLINE];
    }

    /** {@code my_read}: the next byte through this thread's buffer; 1, 0 at end of file. */
    private static int myRead(Rline tsd, int fd, byte[] ptr, int off) {
        if (tsd.rlCnt <= 0) {
            while (true) {
                try {
                    tsd.rlCnt = Sys.read(fd, tsd.rlBuf, 0, Unp.MAXLINE);
                    break;
                } catch (ErrnoException e) {
                    if (!e.is(Errno.EINTR)) {
                        tsd.rlCnt = 0;
                        throw e;
                    }
                }
            }
            if (tsd.rlCnt == 0) {
                return 0;
            }
            tsd.rlBufptr = 0;
        }
        tsd.rlCnt--;
        ptr[off] = tsd.rlBuf[tsd.rlBufptr++];
        return 1;
    }

    /**
     * {@code readline}: as {@link Readline#readline}, through the calling thread's buffer.
     *
     * @return the bytes stored (newline included), 0 at end of file with nothing read
     * @throws ErrnoException when the read fails (EINTR is retried)
     */
    public static int readline(int fd, byte[] vptr, int maxlen) {
        Pthread_once(RL_ONCE, ReadlineTsd::readlineOnce);
        Rline tsd = (Rline) Pthread.pthreadGetspecific(rlKey);
        if (tsd == null) {
            tsd = new Rline(); // Calloc: zeroed
            Pthread_setspecific(rlKey, tsd);
        }

        int n = 0;
        while (n < maxlen - 1) {
            if (myRead(tsd, fd, vptr, n) == 0) {
                break; // EOF: nothing read (n == 0) or a last line without newline
            }
            if (vptr[n++] == '\n') {
                break;
            }
        }
        if (n < vptr.length) {
            vptr[n] = 0;
        }
        return n;
    }

    /** {@code Readline}: {@link #readline}, ending the program with "readline error" on failure. */
    public static int Readline(int fd, byte[] ptr, int maxlen) {
        try {
            return readline(fd, ptr, maxlen);
        } catch (ErrnoException e) {
            throw Err.sys("readline error");
        }
    }

    /** The buffers freed by the key's destructor so far (one per ended thread that read). */
    public static long buffersFreed() {
        return FREED.get();
    }
}
