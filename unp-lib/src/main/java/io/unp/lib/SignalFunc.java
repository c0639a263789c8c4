package io.unp.lib;

import io.unp.abi.Constants;
import io.unp.sys.ErrnoException;
import io.unp.sys.Signals;

/**
 * {@code signal}/{@code Signal} ({@code lib/signal.c}) and {@code signal_intr}/{@code Signal_intr}
 * ({@code lib/signal_intr.c}): install a handler with POSIX semantics through
 * {@link Signals#sigaction}.
 *
 * <p>{@code signal} sets SA_RESTART for every signal but SIGALRM, so a blocked call goes on
 * after the handler returns; {@code signal_intr} sets nothing, so it fails with EINTR.
 *
 * <p>Lesson switch: with the environment variable {@code UNP_NO_RESTART=1} (or the system property
 * {@code unp.noRestart=true}), {@code signal} behaves like {@code signal_intr}, as on the
 * systems the book describes whose {@code signal} does not restart interrupted calls.
 */
public final class SignalFunc {
    private SignalFunc() {}

    private static boolean noRestart() {
        return "1".equals(System.getenv("UNP_NO_RESTART")) || Boolean.getBoolean("unp.noRestart");
    }

    /** {@code signal}: installs {@code func}; returns the previous handler. */
    public static Signals.Handler signal(int signo, Signals.Handler func) {
        int flags = signo == Constants.SIGALRM || noRestart() ? 0 : Signals.SA_RESTART;
        return Signals.sigaction(signo, func, flags);
    }

    /** {@code Signal}: {@link #signal}, ending the program with "signal error" on failure. */
    public static Signals.Handler Signal(int signo, Signals.Handler func) {
        try {
            return signal(signo, func);
        } catch (ErrnoException e) {
            throw Err.sys("signal error");
        }
    }

    /** {@code signal_intr}: installs {@code func} without SA_RESTART. */
    public static Signals.Handler signalIntr(int signo, Signals.Handler func) {
        return Signals.sigaction(signo, func, 0);
    }

    /** {@code Signal_intr}: {@link #signalIntr}, ending the program with "signal_intr error" on failure. */
    public static Signals.Handler SignalIntr(int signo, Signals.Handler func) {
        try {
            return signalIntr(signo, func);
        } catch (ErrnoException e) {
            throw Err.sys("signal_intr error");
        }
    }
}
