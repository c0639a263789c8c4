package io.unp.lib;

import static io.unp.abi.Constants.LOG_ERR;
import static io.unp.abi.Constants.LOG_INFO;
import static io.unp.abi.Constants.LOG_PID;

import io.unp.sys.Sys;
import java.util.Set;

/**
 * The book's {@code daemon_proc}: once {@code daemon_init} or {@code daemon_inetd} has run,
 * the error functions ({@link Err}) write to syslog(3) instead of standard error.
 *
 * <p>{@link Err} offers the hook ({@link Err#syslog}, {@link Err#daemonProc}); this class
 * fills it. As in {@code err_doit}, {@code err_sys}, {@code err_quit} and {@code err_dump}
 * log at {@code LOG_ERR} and {@code err_ret} and {@code err_msg} at {@code LOG_INFO}, with the
 * facility given to {@code openlog}, and the message ends with the newline C appends.
 */
final class DaemonLog {
    private DaemonLog() {}

    /** The error functions that end the program; C logs them at LOG_ERR. */
    private static final Set<String> FATAL = Set.of("sys", "quit", "dump");
    /** All of Err's public error functions. */
    private static final Set<String> ERROR_FUNCTIONS = Set.of("sys", "quit", "dump", "ret", "msg");

    /** {@code openlog(pname, LOG_PID, facility)}, then routes Err to syslog. */
    static void start(String pname, int facility) {
        Sys.openlog(pname, LOG_PID, facility);
        Err.syslog = DaemonLog::log;
        Err.daemonProc = true;
    }

    /** Err's sink: one message, at the level of the error function that printed it. */
    static void log(String line) {
        Sys.syslog(level(), line + "\n");
    }

    /**
     * LOG_ERR when a fatal error function ({@code Err.sys}, {@code quit}, {@code dump}) is on
     * the calling stack, else LOG_INFO: Err's hook receives only the line, and asking the
     * stack keeps Err unchanged.
     */
    static int level() {
        String fn = StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().equals(Err.class.getName()))
                .map(StackWalker.StackFrame::getMethodName)
                .filter(ERROR_FUNCTIONS::contains)
                .findFirst().orElse("msg"));
        return FATAL.contains(fn) ? LOG_ERR : LOG_INFO;
    }
}
