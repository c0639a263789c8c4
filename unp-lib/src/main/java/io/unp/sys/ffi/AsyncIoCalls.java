package io.unp.sys.ffi;

import io.unp.abi.SigSet;

/**
 * The calls of out-of-band data and signal-driven I/O (chapters 21 and 22) that {@link LibC}
 * does not bind: glibc's {@code sockatmark(3)} and {@code sigsuspend(2)}. Bound on first use.
 */
public final class AsyncIoCalls {
    private AsyncIoCalls() {}

    private static final class Bound {
        static final Jffi J = Native.jffi();
        static final long SOCKATMARK = J.symbol("sockatmark");
        static final long SIGSUSPEND = J.symbol("sigsuspend");
    }

    private static Jffi j() {
        Native.jffi(); // a missing native layer fails here, not in the holder's initialiser
        return Bound.J;
    }

    /** {@code sockatmark(3)}: 1 at the out-of-band mark, 0 if not, -1 with errno set. */
    public static int sockatmark(int fd) {
        Jffi j = j();
        return (int) j.invoker.invokeN1(j.n1, Bound.SOCKATMARK, fd);
    }

    /** {@code sigsuspend(2)} with {@code mask}: always -1 (EINTR) once a handler has run. */
    public static int sigsuspend(SigSet mask) {
        Jffi j = j();
        long p = Scratch.get().small + Scratch.SIGSET;
        for (int i = 0; i < SigSet.WORDS; i++) {
            j.memory.putLong(p + 8L * i, mask.word(i));
        }
        return (int) j.invoker.invokeN1(j.n1, Bound.SIGSUSPEND, p);
    }
}
