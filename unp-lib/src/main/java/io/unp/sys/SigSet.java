package io.unp.sys;

import java.util.Arrays;

/**
 * {@code sigset_t}: glibc's 1024-bit signal set (128 bytes), signal {@code n} at bit
 * {@code n - 1}. Filled with {@link Sys#sigemptyset}, {@link Sys#sigaddset} and friends, and
 * handed to {@link Sys#sigprocmask} and {@link Sys#pselect}.
 */
public final class SigSet {
    /** Signals 1 to {@value #NSIG}-1 exist on Linux. */
    public static final int NSIG = 65;

    private final long[] bits = new long[16];

    /** An empty set (C's needs {@code sigemptyset} first; this one starts empty). */
    public SigSet() {}

    long[] words() {
        return bits;
    }

    void clear() {
        Arrays.fill(bits, 0L);
    }

    void fill() {
        bits[0] = -1L; // the kernel looks at the first 64 signals only
    }

    boolean add(int signo, boolean on) {
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
