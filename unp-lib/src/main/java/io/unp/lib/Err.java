package io.unp.lib;

import io.unp.abi.Errno;
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

    private static void doit(boolean withErrno, String fmt, Object... args) {
        String line = format(withErrno, Sys.errno(), fmt, args);
        java.util.function.Consumer<String> log = syslog;
        if (daemonProc && log != null) {
            log.accept(line);
            return;
        }
        Stdio.flush();
        Stdio.err(line + "\n");
    }
}
