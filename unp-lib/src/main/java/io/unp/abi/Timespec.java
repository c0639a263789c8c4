package io.unp.abi;

/** {@code struct timespec}: seconds and nanoseconds, as {@code pselect(2)} takes its timeout. */
public final class Timespec {
    private long sec;
    private long nsec;

    public Timespec() {}

    public Timespec(long sec, long nsec) {
        this.sec = sec;
        this.nsec = nsec;
    }

    public long tvSec() {
        return sec;
    }

    public Timespec tvSec(long sec) {
        this.sec = sec;
        return this;
    }

    public long tvNsec() {
        return nsec;
    }

    public Timespec tvNsec(long nsec) {
        this.nsec = nsec;
        return this;
    }

    long[] toWords() {
        return new long[] {sec, nsec};
    }

    @Override
    public String toString() {
        return sec + "." + String.format("%09d", nsec) + "s";
    }
}
