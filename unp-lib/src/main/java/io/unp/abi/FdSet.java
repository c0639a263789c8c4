package io.unp.abi;

import java.util.Arrays;

/**
 * {@code fd_set} ({@code <sys/select.h>}): the descriptor set {@code select(2)} reads and
 * rewrites, laid out as glibc's, {@value #FD_SETSIZE} bits in 16 {@code long} words (128
 * bytes), descriptor {@code fd} at bit {@code fd % 64} of word {@code fd / 64}.
 *
 * <p>The C macros are here under their C names ({@link #FD_ZERO}, {@link #FD_SET},
 * {@link #FD_CLR}, {@link #FD_ISSET}) so a program reads like the book. Unlike C, a descriptor
 * outside {@code 0..FD_SETSIZE-1} never touches memory beyond the set: every macro throws
 * {@link IllegalArgumentException} for it (glibc built with {@code _FORTIFY_SOURCE} aborts the
 * process instead; without it the C program silently corrupts its stack). A program that may
 * get such descriptors (a server with many clients) checks {@code fd < FD_SETSIZE} first, or
 * uses {@code poll}.
 */
public final class FdSet {
    /** glibc's fixed size: descriptors 0 to 1023 fit. */
    public static final int FD_SETSIZE = Constants.FD_SETSIZE;

    private final long[] bits = new long[WORDS];

    /** An empty set, as after {@code FD_ZERO}. */
    public FdSet() {}

    /** {@code FD_ZERO}: empties {@code set}. */
    public static void FD_ZERO(FdSet set) {
        Arrays.fill(set.bits, 0L);
    }

    /** {@code FD_SET}: adds {@code fd} to {@code set}. */
    public static void FD_SET(int fd, FdSet set) {
        set.bits[word("FD_SET", fd)] |= mask(fd);
    }

    /** {@code FD_CLR}: removes {@code fd} from {@code set}. */
    public static void FD_CLR(int fd, FdSet set) {
        set.bits[word("FD_CLR", fd)] &= ~mask(fd);
    }

    /** {@code FD_ISSET}: true if {@code fd} is in {@code set}. */
    public static boolean FD_ISSET(int fd, FdSet set) {
        return (set.bits[word("FD_ISSET", fd)] & mask(fd)) != 0;
    }

    /** True if {@code fd} can be stored in an {@code fd_set} ({@code 0 <= fd < FD_SETSIZE}). */
    public static boolean fits(int fd) {
        return fd >= 0 && fd < FD_SETSIZE;
    }

    /** C's structure assignment {@code this = other}: copies every bit of {@code other}. */
    public FdSet assign(FdSet other) {
        System.arraycopy(other.bits, 0, bits, 0, WORDS);
        return this;
    }

    /** A new set with the same descriptors. */
    public FdSet copy() {
        return new FdSet().assign(this);
    }

    /** The number of descriptors in the set. */
    public int count() {
        int n = 0;
        for (long w : bits) {
            n += Long.bitCount(w);
        }
        return n;
    }

    /** The number of 64-bit words in the set ({@code FD_SETSIZE / 64}). */
    public static final int WORDS = FD_SETSIZE / 64;

    /** Word {@code i} of the set as the kernel lays it out: descriptor {@code 64*i+b} is bit {@code b}. */
    public long word(int i) {
        return bits[i];
    }

    /** Sets word {@code i}, as the kernel rewrites the set when {@code select} returns. */
    public void word(int i, long value) {
        bits[i] = value;
    }

    /** The set as 128 bytes, exactly as glibc's {@code fd_set} lies in memory on x86_64. */
    public byte[] toBytes() {
        byte[] out = new byte[FD_SETSIZE / 8];
        java.nio.ByteBuffer.wrap(out).order(java.nio.ByteOrder.LITTLE_ENDIAN).asLongBuffer().put(bits);
        return out;
    }

    private static int word(String macro, int fd) {
        if (!fits(fd)) {
            throw new IllegalArgumentException(macro + ": descriptor " + fd
                    + " does not fit in an fd_set (FD_SETSIZE is " + FD_SETSIZE + ")");
        }
        return fd >>> 6;
    }

    private static long mask(int fd) {
        return 1L << (fd & 63);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int fd = 0; fd < FD_SETSIZE; fd++) {
            if ((bits[fd >>> 6] & mask(fd)) != 0) {
                sb.append(sb.length() > 1 ? ", " : "").append(fd);
            }
        }
        return sb.append('}').toString();
    }
}
