package io.unp.abi;

/**
 * {@code struct flock} ({@code <fcntl.h>}): a record lock for {@code fcntl(2)}'s
 * {@code F_SETLK}, {@code F_SETLKW} and {@code F_GETLK}. {@code l_type} is {@code F_RDLCK},
 * {@code F_WRLCK} or {@code F_UNLCK}; the range starts {@code l_start} bytes from
 * {@code l_whence} ({@code SEEK_SET} ...) and runs {@code l_len} bytes (0: to the end of the file
 * and beyond). {@code F_GETLK} writes the conflicting lock, owner pid included, back into it.
 * Mutable, like the C structure the book fills field by field.
 */
public final class Flock {
    private short lType;
    private short lWhence;
    private long lStart;
    private long lLen;
    private int lPid;

    /** All fields zero. */
    public Flock() {}

    public Flock(int lType, int lWhence, long lStart, long lLen) {
        this.lType = (short) lType;
        this.lWhence = (short) lWhence;
        this.lStart = lStart;
        this.lLen = lLen;
    }

    public int lType() {
        return lType;
    }

    public Flock lType(int type) {
        this.lType = (short) type;
        return this;
    }

    public int lWhence() {
        return lWhence;
    }

    public Flock lWhence(int whence) {
        this.lWhence = (short) whence;
        return this;
    }

    public long lStart() {
        return lStart;
    }

    public Flock lStart(long start) {
        this.lStart = start;
        return this;
    }

    public long lLen() {
        return lLen;
    }

    public Flock lLen(long len) {
        this.lLen = len;
        return this;
    }

    public int lPid() {
        return lPid;
    }

    public Flock lPid(int pid) {
        this.lPid = pid;
        return this;
    }

    @Override
    public String toString() {
        return "flock{type=" + lType + ", whence=" + lWhence + ", start=" + lStart + ", len=" + lLen + ", pid=" + lPid + "}";
    }
}
