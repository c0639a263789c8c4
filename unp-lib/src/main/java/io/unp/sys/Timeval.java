package io.unp.sys;

/**
 * {@code struct timeval}: seconds and microseconds, as {@code select(2)} takes its timeout.
 * Linux's select writes the time left back into it, and {@link Sys#select} copies that back.
 */
public final class Timeval {
    private long sec;
    private long usec;

    public Timeval() {}

    public Timeval(long sec, long usec) {
        this.sec = sec;
        this.usec = usec;
    }

    public long tvSec() {
        return sec;
    }

    public Timeval tvSec(long sec) {
        this.sec = sec;
        return this;
    }

    public long tvUsec() {
        return usec;
    }

    public Timeval tvUsec(long usec) {
        this.usec = usec;
        return this;
    }

    long[] toWords() {
        return new long[] {sec, usec};
    }

    void fromWords(long[] w) {
        sec = w[0];
        usec = w[1];
    }

    @Override
    public String toString() {
        return sec + "." + String.format("%06d", usec) + "s";
    }
}
