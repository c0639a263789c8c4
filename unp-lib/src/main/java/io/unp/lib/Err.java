package io.unp.lib;

import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * The book's error functions ({@code lib/error.c}): {@code err_sys}, {@code err_quit},
 * {@code err_ret}, {@code err_msg} and {@code err_dump}.
 *
 * <p>Each formats its message with {@link String#format}; those "related to a system call"
 * append {@code ": "} and the text of this thread's errno ({@link Sys#errno()}, set by the
 * call that failed). Standard output is flushed first, then the line goes to standard error,
 * or to syslog once {@link #daemonProc} is set ({@code daemon_init}). The fatal ones throw
 * {@link Exit} with status 1, which the launcher turns into the process's exit.
 *
 * <p>Where the failure arrived as a Java exception rather than through errno (an
 * {@link java.io.IOException} from a stream, say), the overloads that take it
 * ({@link #sys(Throwable, String, Object...)}, {@link #ret(Throwable, String, Object...)}) print
 * the error that exception carries, and set errno to it.
 */
public final class Err {
    private Err() {}

    /** Set by {@code daemon_init}: messages go to syslog instead of standard error. */
    public static volatile boolean daemonProc;

    /** Where messages go when {@link #daemonProc} is set; installed by the daemon code. */
    public static volatile java.util.function.Consumer<String> syslog;

    /** {@code err_ret}: nonfatal error related to a system call; prints and returns. */
    public static void ret(String fmt, Object... args) {
        doit(true, fmt, args);
    }

    /** {@code err_sys}: fatal error related to a system call; prints and ends with status 1. */
    public static Exit sys(String fmt, Object... args) {
        doit(true, fmt, args);
        throw new Exit(1);
    }

    /**
     * {@code err_sys} for a failure that arrived as an exception: prints the error
     * {@code cause} carries ({@link #errnoOf}) instead of whatever errno an earlier call left,
     * and ends with status 1.
     */
    public static Exit sys(Throwable cause, String fmt, Object... args) {
        setErrno(cause);
        print(format(false, 0, fmt, args) + ": " + errorText(cause));
        throw new Exit(1);
    }

    /** {@code err_ret} for a failure that arrived as an exception: prints its error and returns. */
    public static void ret(Throwable cause, String fmt, Object... args) {
        setErrno(cause);
        print(format(false, 0, fmt, args) + ": " + errorText(cause));
    }

    /**
     * The errno a failure stands for: an {@link ErrnoException}'s own (anywhere in the cause
     * chain); for any other exception (a Java {@link java.io.IOException}, whose message the JDK
     * takes from {@code strerror}), the errno whose text its message starts with; else
     * {@code EIO}.
     */
    static int errnoOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ErrnoException) {
                return ((ErrnoException) t).code();
            }
        }
        Errno byText = byText(e);
        return byText != null ? byText.code() : Errno.EIO.code();
    }

    /** Records {@code e}'s error as this thread's errno, as a failing C call sets errno. */
    static void setErrno(Throwable e) {
        Sys.setErrno(errnoOf(e));
    }

    private static Errno byText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m == null || m.isEmpty()) {
                continue;
            }
            for (Errno x : Errno.values()) {
                if (x != Errno.UNKNOWN && m.startsWith(x.strerror())) {
                    return x;
                }
            }
        }
        return null;
    }

    /**
     * {@code err_dump}: fatal error related to a system call; prints, then aborts the process
     * (SIGABRT, a core dump where enabled).
     */
    public static Exit dump(String fmt, Object... args) {
        doit(true, fmt, args);
        Stdio.flush();
        Sys.raise(io.unp.abi.Constants.SIGABRT);
        throw new Exit(1);
    }

    /** {@code err_msg}: nonfatal error unrelated to a system call; prints and returns. */
    public static void msg(String fmt, Object... args) {
        doit(false, fmt, args);
    }

    /** {@code err_quit}: fatal error unrelated to a system call; prints and ends with status 1. */
    public static Exit quit(String fmt, Object... args) {
        doit(false, fmt, args);
        throw new Exit(1);
    }

    /** The message text {@code err_doit} would print, without the newline. */
    static String format(boolean withErrno, int errno, String fmt, Object... args) {
        String text = args.length == 0 ? fmt : String.format(fmt, args);
        return withErrno ? text + ": " + Errno.strerror(errno) : text;
    }

    /**
     * The error text for {@code cause}: its errno's {@code strerror} text, or, for an exception
     * that names no errno and whose message is no {@code strerror} text ("Stream Closed"),
     * that message.
     */
    static String errorText(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ErrnoException) {
                return Errno.strerror(((ErrnoException) t).code());
            }
        }
        String m = cause.getMessage();
        if (byText(cause) == null && m != null && !m.isEmpty()) {
            return m;
        }
        return Errno.strerror(errnoOf(cause));
    }

    private static void doit(boolean withErrno, String fmt, Object... args) {
        print(format(withErrno, Sys.errno(), fmt, args));
    }

    /** {@code err_doit}'s output: standard output flushed, then the line to standard error or syslog. */
    private static void print(String line) {
        java.util.function.Consumer<String> log = syslog;
        if (daemonProc && log != null) {
            log.accept(line);
            return;
        }
        Stdio.flush();
        Stdio.err(line + "\n");
    }
}
