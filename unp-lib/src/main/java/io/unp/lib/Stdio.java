package io.unp.lib;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The few pieces of {@code <stdio.h>} the book's programs use: {@code printf},
 * {@code fputs} and {@code fgets} on the standard streams, as bytes.
 *
 * <p>Bytes read from a socket reach standard output unchanged (no charset conversion), and
 * every call flushes, so a program's output is never lost when it ends or is killed and
 * interleaves with its error messages in order.
 *
 * <p>Text is C text: the project's rule is that a C string is a Java {@code String} with one
 * {@code char} per byte (ISO-8859-1, {@link #BYTES}). {@link #str} decodes that way, and
 * {@link #printf} and {@link #err} encode that way, so a byte a program was given (an argument,
 * a host name, a line from a socket) comes out as the same byte, as it does from C. A
 * {@code char} above U+00FF has no byte and is written as {@code ?}.
 *
 * <p>A failed write sets this thread's errno ({@link io.unp.sys.Sys#errno()}) from the
 * {@link IOException}, as C's {@code fputs} sets {@code errno}, so an {@code err_sys} after it
 * prints that error and not one left over from an earlier call.
 */
public final class Stdio {
    private Stdio() {}

    /** The charset text is written in; ISO-8859-1 round-trips every byte. */
    public static final Charset BYTES = StandardCharsets.ISO_8859_1;

    private static final OutputStream OUT = new FileOutputStream(FileDescriptor.out);
    private static final OutputStream ERR = new FileOutputStream(FileDescriptor.err);
    private static final InputStream IN = new BufferedInputStream(new FileInputStream(FileDescriptor.in), 8192);

    /** {@code printf} to standard output. */
    public static void printf(String fmt, Object... args) {
        out((args.length == 0 ? fmt : String.format(fmt, args)).getBytes(BYTES));
    }

    /** {@code fputs} of {@code buf[0..len)} to standard output; returns false on error (EOF in C). */
    public static boolean fputs(byte[] buf, int len) {
        try {
            synchronized (OUT) {
                OUT.write(buf, 0, len);
            }
            return true;
        } catch (IOException e) {
            Err.setErrno(e);
            return false;
        }
    }

    /** {@code fputs} of a NUL-terminated line in {@code buf}. */
    public static boolean fputs(byte[] buf) {
        return fputs(buf, strlen(buf));
    }

    /** Writes bytes to standard output. */
    public static void out(byte[] bytes) {
        fputs(bytes, bytes.length);
    }

    /** Writes text to standard error. */
    public static void err(String text) {
        try {
            synchronized (ERR) {
                ERR.write(text.getBytes(BYTES));
            }
        } catch (IOException e) {
            // nowhere left to report it
        }
    }

    /** {@code fflush(stdout)}: a no-op kept for the book's shape; every write already went out. */
    public static void flush() {
        // writes are unbuffered
    }

    /** The standard input stream, buffered as stdio's is. */
    public static InputStream stdin() {
        return IN;
    }

    /**
     * {@code fgets}: reads at most {@code size - 1} bytes from {@code in}, up to and including
     * a newline, into {@code buf} and NUL-terminates them.
     *
     * @return the number of bytes read, or -1 at end of file with nothing read (C's NULL)
     * @throws IOException on a read error
     */
    public static int fgets(byte[] buf, int size, InputStream in) throws IOException {
        int n = 0;
        synchronized (in) {
            while (n < size - 1) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                buf[n++] = (byte) c;
                if (c == '\n') {
                    break;
                }
            }
        }
        if (n < buf.length) {
            buf[n] = 0;
        }
        return n == 0 ? -1 : n;
    }

    /** {@code strlen}: the bytes before the first NUL, or the whole array. */
    public static int strlen(byte[] s) {
        for (int i = 0; i < s.length; i++) {
            if (s[i] == 0) {
                return i;
            }
        }
        return s.length;
    }

    /** A NUL-terminated C string as Java text (ISO-8859-1, byte for char). */
    public static String str(byte[] s) {
        return new String(s, 0, strlen(s), BYTES);
    }

    /** {@code Fgets}: {@link #fgets} that ends the program with "fgets error" on a read error. */
    public static int Fgets(byte[] buf, int size, InputStream in) {
        try {
            return fgets(buf, size, in);
        } catch (IOException e) {
            throw Err.sys(e, "fgets error");
        }
    }

    /**
     * {@code Fputs}: {@link #fputs} that ends the program with "fputs error" and the write's
     * error ({@code fputs error: Broken pipe}) if it fails.
     */
    public static void Fputs(byte[] buf) {
        if (!fputs(buf)) {
            throw Err.sys("fputs error");
        }
    }
}
