package io.unp.lib;

import static io.unp.abi.Constants.IPPROTO_IPV6;
import static io.unp.abi.Constants.IPV6_DSTOPTS;
import static io.unp.abi.Constants.IPV6_HOPOPTS;
import static io.unp.abi.Constants.IPV6_RTHDR;
import static io.unp.abi.Constants.IPV6_RTHDR_STRICT;
import static io.unp.abi.Constants.IPV6_RTHDR_TYPE_0;

import io.unp.abi.Layouts;
import io.unp.net.Cmsg;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The IPv6 extension-header functions of sections 24.7 and 24.8 (RFC 2292, the API of the
 * book): hop-by-hop and destination options ({@code inet6_option_space}, {@code _init},
 * {@code _append}, {@code _alloc}, {@code _next}, {@code _find}) and the type 0 routing header
 * ({@code inet6_rthdr_space}, {@code _init}, {@code _add}, {@code _lasthop}, {@code _reverse},
 * {@code _segments}, {@code _getaddr}, {@code _getflags}).
 *
 * <p>Pure Java over a control buffer ({@code byte[]}, the ancillary data of a {@code msghdr}):
 * where C passes a {@code struct cmsghdr *}, these take the buffer and the offset of the
 * message in it, and return offsets where C returns pointers (-1 for NULL). glibc still has
 * the RFC 2292 option functions (deprecated), and these build the same bytes (a test checks
 * them against glibc); it has no RFC 2292 routing-header functions, only RFC 3542's
 * {@code inet6_rth_*}, whose type 0 header has no strict/loose bit map. Linux, following RFC
 * 5095, refuses to send a type 0 routing header at all ({@code setsockopt(IPV6_RTHDR)}:
 * EINVAL), so the routing-header functions build and read headers but cannot put one on the
 * wire.
 */
public final class Inet6Opt {
    private Inet6Opt() {}

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.nativeOrder());
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

    /** {@code IP6OPT_PAD1} and {@code IP6OPT_PADN}. */
    public static final int IP6OPT_PAD1 = 0;
    public static final int IP6OPT_PADN = 1;

    private static final int EXT = Layouts.IP6_EXT_SIZE;      // struct ip6_ext: nxt, len
    private static final int RTHDR0 = Layouts.IP6_RTHDR0_SIZE; // struct ip6_rthdr0 without addresses
    private static final int DATA = Cmsg.CMSG_LEN(0);

    // ---- the cmsghdr fields

    static long cmsgLen(byte[] b, int cmsg) {
        return Layouts.CMSGHDR_CMSG_LEN_SIZE == 8 ? (long) LONG.get(b, cmsg) : (int) INT.get(b, cmsg);
    }

    static void setCmsgLen(byte[] b, int cmsg, long len) {
        if (Layouts.CMSGHDR_CMSG_LEN_SIZE == 8) {
            LONG.set(b, cmsg, len);
        } else {
            INT.set(b, cmsg, (int) len);
        }
    }

    static void setHeader(byte[] b, int cmsg, int len, int level, int type) {
        setCmsgLen(b, cmsg, len);
        INT.set(b, cmsg + Layouts.CMSGHDR_CMSG_LEVEL, level);
        INT.set(b, cmsg + Layouts.CMSGHDR_CMSG_TYPE, type);
    }

    static int level(byte[] b, int cmsg) {
        return (int) INT.get(b, cmsg + Layouts.CMSGHDR_CMSG_LEVEL);
    }

    static int type(byte[] b, int cmsg) {
        return (int) INT.get(b, cmsg + Layouts.CMSGHDR_CMSG_TYPE);
    }

    // ---- hop-by-hop and destination options (section 24.7)

    /**
     * {@code inet6_option_space}: the bytes of ancillary data (cmsghdr included) needed for
     * options taking {@code nbytes} in all, with the 2-byte extension header and padding to 8.
     */
    public static int inet6OptionSpace(int nbytes) {
        return Cmsg.CMSG_SPACE((nbytes + EXT + 7) & ~7);
    }

    /**
     * {@code inet6_option_init}: starts an empty option header of {@code type}
     * ({@code IPV6_HOPOPTS} or {@code IPV6_DSTOPTS}) as a control message at {@code bp[off]}.
     *
     * @return 0, or -1 for another type
     */
    public static int inet6OptionInit(byte[] bp, int off, int type) {
        if (type != IPV6_HOPOPTS && type != IPV6_DSTOPTS) {
            return -1;
        }
        setHeader(bp, off, Cmsg.CMSG_LEN(EXT), IPPROTO_IPV6, type);
        bp[off + DATA] = 0; // ip6e_nxt: the kernel fills it in
        bp[off + DATA + 1] = 0; // ip6e_len
        return 0;
    }

    /**
     * {@code inet6_option_append}: appends the option at {@code typep} (type, length, data:
     * {@code typep[1] + 2} bytes), padded so that it starts at a multiple of {@code multx} plus
     * {@code plusy} from the start of the header.
     *
     * @return 0, or -1 for a bad alignment or a header grown past 2048 bytes
     */
    public static int inet6OptionAppend(byte[] bp, int cmsg, byte[] typep, int multx, int plusy) {
        int len = typep[0] == IP6OPT_PAD1 ? 1 : (typep[1] & 0xff) + 2;
        int p = inet6OptionAlloc(bp, cmsg, len, multx, plusy);
        if (p < 0) {
            return -1;
        }
        System.arraycopy(typep, 0, bp, p, len);
        return 0;
    }

    /**
     * {@code inet6_option_alloc}: reserves {@code datalen} bytes for an option, aligned as for
     * {@link #inet6OptionAppend}, and returns where the caller writes it.
     *
     * @return the offset in {@code bp} of the option's first byte, or -1
     */
    public static int inet6OptionAlloc(byte[] bp, int cmsg, int datalen, int multx, int plusy) {
        if ((multx != 1 && multx != 2 && multx != 4 && multx != 8) || plusy < 0 || plusy > 7) {
            return -1;
        }
        int dsize = (int) cmsgLen(bp, cmsg) - DATA;
        if (dsize == 0) { // room for the extension header first
            setCmsgLen(bp, cmsg, cmsgLen(bp, cmsg) + EXT);
            dsize = EXT;
        }
        addPad(bp, cmsg, ((multx - (dsize & (multx - 1))) & (multx - 1)) + plusy);
        int result = cmsg + (int) cmsgLen(bp, cmsg);
        setCmsgLen(bp, cmsg, cmsgLen(bp, cmsg) + datalen);
        dsize = (int) cmsgLen(bp, cmsg) - DATA;
        addPad(bp, cmsg, (8 - (dsize & 7)) & 7); // the header's length counts 8-byte units
        int len8b = ((int) cmsgLen(bp, cmsg) - DATA) / 8 - 1;
        if (len8b >= 256) {
            return -1;
        }
        bp[cmsg + DATA + 1] = (byte) len8b; // ip6e_len
        return result;
    }

    private static void addPad(byte[] bp, int cmsg, int len) {
        int p = cmsg + (int) cmsgLen(bp, cmsg);
        if (len == 1) {
            bp[p] = IP6OPT_PAD1;
        } else if (len != 0) {
            bp[p] = IP6OPT_PADN;
            bp[p + 1] = (byte) (len - 2);
            java.util.Arrays.fill(bp, p + 2, p + len, (byte) 0);
        }
        setCmsgLen(bp, cmsg, cmsgLen(bp, cmsg) + len);
    }

    /**
     * {@code inet6_option_next}: steps through the options of a received (or built) option
     * header, padding options included. {@code tptrp[0]} is -1 (C's NULL) for the first call
     * and afterwards the offset of the option returned last.
     *
     * @return 0 with {@code tptrp[0]} at the next option, or -1 at the end or on a malformed header
     */
    public static int inet6OptionNext(byte[] bp, int cmsg, int[] tptrp) {
        if (level(bp, cmsg) != IPPROTO_IPV6 || (type(bp, cmsg) != IPV6_HOPOPTS && type(bp, cmsg) != IPV6_DSTOPTS)) {
            return -1;
        }
        long clen = cmsgLen(bp, cmsg);
        int ip6e = cmsg + DATA;
        if (clen < Cmsg.CMSG_LEN(EXT) || clen < Cmsg.CMSG_LEN(((bp[ip6e + 1] & 0xff) + 1) * 8)) {
            return -1;
        }
        int endp = ip6e + ((bp[ip6e + 1] & 0xff) + 1) * 8;
        int result;
        if (tptrp[0] < 0) {
            result = ip6e + EXT;
        } else {
            if (tptrp[0] < ip6e + EXT) {
                return -1;
            }
            result = optEnd(bp, tptrp[0], endp);
            if (result < 0) {
                return -1;
            }
        }
        tptrp[0] = result;
        return optEnd(bp, result, endp) < 0 ? -1 : 0;
    }

    /**
     * {@code inet6_option_find}: like {@link #inet6OptionNext}, but returns only options of
     * {@code type}.
     */
    public static int inet6OptionFind(byte[] bp, int cmsg, int[] tptrp, int type) {
        int[] t = {tptrp[0]};
        while (inet6OptionNext(bp, cmsg, t) == 0) {
            if ((bp[t[0]] & 0xff) == type) {
                tptrp[0] = t[0];
                return 0;
            }
        }
        tptrp[0] = t[0];
        return -1;
    }

    private static int optEnd(byte[] bp, int start, int endp) {
        if (start >= endp) {
            return -1;
        }
        if (bp[start] == IP6OPT_PAD1) {
            return start + 1;
        }
        if (start + 2 > endp || start + (bp[start + 1] & 0xff) + 2 > endp) {
            return -1;
        }
        return start + (bp[start + 1] & 0xff) + 2;
    }

    // ---- the type 0 routing header (section 24.8)

    /**
     * {@code inet6_rthdr_space}: the bytes of ancillary data (cmsghdr included) for a type 0
     * routing header of {@code segments} addresses (1 to 23).
     *
     * @return the size, or 0 for another type or count
     */
    public static int inet6RthdrSpace(int type, int segments) {
        if (type != IPV6_RTHDR_TYPE_0 || segments < 1 || segments > 23) {
            return 0;
        }
        return Cmsg.CMSG_SPACE(RTHDR0 + segments * 16);
    }

    /**
     * {@code inet6_rthdr_init}: starts an empty type 0 routing header as a control message at
     * {@code bp[off]}.
     *
     * @return {@code off} (C's cmsghdr pointer), or -1 for another type
     */
    public static int inet6RthdrInit(byte[] bp, int off, int type) {
        if (type != IPV6_RTHDR_TYPE_0) {
            return -1;
        }
        setHeader(bp, off, Cmsg.CMSG_LEN(RTHDR0), IPPROTO_IPV6, IPV6_RTHDR);
        java.util.Arrays.fill(bp, off + DATA, off + DATA + RTHDR0, (byte) 0);
        return off;
    }

    /**
     * {@code inet6_rthdr_add}: appends the 16-byte address {@code addr} and marks the hop
     * {@code IPV6_RTHDR_STRICT} or {@code IPV6_RTHDR_LOOSE}.
     *
     * @return 0, or -1 for a 24th address, a bad flag or not a type 0 header
     */
    public static int inet6RthdrAdd(byte[] bp, int cmsg, byte[] addr, int flags) {
        int rt = cmsg + DATA;
        int n = segments(bp, cmsg);
        if (n < 0 || n >= 23 || (flags != IPV6_RTHDR_STRICT && flags != io.unp.abi.Constants.IPV6_RTHDR_LOOSE)) {
            return -1;
        }
        setMapBit(bp, rt, n, flags == IPV6_RTHDR_STRICT);
        System.arraycopy(addr, 0, bp, rt + RTHDR0 + n * 16, 16);
        bp[rt + 1] = (byte) (2 * (n + 1)); // ip6r0_len: 8-byte units after the first 8
        bp[rt + 3] = (byte) (n + 1); // ip6r0_segleft
        setCmsgLen(bp, cmsg, Cmsg.CMSG_LEN(RTHDR0 + (n + 1) * 16));
        return 0;
    }

    /** {@code inet6_rthdr_lasthop}: marks the last hop (to the final destination) strict or loose. */
    public static int inet6RthdrLasthop(byte[] bp, int cmsg, int flags) {
        int n = segments(bp, cmsg);
        if (n < 1 || (flags != IPV6_RTHDR_STRICT && flags != io.unp.abi.Constants.IPV6_RTHDR_LOOSE)) {
            return -1;
        }
        setMapBit(bp, cmsg + DATA, n, flags == IPV6_RTHDR_STRICT);
        return 0;
    }

    /**
     * {@code inet6_rthdr_reverse}: writes into {@code out} at {@code outOff} the routing
     * header for the way back: the addresses in reverse order, and the strict/loose bits with
     * them. {@code in} and {@code out} may be the same buffer and offset.
     */
    public static int inet6RthdrReverse(byte[] in, int inOff, byte[] out, int outOff) {
        int n = segments(in, inOff);
        if (n < 0) {
            return -1;
        }
        byte[][] addrs = new byte[n][];
        boolean[] strict = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            addrs[i] = inet6RthdrGetaddr(in, inOff, i + 1);
        }
        for (int i = 0; i <= n; i++) {
            strict[i] = inet6RthdrGetflags(in, inOff, i) == IPV6_RTHDR_STRICT;
        }
        inet6RthdrInit(out, outOff, IPV6_RTHDR_TYPE_0);
        for (int i = 0; i < n; i++) {
            inet6RthdrAdd(out, outOff, addrs[n - 1 - i], strict[n - i] ? IPV6_RTHDR_STRICT : 0);
        }
        if (n > 0) {
            inet6RthdrLasthop(out, outOff, strict[0] ? IPV6_RTHDR_STRICT : 0);
        }
        return 0;
    }

    /** {@code inet6_rthdr_segments}: the number of addresses, or -1 if this is no type 0 routing header. */
    public static int inet6RthdrSegments(byte[] bp, int cmsg) {
        return segments(bp, cmsg);
    }

    /** {@code inet6_rthdr_getaddr}: address {@code index} (1 to segments), or null. */
    public static byte[] inet6RthdrGetaddr(byte[] bp, int cmsg, int index) {
        int n = segments(bp, cmsg);
        if (index < 1 || index > n) {
            return null;
        }
        int a = cmsg + DATA + RTHDR0 + (index - 1) * 16;
        return java.util.Arrays.copyOfRange(bp, a, a + 16);
    }

    /**
     * {@code inet6_rthdr_getflags}: whether hop {@code index} (0 to segments; 0 is the hop to
     * the first address) is {@code IPV6_RTHDR_STRICT} or {@code IPV6_RTHDR_LOOSE}; -1 if out of range.
     */
    public static int inet6RthdrGetflags(byte[] bp, int cmsg, int index) {
        int n = segments(bp, cmsg);
        if (index < 0 || index > n) {
            return -1;
        }
        int map = cmsg + DATA + 5;
        return (bp[map + index / 8] & (0x80 >>> (index % 8))) != 0 ? IPV6_RTHDR_STRICT
                : io.unp.abi.Constants.IPV6_RTHDR_LOOSE;
    }

    private static int segments(byte[] bp, int cmsg) {
        if (level(bp, cmsg) != IPPROTO_IPV6 || type(bp, cmsg) != IPV6_RTHDR || bp[cmsg + DATA + 2] != IPV6_RTHDR_TYPE_0) {
            return -1;
        }
        return (bp[cmsg + DATA + 1] & 0xff) / 2;
    }

    private static void setMapBit(byte[] bp, int rt, int index, boolean strict) {
        int map = rt + 5; // ip6r0_slmap[3], bit 0 the most significant
        if (strict) {
            bp[map + index / 8] |= (byte) (0x80 >>> (index % 8));
        } else {
            bp[map + index / 8] &= (byte) ~(0x80 >>> (index % 8));
        }
    }
}
