package io.unp.abi;

import java.util.Arrays;

/**
 * {@code sigset_t}: glibc's 1024-bit signal set (128 bytes), signal {@code n} at bit
 * {@code n - 1}. Filled with {@code Sys.sigemptyset}, {@code Sys.sigaddset} and friends, and
 * handed to {@code Sys.sigprocmask} and {@code Sys.pselect}.
 */
public final class SigSet {
    /** Signals 1 to {@value #NSIG}-1 exist on Linux. */
    public static final int NSIG = Constants.NSIG;

    private final long[] bits = new long[WORDS];

    /** An empty set (C's needs {@code sigemptyset} first; this one starts empty). */
    public SigSet() {}

    /** The number of 64-bit words in glibc's {@code sigset_t}. */
    public static final int WORDS = 16;

    /** Word {@code i} as glibc lays it out: signal {@code 64*i+b+1} is bit {@code b}. */
    public long word(int i) {
        return bits[i];
    }

    /** Sets word {@code i}, as {@code sigprocmask} fills an old set. */
    public void word(int i, long value) {
        bits[i] = value;
    }

    /** {@code sigemptyset}: no signal in the set. */
    public void clear() {
        Arrays.fill(bits, 0L);
    }

    /** {@code sigfillset}: every signal in the set. */
    public void fill() {
        bits[0] = -1L; // the kernel looks at the first 64 signals only
    }

    /**
     * Adds ({@code on}) or removes {@code signo}: {@code sigaddset}/{@code sigdelset}.
     *
     * @return false, changing nothing, when {@code signo} is not a signal number
     */
    public boolean set(int signo, boolean on) {
        if (signo <= 0 || signo >= NSIG) {
            return false;
        }
        if (on) {
            bits[(signo - 1) >>> 6] |= 1L << ((signo - 1) & 63);
        } else {
            bits[(signo - 1) >>> 6] &= ~(1L << ((signo - 1) & 63));
        }
        return true;
    }

    /** True if {@code signo} is in the set (false for numbers that are not signals). */
    public boolean contains(int signo) {
        return signo > 0 && signo < NSIG && (bits[(signo - 1) >>> 6] & (1L << ((signo - 1) & 63))) != 0;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int s = 1; s < NSIG; s++) {
            if (contains(s)) {
                sb.append(sb.length() > 1 ? ", " : "").append(s);
            }
        }
        return sb.append('}').toString();
    }
}
