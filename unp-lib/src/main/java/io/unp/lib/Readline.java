package io.unp.lib;

import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * {@code readline} and {@code Readline} ({@code lib/readline.c}): read a line from a
 * descriptor, buffered.
 *
 * <p>Like the book's version this reads up to {@link Unp#MAXLINE} bytes at a time and hands
 * them out one line per call. Unlike it, the buffer is kept per descriptor rather than in one
 * static buffer: with one static buffer, a server reading from several clients would hand one
 * client's buffered bytes to another. A descriptor's buffered bytes are dropped when it is
 * closed through {@link Sys#close} (before the kernel can reuse the number) or replaced by
 * {@link Sys#dup2}.
 *
 * <p>The count returned is always the number of bytes stored. The second edition's C returns
 * one more than that for a last line cut short by end of file or a line cut at
 * {@code maxlen - 1} bytes (so {@code Writen(fd, line, n)} would send the terminating NUL
 * too); the third edition fixed the first case.
 */
public final class Readline {
    private Readline() {}

    /**
     * The buffers, indexed by descriptor: a lookup is an array read, with no boxing and no
     * allocation per call (a server's hot path). Slots are filled, and the table grown, under
     * the class lock, and a slot once filled keeps its {@link Buffer} for good, so a plain read
     * is enough: it finds the Buffer, or null and then {@link #create} finds it under the lock.
     * A Buffer read this way may have been made by another thread; everything in it is read
     * and written under its own lock. (A plain array: an {@code AtomicReferenceArray} set up
     * its VarHandles at a preforked child's first connection.)
     */
    private static volatile Buffer[] buffers = new Buffer[64];

    static {
        Sys.onClose(new Forget());
    }

    /** {@link #forget} as a close listener: a class, not a method reference, so no lambda is spun at a child's first connection. */
    private static final class Forget implements IntConsumer {
        @Override
        public void accept(int fd) {
            forget(fd);
        }
    }

    private static Buffer bufferFor(int fd) {
        Buffer[] t = buffers;
        Buffer b = fd >= 0 && fd < t.length ? t[fd] : null;
        return b != null ? b : create(fd);
    }

    private static synchronized Buffer create(int fd) {
        if (fd < 0) {
            throw new IllegalArgumentException("descriptor " + fd);
        }
        Buffer[] t = buffers;
        if (fd >= t.length) {
            t = Arrays.copyOf(t, Math.max(fd + 1, t.length * 2));
            buffers = t;
        }
        Buffer b = t[fd];
        if (b == null) {
            b = new Buffer();
            t[fd] = b;
        }
        return b;
    }

    /**
     * Drops what was read ahead on {@code fd}, which is being closed. The {@link Buffer} stays in
     * its slot for the next descriptor of that number (a server's next connection, usually):
     * a connection then costs no allocation and no class lock, and a slot never goes back to
     * null, so this needs no lock against {@link #create} growing the table (the grown table
     * holds the same Buffer).
     */
    private static void forget(int fd) {
        Buffer[] t = buffers;
        Buffer b = fd >= 0 && fd < t.length ? t[fd] : null;
        if (b == null) {
            return; // nothing read through readline on it
        }
        synchronized (b) {
            b.data = null;
            b.count = 0;
            b.next = 0;
        }
    }

    /**
     * A descriptor's read-ahead. {@code data} is held only while it has bytes not yet handed
     * out: a drained buffer goes to its thread's spare, and the next fill (of any descriptor)
     * on that thread takes it back, so a server serving one line per read reuses one array and
     * allocates nothing, while 10,000 idle clients hold 10,000 small objects, not 40 MB of
     * empty 4 KB arrays.
     */
    private static final class Buffer {
        byte[] data;
        int count;
        int next;
    }

    /** Each thread's one spare read-ahead array (null: none). */
    private static final ThreadLocal<byte[][]> SPARE = new FirstThreadLocal<>() {
        @Override
        protected byte[][] initialValue() {
            return new byte[1][];
        }
    };

    private static byte[] takeArray() {
        byte[][] spare = SPARE.get();
        byte[] a = spare[0];
        if (a == null) {
            return new byte[Unp.MAXLINE];
        }
        spare[0] = null;
        return a;
    }

    private static void releaseIfDrained(Buffer b) {
        if (b.data != null && b.next >= b.count) {
            SPARE.get()[0] = b.data;
            b.data = null;
            b.count = 0;
            b.next = 0;
        }
    }

    /**
     * {@code readline}: reads bytes into {@code buf} up to and including a newline, at most
     * {@code maxlen - 1} of them, and NUL-terminates them as {@code fgets} does.
     *
     * @return the number of bytes stored (newline included), 0 at end of file with nothing read
     * @throws ErrnoException when the read fails (EINTR is retried)
     */
    public static int readline(int fd, byte[] buf, int maxlen) {
        Buffer b = bufferFor(fd);
        int n = 0;
        synchronized (b) {
            // The book copies a byte at a time; here each buffered run up to the newline is
            // found first and copied in one go: the same bytes, a fraction of the work per line.
            while (n < maxlen - 1) {
                if (b.next >= b.count && !fill(fd, b)) {
                    break; // end of file
                }
                int limit = b.next + Math.min(b.count - b.next, maxlen - 1 - n);
                int end = b.next;
                while (end < limit && b.data[end] != '\n') {
                    end++;
                }
                boolean newline = end < limit;
                if (newline) {
                    end++;
                }
                System.arraycopy(b.data, b.next, buf, n, end - b.next);
                n += end - b.next;
                b.next = end;
                if (newline) {
                    break;
                }
            }
            releaseIfDrained(b);
        }
        if (n < buf.length) {
            buf[n] = 0;
        }
        return n;
    }

    /** Reads the next chunk; false at end of file. */
    private static boolean fill(int fd, Buffer b) {
        if (b.data == null) {
            b.data = takeArray();
        }
        while (true) {
            try {
                int r = Sys.read(fd, b.data, 0, b.data.length);
                b.count = Math.max(r, 0);
                b.next = 0;
                return r > 0;
            } catch (ErrnoException e) {
                if (!e.is(Errno.EINTR)) {
                    throw e;
                }
            }
        }
    }

    /**
     * The bytes already read from {@code fd} but not yet returned by {@link #readline}
     * ({@code readlinebuf} in the third edition): code that mixes readline with select must
     * look here first.
     */
    public static int buffered(int fd) {
        Buffer[] t = buffers;
        Buffer b = fd >= 0 && fd < t.length ? t[fd] : null;
        if (b == null) {
            return 0;
        }
        synchronized (b) {
            return b.count - b.next;
        }
    }

    /** {@code Readline}: {@link #readline}, ending the program with "readline error" on failure. */
    public static int Readline(int fd, byte[] buf, int maxlen) {
        try {
            return readline(fd, buf, maxlen);
        } catch (ErrnoException e) {
            throw Err.sys("readline error");
        }
    }
}
