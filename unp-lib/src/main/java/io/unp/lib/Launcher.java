package io.unp.lib;

import io.unp.sys.ErrnoException;
import io.unp.sys.Signals;
import io.unp.sys.Sys;
import io.unp.abi.NativeUnavailableException;

/**
 * Runs a program's body the way a C {@code main} runs: {@link Exit} (from {@code err_sys},
 * {@code err_quit} or an explicit exit) ends the process with its status, in whichever thread
 * it is thrown; an unexpected failure prints one line, never a stack trace (set
 * {@code UNP_DEBUG=1} to see it), and exits with status 1.
 *
 * <p>A program ends with {@link System#exit}. A forked child ({@link #runChild}) ends as a C
 * child's {@code exit(0)} does: output flushed, then {@code _exit(2)} at once, without the
 * JVM's shutdown sequence, so children that finish together also end together (the zombie
 * lesson of tcpserv03 depends on their SIGCHLDs arriving in a burst).
 *
 * <p>This class is the only place that ends the process.
 */
public final class Launcher {
    private Launcher() {}

    /** A program body. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    private static volatile boolean immediateExit;

    /**
     * Runs {@code body} as a program named {@code name}, then exits: status 0 when it returns,
     * as C's {@code main} returning.
     */
    public static void run(String name, Body body) {
        Signals.usePosixSigpipeDefault();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> exit(name, e));
        try {
            body.run();
        } catch (Throwable e) {
            exit(name, e);
        }
        terminate(0);
    }

    /**
     * Runs the body of a forked child ({@link ForkChildMain}) as {@link #run} does, but ends the
     * process with {@code _exit} as soon as the body is done.
     */
    static void runChild(String name, Body body) {
        immediateExit = true;
        run(name, body);
    }

    /** Ends the process for {@code e}, thrown in any thread of the program. */
    static void exit(String name, Throwable e) {
        Throwable cause = e;
        while (cause instanceof java.lang.reflect.InvocationTargetException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        int status;
        if (cause instanceof Exit) {
            status = ((Exit) cause).status();
        } else {
            status = 1;
            Stdio.err(describe(name, cause) + "\n");
            if ("1".equals(System.getenv("UNP_DEBUG"))) {
                cause.printStackTrace();
            }
        }
        terminate(status);
    }

    /** C's {@code exit(status)}: flush standard output, then end the process. */
    private static void terminate(int status) {
        Stdio.flush();
        System.out.flush();
        System.err.flush();
        if (immediateExit) {
            try {
                Sys.exitImmediately(status);
            } catch (RuntimeException | LinkageError e) {
                // no native access: fall back to the JVM's exit
            }
        }
        System.exit(status);
    }

    private static String describe(String name, Throwable e) {
        if (e instanceof ErrnoException || e instanceof NativeUnavailableException) {
            return name + ": " + e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return name + ": out of memory";
        }
        return name + ": internal error: " + e + " (set UNP_DEBUG=1 for the stack trace)";
    }
}
