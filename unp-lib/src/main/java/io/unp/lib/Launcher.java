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
     * {@code main}'s arguments as C's {@code argv} has them: one {@code char} per byte
     * (ISO-8859-1), the project's rule for C strings. The JVM decodes the command line in the
     * locale's charset, which turns bytes that are not valid there into U+FFFD or {@code ?}
     * ({@code $'\xff\xfe'} would reach the program as two U+FFFD), so the arguments are read
     * again from {@code /proc/self/cmdline}, where they are the last {@code args.length}
     * entries. If that file cannot be read or does not line up with {@code args} (an argument
     * file, {@code @argfile}, expanded by the java launcher), {@code args} is returned as it is.
     */
    public static String[] cArgs(String[] args) {
        if (args.length == 0) {
            return args;
        }
        byte[] raw;
        try {
            raw = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/cmdline"));
        } catch (java.io.IOException | RuntimeException e) {
            return args;
        }
        // NUL-terminated entries, empty ones included; the last NUL ends the last entry.
        java.util.List<String> all = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                all.add(new String(raw, start, i - start, java.nio.charset.StandardCharsets.ISO_8859_1));
                start = i + 1;
            }
        }
        if (all.size() < args.length + 2) { // at least the java binary and the main class before them
            return args;
        }
        String[] out = all.subList(all.size() - args.length, all.size()).toArray(new String[0]);
        for (int i = 0; i < out.length; i++) {
            if (!sameWhereAscii(out[i], args[i])) {
                return args;
            }
        }
        return out;
    }

    /**
     * True if the JVM's {@code decoded} argument can come from {@code bytes}: equal if
     * {@code bytes} is ASCII; else its ASCII characters appear in {@code decoded} in order
     * (the others became U+FFFD, {@code ?} or a decoded character). A check that the entries
     * line up.
     */
    private static boolean sameWhereAscii(String bytes, String decoded) {
        int j = 0;
        boolean ascii = true;
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                continue;
            }
            while (j < decoded.length() && decoded.charAt(j) != c) {
                j++;
            }
            if (j == decoded.length()) {
                return false;
            }
            j++;
        }
        return !ascii || bytes.equals(decoded);
    }

    /**
     * Runs {@code body} as a program named {@code name}, then exits: status 0 when it returns,
     * as C's {@code main} returning.
     */
    public static void run(String name, Body body) {
        Thread.setDefaultUncaughtExceptionHandler(new Thread.UncaughtExceptionHandler() { // no lambda at start-up
            @Override
            public void uncaughtException(Thread t, Throwable e) {
                exit(name, e);
            }
        });
        try {
            // Inside the try: without native access this is the first call to fail.
            Signals.usePosixSigpipeDefault();
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
        Throwable cause = unwrap(e);
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

    /**
     * The exception that says what went wrong: {@code e} itself, or the {@link Exit},
     * {@link ErrnoException} or {@link NativeUnavailableException} it wraps. Reflection
     * ({@code InvocationTargetException}) and class initialisation wrap them: a failure in a
     * static initialiser arrives as {@link ExceptionInInitializerError}, and every later use of
     * that class as {@link NoClassDefFoundError} (whose cause, from Java 20 on, is the first
     * error; on Java 17 it has none).
     */
    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 32; depth++) {
            if (t instanceof Exit || t instanceof ErrnoException || t instanceof NativeUnavailableException) {
                return t;
            }
            t = t.getCause();
        }
        t = e;
        while (t instanceof java.lang.reflect.InvocationTargetException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The one line printed for {@code e}, an unwrapped failure that is not an {@link Exit}. */
    static String describe(String name, Throwable e) {
        if (e instanceof ErrnoException || e instanceof NativeUnavailableException) {
            return name + ": " + e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return name + ": out of memory";
        }
        if (e instanceof NoClassDefFoundError && e.getCause() == null && String.valueOf(e.getMessage())
                .startsWith("Could not initialize class io.unp.sys.")) {
            // Java 17: the native layer's first failure (the NativeUnavailableException) went to
            // whoever caught it; this later error no longer carries it, nor any other detail.
            return name + ": native access is unavailable (it failed earlier in this process;"
                    + " set UNP_DEBUG=1 for the stack trace)";
        }
        return name + ": internal error: " + e + " (set UNP_DEBUG=1 for the stack trace)";
    }
}
