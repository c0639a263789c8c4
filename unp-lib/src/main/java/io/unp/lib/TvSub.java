package io.unp.lib;

import io.unp.abi.Layouts;
import io.unp.abi.Timeval;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The book's {@code tv_sub} ({@code lib/tv_sub.c}, section 25.5) and the time stamps ping and
 * traceroute carry in their packets: a {@code struct timeval} in this machine's layout
 * ({@link Layouts#TIMEVAL_SIZE} bytes, native byte order), as the C copies it.
 */
public final class TvSub {
    private TvSub() {}

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    /** {@code tv_sub}: {@code out -= in}, borrowing a second when the microseconds go negative. */
    public static void tvSub(Timeval out, Timeval in) {
        long usec = out.tvUsec() - in.tvUsec();
        long sec = out.tvSec();
        if (usec < 0) {
            --sec;
            usec += 1_000_000;
        }
        out.tvSec(sec - in.tvSec()).tvUsec(usec);
    }

    /**
     * {@code Gettimeofday(tv, NULL)} ({@link WrapUnix#Gettimeofday}) that returns {@code tv},
     * for the time stamps ping and traceroute take.
     */
    public static Timeval gettimeofday(Timeval tv) {
        WrapUnix.Gettimeofday(tv);
        return tv;
    }

    /** Copies {@code tv} into {@code buf[off]} as a C {@code struct timeval}. */
    public static void putTimeval(byte[] buf, int off, Timeval tv) {
        LONG.set(buf, off, tv.tvSec());
        LONG.set(buf, off + Layouts.TIMEVAL_TV_USEC, tv.tvUsec());
    }

    /** The C {@code struct timeval} at {@code buf[off]}. */
    public static Timeval getTimeval(byte[] buf, int off) {
        return new Timeval((long) LONG.get(buf, off), (long) LONG.get(buf, off + Layouts.TIMEVAL_TV_USEC));
    }
}
