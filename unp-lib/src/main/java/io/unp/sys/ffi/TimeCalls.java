package io.unp.sys.ffi;

import static io.unp.abi.Layouts.TIMEVAL_TV_USEC;

import io.unp.abi.Timeval;

/**
 * The libc calls of chapters 18-20 (broadcast, multicast, advanced UDP) that {@link LibC} does
 * not bind: {@code gettimeofday}, the clock of the RTT library and of SNTP. Bound on first use,
 * so programs that never call it do not pay for the symbol; returns what C returns and leaves
 * errno for {@link Native#errno()}.
 */
public final class TimeCalls {
    private TimeCalls() {}

    /** The bound symbols; made on first use, never in a static initialiser (a failure stays an exception). */
    private static final class Fns {
        final Jffi j = Native.jffi();
        final long gettimeofday = j.symbol("gettimeofday");
    }

    private static volatile Fns fns;

    private static Fns fns() {
        Fns f = fns;
        if (f == null) {
            synchronized (TimeCalls.class) {
                f = fns;
                if (f == null) {
                    f = new Fns();
                    fns = f;
                }
            }
        }
        return f;
    }

    /** {@code gettimeofday(2)} into {@code tv} (the time zone argument NULL): 0, or -1. */
    public static int gettimeofday(Timeval tv) {
        Fns f = fns();
        Jffi j = f.j;
        long p = Scratch.get().small + Scratch.TIME;
        int r = (int) j.invoker.invokeN2(j.n2, f.gettimeofday, p, 0);
        if (r == 0) {
            tv.tvSec(j.memory.getLong(p)).tvUsec(j.memory.getLong(p + TIMEVAL_TV_USEC));
        }
        return r;
    }
}
