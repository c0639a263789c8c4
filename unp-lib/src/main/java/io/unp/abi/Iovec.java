package io.unp.abi;

import java.util.Objects;

/**
 * {@code struct iovec}: one segment of a scatter/gather list, here the slice
 * {@code base[off..off+len)} of a Java array, for {@code readv}/{@code writev} and a
 * {@code msghdr}'s {@code msg_iov}.
 *
 * <p>Mutable like the C structure, so a program can reuse its segments call after call without
 * allocating. As in C, a segment may be empty with no buffer at all ({@code iov_base} NULL,
 * {@code iov_len} 0): {@code new Iovec(null, 0, 0)}.
 */
public final class Iovec {
    /** {@code sizeof(struct iovec)}. */
    public static final int SIZE = Layouts.IOVEC_SIZE;

    private byte[] base;
    private int off;
    private int len;

    /** A segment covering all of {@code base}. */
    public Iovec(byte[] base) {
        this(base, 0, base == null ? 0 : base.length);
    }

    /** A segment covering {@code base[off..off+len)}. */
    public Iovec(byte[] base, int off, int len) {
        set(base, off, len);
    }

    /**
     * Points this segment at {@code base[off..off+len)} ({@code iov_base = base + off;
     * iov_len = len}).
     *
     * @throws IndexOutOfBoundsException if the slice is not inside {@code base}, or {@code base}
     *     is null and the slice is not empty
     */
    public Iovec set(byte[] base, int off, int len) {
        if (base == null) {
            if (off != 0 || len != 0) {
                throw new IndexOutOfBoundsException("a null iov_base needs off 0 and len 0, not " + off + ", " + len);
            }
        } else {
            Objects.checkFromIndexSize(off, len, base.length);
        }
        this.base = base;
        this.off = off;
        this.len = len;
        return this;
    }

    /** {@code iov_base}: the array (null for an empty segment without a buffer). */
    public byte[] base() {
        return base;
    }

    /** Where the segment starts in {@link #base()}. */
    public int off() {
        return off;
    }

    /** {@code iov_len}. */
    public int len() {
        return len;
    }

    /** The total of {@code iov_len} over the first {@code iovcnt} segments. */
    public static long total(Iovec[] iov, int iovcnt) {
        long n = 0;
        for (int i = 0; i < iovcnt; i++) {
            n += iov[i].len;
        }
        return n;
    }

    @Override
    public String toString() {
        return "Iovec[off=" + off + ", len=" + len + "]";
    }
}
