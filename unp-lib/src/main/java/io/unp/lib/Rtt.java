package io.unp.lib;

import io.unp.abi.Timeval;
import io.unp.sys.Sys;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The book's RTT library of section 20.5 ({@code lib/rtt.c}, {@code unprtt.h}): Jacobson's
 * estimators of a round-trip time and its mean deviation, the retransmission timeout (RTO)
 * computed from them and clamped to 2..60 seconds, doubled after each timeout, and a give-up
 * after {@link #RTT_MAXNREXMT} retransmissions. Timestamps are milliseconds since
 * {@link #rttInit}, 32-bit and unsigned as in C (Java {@code int}s, compared unsigned).
 *
 * <p>The arithmetic is C's: {@code float} fields, {@code double} intermediate values, the
 * rounding {@code (int) (rto + 0.5)} of {@link #rttStart}, so the RTOs printed by
 * {@link #rttDebug} are the C program's.
 */
public final class Rtt {
    private Rtt() {}

    /** Minimum retransmit timeout, seconds. */
    public static final int RTT_RXTMIN = 2;
    /** Maximum retransmit timeout, seconds. */
    public static final int RTT_RXTMAX = 60;
    /** Maximum number of retransmissions of one packet. */
    public static final int RTT_MAXNREXMT = 3;

    /** {@code rtt_d_flag}: nonzero makes {@link #rttDebug} print. */
    public static volatile int rttDFlag = 0;

    /** {@code struct rtt_info}: one peer's estimators. */
    public static final class RttInfo {
        /** Most recent measured RTT, seconds. */
        public float rttRtt;
        /** Smoothed RTT estimator, seconds. */
        public float rttSrtt;
        /** Smoothed mean deviation, seconds. */
        public float rttRttvar;
        /** Current RTO to use, seconds. */
        public float rttRto;
        /** Times retransmitted: 0, 1, 2, ... */
        public int rttNrexmt;
        /** Seconds since 1970 at {@link #rttInit} (a {@code uint32_t}). */
        public int rttBase;
    }

    /** RTT_RTOCALC: the smoothed RTT plus four times the deviation. */
    private static double rtoCalc(RttInfo ptr) {
        return ptr.rttSrtt + (4.0 * ptr.rttRttvar);
    }

    /** {@code rtt_minmax}: {@code rto} clamped to {@link #RTT_RXTMIN}..{@link #RTT_RXTMAX}. */
    public static float rttMinmax(float rto) {
        if (rto < RTT_RXTMIN) {
            rto = RTT_RXTMIN;
        } else if (rto > RTT_RXTMAX) {
            rto = RTT_RXTMAX;
        }
        return rto;
    }

    /** {@code rtt_init}: a new peer: srtt 0, rttvar 0.75, so the first RTO is 3 seconds. */
    public static void rttInit(RttInfo ptr) {
        Timeval tv = new Timeval();
        WrapUnix.Gettimeofday(tv);
        ptr.rttBase = (int) tv.tvSec();

        ptr.rttRtt = 0;
        ptr.rttSrtt = 0;
        ptr.rttRttvar = 0.75f;
        ptr.rttRto = rttMinmax((float) rtoCalc(ptr));
    }

    /** {@code rtt_ts}: the current timestamp, milliseconds since {@link #rttInit} (unsigned 32 bits). */
    public static int rttTs(RttInfo ptr) {
        Timeval tv = new Timeval();
        WrapUnix.Gettimeofday(tv);
        return (int) ((tv.tvSec() - Integer.toUnsignedLong(ptr.rttBase)) * 1000) + (int) (tv.tvUsec() / 1000);
    }

    /** {@code rtt_newpack}: a new packet: no retransmissions yet. */
    public static void rttNewpack(RttInfo ptr) {
        ptr.rttNrexmt = 0;
    }

    /** {@code rtt_start}: the RTO rounded to whole seconds, for {@code alarm}. */
    public static int rttStart(RttInfo ptr) {
        return (int) (ptr.rttRto + 0.5);
    }

    /**
     * {@code rtt_stop}: a reply came {@code ms} milliseconds (unsigned) after its request: update
     * the estimators (gain 1/8 for the RTT, 1/4 for the deviation) and the RTO.
     */
    public static void rttStop(RttInfo ptr, int ms) {
        ptr.rttRtt = (float) (Integer.toUnsignedLong(ms) / 1000.0);

        double delta = ptr.rttRtt - ptr.rttSrtt;
        ptr.rttSrtt += delta / 8;

        if (delta < 0.0) {
            delta = -delta;
        }
        ptr.rttRttvar += (delta - ptr.rttRttvar) / 4;

        ptr.rttRto = rttMinmax((float) rtoCalc(ptr));
    }

    /** {@code rtt_timeout}: a timeout: double the RTO; -1 when it is time to give up, else 0. */
    public static int rttTimeout(RttInfo ptr) {
        ptr.rttRto *= 2;

        if (++ptr.rttNrexmt > RTT_MAXNREXMT) {
            return -1;
        }
        return 0;
    }

    /** {@code rtt_debug}: prints the estimators on standard error when {@link #rttDFlag} is set. */
    public static void rttDebug(RttInfo ptr) {
        if (rttDFlag == 0) {
            return;
        }
        Stdio.err("rtt = " + f3(ptr.rttRtt) + ", srtt = " + f3(ptr.rttSrtt) + ", rttvar = " + f3(ptr.rttRttvar)
                + ", rto = " + f3(ptr.rttRto) + "\n");
    }

    /** C's {@code %.3f}: the exact binary value rounded half-to-even, as glibc prints it. */
    static String f3(float f) {
        return new BigDecimal(f).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
