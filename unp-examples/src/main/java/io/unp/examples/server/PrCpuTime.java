package io.unp.examples.server;

import static io.unp.abi.Constants.RUSAGE_CHILDREN;
import static io.unp.abi.Constants.RUSAGE_SELF;

import io.unp.abi.Rusage;
import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * server/pr_cpu_time.c (section 27.2): prints the CPU time of this process and of its children
 * that have been waited for ({@code getrusage} of {@code RUSAGE_SELF} and
 * {@code RUSAGE_CHILDREN}), user and system, each the sum of both, in seconds, with C's
 * {@code %g}: {@code "\nuser time = 0.01234, sys time = 0.5\n"}.
 *
 * <p>For a JVM, RUSAGE_SELF is every thread of it: the program's threads and the JVM's own
 * (the JIT compilers, the garbage collector), from its start. A child JVM's own start-up is in
 * RUSAGE_CHILDREN once it has been reaped.
 */
final class PrCpuTime {
    private PrCpuTime() {}

    /** {@code pr_cpu_time}. */
    static void prCpuTime() {
        Rusage myusage;
        Rusage childusage;
        try {
            myusage = Sys.getrusage(RUSAGE_SELF);
        } catch (ErrnoException e) {
            throw Err.sys("getrusage error");
        }
        try {
            childusage = Sys.getrusage(RUSAGE_CHILDREN);
        } catch (ErrnoException e) {
            throw Err.sys("getrusage error");
        }

        double user = myusage.userSeconds() + childusage.userSeconds();
        double sys = myusage.sysSeconds() + childusage.sysSeconds();

        Stdio.printf("\nuser time = %s, sys time = %s\n", g(user), g(sys));
    }

    /**
     * C's {@code %g}: six significant digits, fixed notation for exponents -4 to 5, otherwise
     * {@code d.ddddde+XX}; trailing zeros and a trailing point removed. The number is rounded
     * from its exact binary value, half to even, as glibc does.
     */
    static String g(double v) {
        if (v == 0) {
            return (1 / v < 0) ? "-0" : "0";
        }
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v < 0 ? "-inf" : "inf";
        }
        BigDecimal r = new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_EVEN));
        int exponent = r.precision() - r.scale() - 1; // of the rounded value
        if (exponent >= -4 && exponent < 6) {
            return strip(r.setScale(Math.max(0, 5 - exponent), RoundingMode.UNNECESSARY).toPlainString());
        }
        BigDecimal mantissa = r.movePointLeft(exponent);
        String m = strip(mantissa.setScale(5, RoundingMode.UNNECESSARY).toPlainString());
        return m + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }

    private static String strip(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
