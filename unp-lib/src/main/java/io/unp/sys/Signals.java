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
 *
 * <p>The signal mask holds handlers back (chapter 22). {@link Sys#sigprocmask} changes the
 * calling thread's mask in the kernel, which cannot stop a handler that runs on a JVM thread;
 * so this class keeps each thread's mask too, and a signal blocked by the thread that installed
 * its handler is held, one pending delivery, until that thread unblocks it (then it runs at
 * once); blocking waits for a call of that handler that is running to finish. {@code sigsuspend}
 * and {@code pselect} swap this mask with the kernel's for their wait ({@link #withMask}).
 *
 * <p>SIGURG comes before the mark (chapter 21). In C the kernel signals the process as the
 * urgent pointer arrives, and a read blocked on that socket stops at the out-of-band byte to
 * let the handler run first, so the handler's {@code recv(MSG_OOB)} finds the byte. In the JVM
 * the signal lands on some other thread and the reader is not interrupted: it would step over
 * the byte, and Linux then forgets it (the handler's {@code recv} fails with EINVAL). So on a
 * socket this process owns ({@code fcntl(F_SETOWN)}) with a SIGURG handler installed,
 * {@link Sys#read}, {@link Sys#recv} and {@link Sys#recvfrom} first wait in {@code poll} and,
 * when the next byte is the unread urgent one, let the SIGURG handler run before they read
 * ({@link #beforeRead}).
 */
public final class Signals {
    private Signals() {}

    /** A signal handler: the book's {@code void sig_chld(int signo)}. */
    @FunctionalInterface
    public interface Handler {
        void handle(int signo);
    }

    /** {@code SIG_DFL}: the default action. */
    public static final Handler SIG_DFL = new Disposition();
    /** {@code SIG_IGN}: ignore the signal. */
    public static final Handler SIG_IGN = new Disposition();

    /** SIG_DFL and SIG_IGN: markers, never called (classes, not lambdas: no lambda at start-up). */
    private static final class Disposition implements Handler {
        @Override
        public void handle(int signo) {}
    }
    /** {@code SA_RESTART}: restart system calls the handler interrupted. */
    public static final int SA_RESTART = Constants.SA_RESTART;

    /**
     * Set to {@code true} to make the process die of an unhandled SIGPIPE, as a C program does;
     * the launcher does this for the book's programs. Library users keep the JVM's default, which
     * ignores SIGPIPE and lets the write fail with EPIPE.
     */
    private static volatile boolean posixSigpipeDefault;

    private static final Map<Integer, Slot> SLOTS = new ConcurrentHashMap<>();
    /** Per thread: whether the last spare signal sent to it asked for a restart (SA_RESTART). */
    private static final Map<Thread, Boolean> LAST_INTERRUPT = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile int interruptSignal;
    private static volatile int restartSignal;

    private static final class Slot {
        final int signo;
        volatile Handler handler = SIG_DFL;
        volatile int flags;
        volatile long target;
        volatile Thread targetThread;
        /** Guarded by this object. */
        private boolean running;
        /** Guarded by this object. */
        private boolean pending;
        /** Handler calls finished so far. */
        volatile long completed;

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
                boolean restart = (flags & SA_RESTART) != 0;
                LAST_INTERRUPT.put(t, restart);
                Sys.pthreadKill(target, restart ? restartSignal : interruptSignal);
            }
        }

        /** The thread running a handler call now, if any; guarded by this object. */
        private Thread runner;

        /** True while the installing thread blocks this signal (chapter 22: the signal mask). */
        private boolean held() {
            Thread t = targetThread;
            Long m = t == null ? null : MASKS.get(t);
            return m != null && (m & bit(signo)) != 0;
        }

        /**
         * One arrival: run now, or mark one pending delivery if a call is in progress or the
         * installing thread blocks the signal.
         */
        void arrive() {
            synchronized (this) {
                if (running || held()) {
                    pending = true;
                    return;
                }
                running = true;
                runner = Thread.currentThread();
            }
            deliver();
        }

        /** Runs handler calls until no arrival is pending (or the signal is blocked). */
        private void deliver() {
            while (true) {
                Handler h = handler;
                try {
                    if (h != SIG_DFL && h != SIG_IGN) {
                        h.handle(signo);
                    }
                } finally {
                    completed++;
                    if (!SigJmpBuf.handlerDelivered()) {
                        interruptTarget(h);
                    }
                }
                synchronized (this) {
                    if (!pending || held()) {
                        running = false;
                        runner = null;
                        notifyAll();
                        return;
                    }
                    pending = false;
                }
            }
        }

        /** The installing thread unblocked the signal: a held arrival is delivered now. */
        void release() {
            synchronized (this) {
                if (!pending || running || held()) {
                    return;
                }
                pending = false;
                running = true;
            }
            Thread t = new Thread(() -> {
                synchronized (this) {
                    runner = Thread.currentThread();
                }
                deliver();
            }, "SIG" + signo + " held");
            t.setDaemon(true);
            t.start();
        }

        /**
         * The installing thread blocked the signal: once this returns, no call of the handler
         * runs until it is unblocked, as in C where the handler would run on that thread.
         */
        void awaitIdle() {
            boolean interrupted = false;
            synchronized (this) {
                while (running && runner != Thread.currentThread()) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long bit(int signo) {
        return signo >= 1 && signo <= 64 ? 1L << (signo - 1) : 0;
    }

    // ---- the signal mask (chapter 22)

    /**
     * Each thread's blocked signals 1 to 64 as the last {@link Sys#sigprocmask} left them (word 0
     * of its {@code sigset_t}); absent: none blocked. A Java handler runs on a thread of its own,
     * so the kernel's mask cannot hold it back: this one does, for the handlers that thread
     * installed.
     */
    private static final Map<Thread, Long> MASKS = new ConcurrentHashMap<>();

    /**
     * The calling thread's mask is now {@code word0} (signals 1 to 64); called by
     * {@link Sys#sigprocmask}. Newly blocked signals of handlers this thread installed are held
     * from now on (a call running now finishes first); newly unblocked ones with an arrival
     * held are delivered.
     */
    static void maskChanged(long word0) {
        Thread me = Thread.currentThread();
        Long was = word0 == 0 ? MASKS.remove(me) : MASKS.put(me, word0);
        long old = was == null ? 0 : was;
        if (old == word0) {
            return;
        }
        for (Slot slot : SLOTS.values()) {
            if (slot.targetThread != me) {
                continue;
            }
            long b = bit(slot.signo);
            if ((word0 & ~old & b) != 0) {
                slot.awaitIdle();
            } else if ((old & ~word0 & b) != 0) {
                // In C the held signal's handler runs before sigprocmask returns: the call after
                // it (section 18.5's select) must find the interruption already spent.
                slot.release();
                slot.awaitIdle();
            }
        }
    }

    /** The calling thread's mask as {@link #maskChanged} last saw it. */
    private static long javaMask() {
        Long m = MASKS.get(Thread.currentThread());
        return m == null ? 0 : m;
    }

    /**
     * Runs a native wait that replaces the calling thread's signal mask with {@code mask} for
     * its duration ({@code sigsuspend}, {@code pselect}): held arrivals that {@code mask}
     * unblocks are delivered, and a handler that runs during the wait ends it with EINTR, even
     * one that ran just before the wait began (the spare signals are kept blocked until the
     * native call swaps the masks atomically).
     *
     * @param mask the mask for the wait
     * @param nativeWait the call, given the mask to pass to the kernel (the spare signals
     *     unblocked)
     */
    static <T> T withMask(io.unp.abi.SigSet mask, java.util.function.Function<io.unp.abi.SigSet, T> nativeWait) {
        int intr = interruptSignal;
        int restart = restartSignal;
        if (intr == 0) {
            return nativeWait.apply(mask); // no Java handler was ever installed
        }
        io.unp.abi.SigSet spare = new io.unp.abi.SigSet();
        spare.set(intr, true);
        spare.set(restart, true);
        io.unp.abi.SigSet old = new io.unp.abi.SigSet();
        Sys.sigprocmaskNative(Constants.SIG_BLOCK, spare, old);
        long before = javaMask();
        io.unp.abi.SigSet during = new io.unp.abi.SigSet();
        for (int i = 0; i < io.unp.abi.SigSet.WORDS; i++) {
            during.word(i, mask.word(i));
        }
        during.set(intr, false);
        during.set(restart, false);
        try {
            maskChanged(mask.word(0) & ~bit(intr) & ~bit(restart));
            return nativeWait.apply(during);
        } finally {
            maskChanged(before);
            Sys.sigprocmaskNative(Constants.SIG_SETMASK, old, null);
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

    // ---- SIGURG before the mark (chapter 21)

    private static final java.util.Set<Integer> URGENT_OWNED = ConcurrentHashMap.newKeySet();
    private static volatile boolean anyUrgentOwned;
    /** How long a read at the mark waits for a SIGURG handler that may have come and gone. */
    private static final long URGENT_WAIT_NANOS = 1_000_000_000L;

    /** {@code fd} is being closed (by {@link Sys#close} or {@link Sys#dup2}): it is no longer ours for SIGURG. */
    static void closing(int fd) {
        if (anyUrgentOwned) { // no map operation per close in a program that never took SIGURG
            URGENT_OWNED.remove(fd);
        }
    }

    /**
     * Records that this process owns {@code fd} for SIGURG ({@code fcntl(fd, F_SETOWN, pid)}
     * with {@code on}), or no longer does; called by {@link Sys#fcntl}.
     */
    static void urgentOwner(int fd, boolean on) {
        if (on) {
            URGENT_OWNED.add(fd);
            anyUrgentOwned = true;
        } else {
            URGENT_OWNED.remove(fd);
        }
    }

    /** True when a read on {@code fd} must let a SIGURG handler come first ({@link #beforeRead}). */
    static boolean urgentWatched(int fd) {
        if (!anyUrgentOwned || !URGENT_OWNED.contains(fd)) {
            return false;
        }
        Slot slot = SLOTS.get(Constants.SIGURG);
        return slot != null && slot.handler != SIG_DFL && slot.handler != SIG_IGN;
    }

    /**
     * Before a read of {@code fd} (whose failure is reported as {@code call}): waits in
     * {@code poll} until there is something to read; if the next byte is the urgent byte, not
     * read yet, lets the SIGURG handler run first, as the kernel's interrupted read would. An
     * interruption by a handler installed without SA_RESTART ends the wait with EINTR, as it
     * ends a read; one with SA_RESTART does not.
     */
    static void beforeRead(int fd, String call) {
        io.unp.abi.PollFd[] p = {new io.unp.abi.PollFd(fd, Constants.POLLIN | Constants.POLLPRI)};
        Thread me = Thread.currentThread();
        while (true) {
            try {
                Sys.poll(p, 1, -1);
            } catch (ErrnoException e) {
                Boolean restart = LAST_INTERRUPT.remove(me);
                if (e.is(Errno.EINTR) && (restart == null || restart)) {
                    continue;
                }
                throw e.is(Errno.EINTR) ? new ErrnoException(call, Errno.EINTR.code()) : e;
            }
            if ((p[0].revents() & Constants.POLLPRI) == 0 || !atMark(fd)) {
                return; // nothing urgent, or data before the mark: the read stops at the mark
            }
            awaitUrgentHandler(fd);
            return;
        }
    }

    private static boolean atMark(int fd) {
        try {
            return Sys.sockatmark(fd);
        } catch (ErrnoException e) {
            return false;
        }
    }

    /**
     * Waits until the urgent byte of {@code fd} has been read (by the handler), or a SIGURG
     * handler call has finished since the wait began, or a second has passed (a handler that
     * ran before and left the byte unread).
     */
    private static void awaitUrgentHandler(int fd) {
        Slot slot = SLOTS.get(Constants.SIGURG);
        long start = slot.completed;
        long end = System.nanoTime() + URGENT_WAIT_NANOS;
        io.unp.abi.PollFd[] p = {new io.unp.abi.PollFd(fd, Constants.POLLPRI)};
        while (System.nanoTime() < end && slot.completed == start) {
            try {
                if (Sys.poll(p, 1, 0) == 0 || (p[0].revents() & Constants.POLLPRI) == 0) {
                    return; // the urgent byte has been read
                }
                Thread.sleep(2);
            } catch (ErrnoException e) {
                // an interruption: look again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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
