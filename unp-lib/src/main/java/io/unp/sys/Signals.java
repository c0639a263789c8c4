package io.unp.sys;
import io.unp.abi.Errno;
import io.unp.abi.Constants;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code sigaction(2)} semantics for Java code: POSIX delivery rules on top of the JVM's
 * signal support.
 *
 * <p>The JVM runs each arrival of a signal on a fresh thread, so five SIGCHLDs give five
 * concurrent handler calls. POSIX holds a signal while its handler runs and collapses
 * further arrivals into one pending delivery; this class restores that: one handler call
 * at a time per signal, and any arrivals during a call become exactly one more call.
 *
 * <p>Interrupted system calls: the JVM's handler thread never interrupts anybody. So once a
 * handler has returned, this class sends a spare real-time signal with a no-op native handler
 * to the thread that installed it, and lets the kernel decide what the blocked call does, as
 * it would for the real signal: for a handler installed without {@link #SA_RESTART} the spare
 * signal (SIGRTMIN+3) has no SA_RESTART either, so a blocked {@code accept}, {@code read} or
 * {@code recvfrom} fails with EINTR; for a handler with SA_RESTART the spare signal
 * (SIGRTMIN+4) has SA_RESTART too, so those calls are restarted while {@code select},
 * {@code poll}, {@code pselect} and {@code sleep}, which Linux never restarts, return EINTR.
 *
 * <p>SIGPIPE is synchronous: it is delivered on the writing thread by {@link Sys#write}
 * when the write fails with EPIPE, before the call returns, as the kernel does.
 */
public final class Signals {
    private Signals() {}

    /** A signal handler: the book's {@code void sig_chld(int signo)}. */
    @FunctionalInterface
    public interface Handler {
        void handle(int signo);
    }

    /** {@code SIG_DFL}: the default action. */
    public static final Handler SIG_DFL = signo -> {};
    /** {@code SIG_IGN}: ignore the signal. */
    public static final Handler SIG_IGN = signo -> {};
    /** {@code SA_RESTART}: restart system calls the handler interrupted. */
    public static final int SA_RESTART = Constants.SA_RESTART;

    /**
     * Set to {@code true} to make the process die of an unhandled SIGPIPE, as a C program does;
     * the launcher does this for the book's programs. Library users keep the JVM's default, which
     * ignores SIGPIPE and lets the write fail with EPIPE.
     */
    private static volatile boolean posixSigpipeDefault;

    private static final Map<Integer, Slot> SLOTS = new ConcurrentHashMap<>();
    private static volatile int interruptSignal;
    private static volatile int restartSignal;

    private static final class Slot {
        final int signo;
        volatile Handler handler = SIG_DFL;
        volatile int flags;
        volatile long target;
        volatile Thread targetThread;
        private boolean running;
        private boolean pending;

        Slot(int signo) {
            this.signo = signo;
        }

        /**
         * Lets the installing thread's blocked call see the signal, as the kernel does when a
         * handler returns: EINTR, or a restart under SA_RESTART for the calls Linux restarts. A
         * thread that has ended is left alone (its pthread_t may be stale); SIGPIPE, delivered
         * on the writing thread itself, needs nothing.
         */
        private void interruptTarget(Handler h) {
            Thread t = targetThread;
            if (signo != Constants.SIGPIPE && target != 0 && h != SIG_IGN && h != SIG_DFL && t != null && t.isAlive()) {
                Sys.pthreadKill(target, (flags & SA_RESTART) == 0 ? interruptSignal : restartSignal);
            }
        }

        /** One arrival: run now, or mark one pending delivery if a call is in progress. */
        void arrive() {
            synchronized (this) {
                if (running) {
                    pending = true;
                    return;
                }
                running = true;
            }
            while (true) {
                Handler h = handler;
                try {
                    if (h != SIG_DFL && h != SIG_IGN) {
                        h.handle(signo);
                    }
                } finally {
                    if (!SigJmpBuf.handlerDelivered()) {
                        interruptTarget(h);
                    }
                }
                synchronized (this) {
                    if (!pending) {
                        running = false;
                        return;
                    }
                    pending = false;
                }
            }
        }
    }

    /**
     * {@code sigaction(2)}: installs {@code handler} for {@code signo} with {@code flags}
     * (0 or {@link #SA_RESTART}); the calling thread is the one whose blocked call the signal
     * interrupts (EINTR, or a restart under SA_RESTART where Linux restarts the call).
     *
     * @return the previous handler
     * @throws ErrnoException EINVAL for a signal that cannot be caught here
     */
    public static Handler sigaction(int signo, Handler handler, int flags) {
        Slot slot = SLOTS.computeIfAbsent(signo, Slot::new);
        Handler old = slot.handler;
        if (handler != SIG_DFL && handler != SIG_IGN) {
            ensureInterruptSignals();
            slot.target = Sys.pthreadSelf();
            slot.targetThread = Thread.currentThread();
        } else {
            slot.target = 0;
            slot.targetThread = null;
        }
        slot.flags = flags;
        slot.handler = handler;
        if (signo != Constants.SIGPIPE) {
            installJvmHandler(slot);
        }
        return old;
    }

    private static void installJvmHandler(Slot slot) {
        String name = jvmName(slot.signo);
        if (name == null) {
            Sys.setErrno(Errno.EINVAL.code());
            throw new ErrnoException("sigaction", Errno.EINVAL.code());
        }
        try {
            sun.misc.Signal sig = new sun.misc.Signal(name);
            if (slot.handler == SIG_DFL) {
                sun.misc.Signal.handle(sig, sun.misc.SignalHandler.SIG_DFL);
            } else if (slot.handler == SIG_IGN) {
                sun.misc.Signal.handle(sig, sun.misc.SignalHandler.SIG_IGN);
            } else {
                unignore(slot.signo);
                sun.misc.Signal.handle(sig, s -> slot.arrive());
            }
        } catch (IllegalArgumentException e) {
            Sys.setErrno(Errno.EINVAL.code());
            throw new ErrnoException("sigaction", Errno.EINVAL.code());
        }
    }

    /**
     * C's sigaction replaces SIG_IGN with the handler; the JVM instead silently refuses to handle
     * HUP, INT or TERM while they are ignored (a background job of a non-interactive shell starts
     * with SIGINT ignored), so an ignored signal gets its default action back first.
     */
    private static void unignore(int signo) {
        if (ignored(signo)) {
            Sys.sigactionNative(signo, 0, 0);
        }
    }

    /** True if {@code signo} is ignored now: its bit in the SigIgn mask of /proc/self/status. */
    private static boolean ignored(int signo) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    long mask = Long.parseUnsignedLong(line.substring(7).trim(), 16);
                    return (mask & (1L << (signo - 1))) != 0;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no /proc: assume not ignored, as the JVM's default is
        }
        return false;
    }

    private static String jvmName(int signo) {
        switch (signo) {
            case Constants.SIGCHLD: return "CHLD";
            case Constants.SIGALRM: return "ALRM";
            case Constants.SIGINT: return "INT";
            case Constants.SIGHUP: return "HUP";
            case Constants.SIGTERM: return "TERM";
            case Constants.SIGUSR1: return "USR1";
            case Constants.SIGIO: return "IO";
            case Constants.SIGURG: return "URG";
            case Constants.SIGWINCH: return "WINCH";
            case Constants.SIGTSTP: return "TSTP";
            default: return null;
        }
    }

    /** The spare signal that interrupts a blocked call without SA_RESTART (for {@link SigJmpBuf}). */
    static int interruptSignalNumber() {
        ensureInterruptSignals();
        return interruptSignal;
    }

    /**
     * The mask a thread asks for, as the kernel must see it: a Java handler never runs on the
     * thread, it interrupts it with a spare signal, so blocking a handled signal (SIGALRM in
     * {@code sigprocmask} or a {@code pselect} mask) must block the spare signals too, or the
     * interruption would not be held as the signal is. Returns {@code set} itself when it holds
     * no handled signal.
     */
    static io.unp.abi.SigSet kernelMask(io.unp.abi.SigSet set) {
        if (set == null || interruptSignal == 0) {
            return set;
        }
        for (Slot slot : SLOTS.values()) {
            Handler h = slot.handler;
            if (h != SIG_DFL && h != SIG_IGN && slot.signo != Constants.SIGPIPE && set.contains(slot.signo)) {
                io.unp.abi.SigSet k = new io.unp.abi.SigSet();
                for (int i = 0; i < io.unp.abi.SigSet.WORDS; i++) {
                    k.word(i, set.word(i));
                }
                k.set(interruptSignal, true);
                k.set(restartSignal, true);
                return k;
            }
        }
        return set;
    }

    private static synchronized void ensureInterruptSignals() {
        if (interruptSignal != 0) {
            return;
        }
        long noop = Sys.noopSignalHandler();
        Sys.sigactionNative(Constants.SIGRTMIN_GLIBC + 4, noop, SA_RESTART);
        restartSignal = Constants.SIGRTMIN_GLIBC + 4;
        Sys.sigactionNative(Constants.SIGRTMIN_GLIBC + 3, noop, 0);
        interruptSignal = Constants.SIGRTMIN_GLIBC + 3;
    }

    /** Makes an unhandled SIGPIPE end the process, as in C (the launcher's choice for programs). */
    public static void usePosixSigpipeDefault() {
        posixSigpipeDefault = true;
    }

    /**
     * Delivers SIGPIPE on the calling thread, as the kernel does when a write finds the peer
     * gone: runs the installed handler, or, with the POSIX default in force and no handler,
     * flushes standard output and ends the process with SIGPIPE.
     */
    public static void raisePipe() {
        Slot slot = SLOTS.get(Constants.SIGPIPE);
        Handler h = slot == null ? SIG_DFL : slot.handler;
        if (h == SIG_IGN) {
            return;
        }
        if (h == SIG_DFL) {
            if (posixSigpipeDefault) {
                System.out.flush();
                Sys.sigactionNative(Constants.SIGPIPE, 0, 0);
                Sys.raise(Constants.SIGPIPE);
            }
            return;
        }
        slot.arrive();
    }
}
