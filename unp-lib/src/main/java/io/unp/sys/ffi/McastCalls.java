package io.unp.sys.ffi;

import static io.unp.abi.Layouts.TIMEVAL_TV_USEC;

import io.unp.abi.Constants;
import io.unp.abi.Timeval;

/**
 * The libc calls of chapters 18-20 (broadcast, multicast, advanced UDP) that {@link LibC} does
 * not bind: glibc's {@code if_nametoindex}/{@code if_indextoname} (RFC 3493, which the
 * multicast helpers use to name an interface) and {@code gettimeofday} (the RTT library's and
 * SNTP's clock). Bound on first use, so programs that never call them do not pay for the
 * symbols; each returns what C returns and leaves errno for {@link Native#errno()}.
 */
public final class McastCalls {
    private McastCalls() {}

    /** The bound symbols; made on first use, never in a static initialiser (a failure stays an exception). */
    private static final class Fns {
        final Jffi j = Native.jffi();
        final long ifNametoindex = j.symbol("if_nametoindex");
        final long ifIndextoname = j.symbol("if_indextoname");
        final long gettimeofday = j.symbol("gettimeofday");
    }

    private static volatile Fns fns;

    private static Fns fns() {
        Fns f = fns;
        if (f == null) {
            synchronized (McastCalls.class) {
                f = fns;
                if (f == null) {
                    f = new Fns();
                    fns = f;
                }
            }
        }
        return f;
    }

    /** {@code if_nametoindex(3)}: the index, or 0 with errno set (ENODEV) when there is no such interface. */
    public static int ifNametoindex(String name) {
        Fns f = fns();
        Jffi j = f.j;
        long p = j.cString(name);
        try {
            return (int) j.invoker.invokeN1(j.n1, f.ifNametoindex, p);
        } finally {
            j.free(p);
        }
    }

    /** {@code if_indextoname(3)}: the name, or null with errno set (ENXIO) when there is no such index. */
    public static String ifIndextoname(int index) {
        Fns f = fns();
        Jffi j = f.j;
        long buf = Scratch.get().small + Scratch.OPT; // IF_NAMESIZE bytes
        long r = j.invoker.invokeN2(j.n2, f.ifIndextoname, index & 0xffffffffL, buf);
        return r == 0 ? null : j.string(buf, Constants.IF_NAMESIZE);
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
