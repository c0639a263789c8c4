package io.unp.net;

import io.unp.abi.Layouts;
import java.util.Arrays;

/**
 * {@code struct icmp6_filter} ({@code <netinet/icmp6.h>}) and its macros (section 25.4 of the
 * book): which of the 256 ICMPv6 message types a raw ICMPv6 socket passes to the application.
 * Set with {@code Setsockopt(fd, Icmp6Proto.ICMP6_FILTER, filter)}.
 *
 * <p>As in glibc and the Linux kernel, a set bit blocks its type (BSD's headers used a set bit
 * to pass); the macros hide the difference, and the bytes are the kernel's: eight 32-bit words
 * in this machine's byte order, bit {@code type & 31} of word {@code type >> 5}.
 */
public final class Icmp6Filter {
    /** {@code sizeof(struct icmp6_filter)}. */
    public static final int SIZE = Layouts.ICMP6_FILTER_SIZE;

    private final int[] filt = new int[SIZE / Integer.BYTES];

    /** A filter that passes every type (what a new raw ICMPv6 socket has). */
    public Icmp6Filter() {}

    /** {@code ICMP6_FILTER_SETPASSALL}. */
    public Icmp6Filter setPassAll() {
        Arrays.fill(filt, 0);
        return this;
    }

    /** {@code ICMP6_FILTER_SETBLOCKALL}. */
    public Icmp6Filter setBlockAll() {
        Arrays.fill(filt, -1);
        return this;
    }

    /** {@code ICMP6_FILTER_SETPASS(type, &filt)}. */
    public Icmp6Filter setPass(int type) {
        filt[word(type)] &= ~bit(type);
        return this;
    }

    /** {@code ICMP6_FILTER_SETBLOCK(type, &filt)}. */
    public Icmp6Filter setBlock(int type) {
        filt[word(type)] |= bit(type);
        return this;
    }

    /** {@code ICMP6_FILTER_WILLPASS(type, &filt)}. */
    public boolean willPass(int type) {
        return (filt[word(type)] & bit(type)) == 0;
    }

    /** {@code ICMP6_FILTER_WILLBLOCK(type, &filt)}. */
    public boolean willBlock(int type) {
        return !willPass(type);
    }

    /** The 32-bit words ({@code icmp6_filt[8]}). */
    public int[] words() {
        return filt.clone();
    }

    /** A filter with these words, as {@code getsockopt} returned them. */
    public static Icmp6Filter of(int[] words) {
        if (words.length != SIZE / Integer.BYTES) {
            throw new IllegalArgumentException("icmp6_filter has 8 words, not " + words.length);
        }
        Icmp6Filter f = new Icmp6Filter();
        System.arraycopy(words, 0, f.filt, 0, words.length);
        return f;
    }

    private static int word(int type) {
        if (type < 0 || type > 255) {
            throw new IllegalArgumentException("ICMPv6 type " + type + " is not 0-255");
        }
        return type >>> 5;
    }

    private static int bit(int type) {
        return 1 << (type & 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Icmp6Filter && Arrays.equals(filt, ((Icmp6Filter) o).filt);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(filt);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("icmp6_filter{pass:");
        int n = 0;
        for (int t = 0; t < 256; t++) {
            if (willPass(t)) {
                n++;
            }
        }
        if (n == 256) {
            return b.append(" all}").toString();
        }
        for (int t = 0; t < 256; t++) {
            if (willPass(t)) {
                b.append(' ').append(t);
            }
        }
        return b.append('}').toString();
    }
}
