package io.unp.lib;

import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A C {@code FILE} on a descriptor, as {@code fdopen(3)} makes one, with glibc's buffering, and
 * the book's wrappers for it ({@code lib/wrapstdio.c}: {@code Fdopen}, {@code Fgets},
 * {@code Fputs}, {@code Fclose}).
 *
 * <p>Section 13.8's lesson lives here: a stream on a socket is fully buffered, since a socket
 * is not a terminal. Reading pulls up to a buffer's worth of bytes from the kernel at once;
 * writing collects bytes in the buffer and sends them only when it is full, on
 * {@link #fflush}, on {@link #fclose}, or when the program exits. glibc sizes the buffer by the
 * descriptor's {@code st_blksize}, 4096 bytes for a socket; so does this class.
 *
 * <p>C's {@code exit} flushes every open stream. A Java program cannot hook that into the
 * launcher's exit (a forked child ends with {@code _exit}), so code that relies on it calls
 * {@link #fflushAll()}, C's {@code fflush(NULL)}, where the C program would exit.
 */
public final class StdioFile {
    /** glibc's buffer for a stream whose descriptor reports {@code st_blksize} 4096 (a socket, a pipe). */
    public static final int BUFSIZ = 4096;

    private static final Set<StdioFile> OPEN = ConcurrentHashMap.newKeySet();

    private final int fd;
    private final boolean reading;
    private final boolean writing;
    private final byte[] rbuf;
    private int rpos;
    private int rlim;
    private final byte[] wbuf;
    private int wlen;
    private boolean eof;
    private boolean error;

    private StdioFile(int fd, boolean reading, boolean writing) {
        this.fd = fd;
        this.reading = reading;
        this.writing = writing;
        rbuf = reading ? new byte[BUFSIZ] : null;
        wbuf = writing ? new byte[BUFSIZ] : null;
    }

    /**
     * {@code fdopen(3)}: a stream on {@code fd} opened with {@code mode} ("r", "w", "a", with an
     * optional "+" or "b").
     *
     * @return the stream, or null with errno EINVAL for a mode C rejects, or EBADF for a
     *     descriptor that is not open
     */
    public static StdioFile fdopen(int fd, String mode) {
        if (mode.isEmpty() || "rwa".indexOf(mode.charAt(0)) < 0) {
            Sys.setErrno(Errno.EINVAL.code());
            return null;
        }
        try {
            Sys.fcntl(fd, io.unp.abi.Constants.F_GETFL, 0);
        } catch (ErrnoException e) {
            return null; // errno already EBADF
        }
        boolean plus = mode.indexOf('+') > 0;
        boolean r = mode.charAt(0) == 'r' || plus;
        boolean w = mode.charAt(0) != 'r' || plus;
        StdioFile f = new StdioFile(fd, r, w);
        OPEN.add(f);
        return f;
    }

    /** {@code Fdopen}: {@link #fdopen}, ending the program with "fdopen error" if it fails. */
    public static StdioFile Fdopen(int fd, String mode) {
        StdioFile f = fdopen(fd, mode);
        if (f == null) {
            throw Err.sys("fdopen error");
        }
        return f;
    }

    /** {@code fileno(3)}. */
    public int fileno() {
        return fd;
    }

    /** {@code ferror(3)}: true once a read or write on the stream has failed. */
    public boolean ferror() {
        return error;
    }

    /** {@code feof(3)}: true once a read has met end of file. */
    public boolean feof() {
        return eof;
    }

    /**
     * {@code fgets(3)}: up to {@code size - 1} bytes, through the first newline, into
     * {@code s}, NUL-terminated; the buffer is refilled with one {@code read} of up to
     * {@link #BUFSIZ} bytes whenever it is empty.
     *
     * @return the number of bytes stored, or -1 (C's NULL) at end of file with nothing read or
     *     on a read error ({@link #ferror()} tells which; errno is set)
     */
    public int fgets(byte[] s, int size) {
        if (!reading) {
            error = true;
            Sys.setErrno(Errno.EBADF.code());
            return -1;
        }
        int n = 0;
        while (n < size - 1) {
            if (rpos == rlim && !fill()) {
                break;
            }
            byte c = rbuf[rpos++];
            s[n++] = c;
            if (c == '\n') {
                break;
            }
        }
        if (n == 0) {
            return -1;
        }
        if (n < s.length) {
            s[n] = 0;
        }
        return n;
    }

    private boolean fill() {
        if (eof || error) {
            return false;
        }
        try {
            int n = Sys.read(fd, rbuf, 0, rbuf.length);
            if (n == 0) {
                eof = true;
                return false;
            }
            rpos = 0;
            rlim = n;
            return true;
        } catch (ErrnoException e) {
            error = true;
            return false;
        }
    }

    /** {@code Fgets}: {@link #fgets}, ending the program with "fgets error" on a read error. */
    public static int Fgets(byte[] ptr, int n, StdioFile stream) {
        int r = stream.fgets(ptr, n);
        if (r < 0 && stream.ferror()) {
            throw Err.sys("fgets error");
        }
        return r;
    }

    /**
     * {@code fputs(3)} of the NUL-terminated string in {@code s}: copied into the buffer, which
     * is written out each time it fills.
     *
     * @return false (C's EOF) if a write failed; errno is set
     */
    public boolean fputs(byte[] s) {
        return fwrite(s, 0, Stdio.strlen(s));
    }

    /** {@code fwrite(3)} of {@code s[off..off+len)}: buffered as {@link #fputs}. */
    public boolean fwrite(byte[] s, int off, int len) {
        if (!writing) {
            error = true;
            Sys.setErrno(Errno.EBADF.code());
            return false;
        }
        synchronized (this) {
            while (len > 0) {
                if (wlen == wbuf.length && !flushBuffer()) {
                    return false;
                }
                int k = Math.min(len, wbuf.length - wlen);
                System.arraycopy(s, off, wbuf, wlen, k);
                wlen += k;
                off += k;
                len -= k;
            }
            return wlen < wbuf.length || flushBuffer();
        }
    }

    /** {@code Fputs}: {@link #fputs}, ending the program with "fputs error" if it fails. */
    public static void Fputs(byte[] ptr, StdioFile stream) {
        if (!stream.fputs(ptr)) {
            throw Err.sys("fputs error");
        }
    }

    /** {@code fflush(3)}: writes out what the buffer holds. */
    public boolean fflush() {
        if (!writing) {
            return true;
        }
        synchronized (this) {
            return flushBuffer();
        }
    }

    private boolean flushBuffer() {
        int off = 0;
        try {
            while (off < wlen) {
                off += Sys.write(fd, wbuf, off, wlen - off);
            }
            wlen = 0;
            return true;
        } catch (ErrnoException e) {
            error = true;
            System.arraycopy(wbuf, off, wbuf, 0, wlen - off);
            wlen -= off;
            return false;
        }
    }

    /** {@code fclose(3)}: flushes, then closes the descriptor. */
    public boolean fclose() {
        OPEN.remove(this);
        boolean ok = fflush();
        try {
            Sys.close(fd);
        } catch (ErrnoException e) {
            ok = false;
        }
        return ok;
    }

    /** {@code Fclose}: {@link #fclose}, ending the program with "fclose error" if it fails. */
    public static void Fclose(StdioFile fp) {
        if (!fp.fclose()) {
            throw Err.sys("fclose error");
        }
    }

    /** {@code fflush(NULL)}: flushes every open output stream, as C's {@code exit} does. */
    public static void fflushAll() {
        for (StdioFile f : OPEN) {
            f.fflush();
        }
    }
}
