package io.unp.abi;

/**
 * {@code struct timeval}: seconds and microseconds, each a {@code long} on Linux x86_64 — the
 * timeout of {@code select(2)} (which writes the time left back into it, and
 * {@link Sys#select} copies that back) and the value of {@code SO_RCVTIMEO}/{@code SO_SNDTIMEO}.
 */
public final class Timeval {
    /** {@code sizeof(struct timeval)} on Linux x86_64. */
    public static final int SIZE = 16;

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
    public boolean equals(Object o) {
        return o instanceof Timeval && ((Timeval) o).sec == sec && ((Timeval) o).usec == usec;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sec) * 31 + Long.hashCode(usec);
    }

    @Override
    public String toString() {
        return sec + "." + String.format("%06d", usec) + "s";
    }
}
