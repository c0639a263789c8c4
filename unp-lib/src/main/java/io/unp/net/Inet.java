package io.unp.net;

import java.nio.charset.StandardCharsets;

/**
 * {@code inet_pton}, {@code inet_ntop}, {@code inet_aton}, {@code inet_addr} and
 * {@code inet_ntoa} in pure Java, with glibc's rules: what glibc accepts and rejects, and the
 * text it prints (IPv6 zero runs compressed, IPv4-mapped and -compatible addresses in dotted
 * form).
 *
 * <p>The text is a Java string, not a NUL-terminated C string: a string holding a NUL character
 * is rejected, where C would have stopped reading at it. Verified against glibc 2.36 by
 * unp-lib's tests (thousands of random and near-miss inputs through python3's socket module).
 */
public final class Inet {
    private Inet() {}

    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;

    /** What {@code inet_pton} returns for an unsupported family (C returns -1, errno EAFNOSUPPORT). */
    public static final int EAFNOSUPPORT_RESULT = -1;

    /**
     * {@code inet_pton(3)}: converts {@code src} to an address of family {@code af} in
     * network byte order into {@code dst} (4 bytes for AF_INET, 16 for AF_INET6).
     *
     * @return 1 on success, 0 if {@code src} is not a valid address, -1 if {@code af} is not
     *     supported
     */
    public static int inetPton(int af, String src, byte[] dst) {
        byte[] parsed;
        if (af == AF_INET) {
            parsed = pton4(src);
        } else if (af == AF_INET6) {
            parsed = pton6(src);
        } else {
            return EAFNOSUPPORT_RESULT;
        }
        if (parsed == null) {
            return 0;
        }
        if (dst.length < parsed.length) {
            throw new IllegalArgumentException("destination too small: " + dst.length + " bytes");
        }
        System.arraycopy(parsed, 0, dst, 0, parsed.length);
        return 1;
    }

    /**
     * {@code inet_pton(3)} into the address field of {@code sa}: {@code sin_addr} for a
     * {@link SockaddrIn}, {@code sin6_addr} for a {@link SockaddrIn6}.
     */
    public static int inetPton(int af, String src, SockAddr sa) {
        byte[] dst = new byte[af == AF_INET6 ? 16 : 4];
        int r = inetPton(af, src, dst);
        if (r == 1) {
            if (sa instanceof SockaddrIn && af == AF_INET) {
                ((SockaddrIn) sa).setAddressBytes(dst);
            } else if (sa instanceof SockaddrIn6 && af == AF_INET6) {
                ((SockaddrIn6) sa).setAddressBytes(dst);
            } else {
                throw new IllegalArgumentException("family " + af + " does not match " + sa);
            }
        }
        return r;
    }

    /**
     * {@code inet_ntop(3)}: the presentation form of {@code src} (4 or 16 bytes, network order).
     *
     * @return the text, or null if {@code af} is unsupported or {@code src} has the wrong size
     */
    public static String inetNtop(int af, byte[] src) {
        if (af == AF_INET && src.length >= 4) {
            return ntop4(src, 0);
        }
        if (af == AF_INET6 && src.length >= 16) {
            return ntop6(src);
        }
        return null;
    }

    /** {@code inet_aton(3)}: accepts a, a.b, a.b.c and a.b.c.d in decimal, octal (0) or hex (0x). */
    public static int inetAton(String cp, byte[] dst) {
        long v = aton(cp);
        if (v < 0) {
            return 0;
        }
        if (dst != null) {
            dst[0] = (byte) (v >>> 24);
            dst[1] = (byte) (v >>> 16);
            dst[2] = (byte) (v >>> 8);
            dst[3] = (byte) v;
        }
        return 1;
    }

    /**
     * {@code inet_addr(3)}: as {@link #inetAton} but returns the address in network byte order
     * as stored in memory, or {@code INADDR_NONE} (0xffffffff) on error, which is also what
     * "255.255.255.255" gives, the flaw the book points out.
     */
    public static int inetAddr(String cp) {
        byte[] b = new byte[4];
        if (inetAton(cp, b) == 0) {
            return 0xffffffff;
        }
        return HostOrder.i32(b, 0);
    }

    /** {@code inet_ntoa(3)}: dotted decimal for four network-order bytes. */
    public static String inetNtoa(byte[] in) {
        return ntop4(in, 0);
    }

    // ---- IPv4

    /** glibc's inet_pton4: exactly four decimal parts 0..255, no leading zeros. */
    static byte[] pton4(String src) {
        if (src == null) {
            return null;
        }
        byte[] out = new byte[4];
        int octets = 0;
        int value = 0;
        boolean sawDigit = false;
        for (int i = 0; i < src.length(); i++) {
            char ch = src.charAt(i);
            if (ch >= '0' && ch <= '9') {
                if (sawDigit && value == 0) {
                    return null; // leading zero
                }
                value = value * 10 + (ch - '0');
                if (value > 255) {
                    return null;
                }
                if (!sawDigit) {
                    if (++octets > 4) {
                        return null;
                    }
                    sawDigit = true;
                }
            } else if (ch == '.' && sawDigit) {
                if (octets == 4) {
                    return null;
                }
                out[octets - 1] = (byte) value;
                value = 0;
                sawDigit = false;
            } else {
                return null;
            }
        }
        if (octets < 4 || !sawDigit) {
            return null;
        }
        out[3] = (byte) value;
        return out;
    }

    static String ntop4(byte[] b, int off) {
        return (b[off] & 0xff) + "." + (b[off + 1] & 0xff) + "." + (b[off + 2] & 0xff) + "." + (b[off + 3] & 0xff);
    }

    /**
     * glibc's inet_aton: returns the host-order value, or -1. Each part is what
     * {@code strtoul(cp, &end, 0)} reads (decimal, octal after a 0, hex after 0x only when a hex
     * digit follows: "0x" alone is the number 0 followed by junk); parts but the last are 0..255,
     * the last fills the remaining bytes; after the address only nothing or an ASCII white-space
     * character ({@code isspace} in the C locale) may follow, and then anything.
     */
    static long aton(String cp) {
        if (cp == null) {
            return -1;
        }
        long[] parts = new long[4];
        int n = 0;
        int i = 0;
        int len = cp.length();
        long val;
        while (true) {
            if (i >= len || !isAsciiDigit(cp.charAt(i))) {
                return -1;
            }
            int base = 10;
            if (cp.charAt(i) == '0') {
                base = 8;
                if (i + 2 < len && (cp.charAt(i + 1) | 0x20) == 'x' && hexValue(cp.charAt(i + 2)) >= 0) {
                    base = 16;
                    i += 2;
                }
            }
            val = 0;
            for (int d; i < len && (d = hexValue(cp.charAt(i))) >= 0 && d < base; i++) {
                val = val * base + d;
                if (val > 0xffffffffL) {
                    return -1; // strtoul overflow, or more than 32 bits: both rejected
                }
            }
            if (i < len && cp.charAt(i) == '.') {
                if (n >= 3 || val > 0xff) {
                    return -1;
                }
                parts[n++] = val;
                i++;
                continue;
            }
            break;
        }
        if (i < len && !isCSpace(cp.charAt(i))) {
            return -1;
        }
        long[] max = {0xffffffffL, 0xffffffL, 0xffffL, 0xffL};
        if (val > max[n]) {
            return -1;
        }
        long v = val;
        for (int k = 0; k < n; k++) {
            v |= parts[k] << (24 - 8 * k);
        }
        return v;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of an ASCII hex digit, -1 for anything else. */
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    /** C's {@code isspace} in the "C" locale: space, \t, \n, \v, \f, \r. */
    private static boolean isCSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    // ---- IPv6

    /** glibc's inet_pton6: hex groups of at most four digits, one "::", an optional IPv4 tail. */
    static byte[] pton6(String src) {
        if (src == null) {
            return null;
        }
        byte[] s = src.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[16];
        int tp = 0;
        int colonp = -1;
        int i = 0;
        int n = s.length;
        if (n == 0) {
            return null;
        }
        if (s[0] == ':') {
            if (n < 2 || s[1] != ':') {
                return null;
            }
            i = 1;
        }
        int curtok = i;
        boolean sawXdigit = false;
        int val = 0;
        int digits = 0;
        while (i < n) {
            int ch = s[i++] & 0xff;
            int d = Character.digit(ch, 16);
            if (d >= 0 && ch < 0x80) {
                if (++digits > 4) {
                    return null;
                }
                val = (val << 4) | d;
                sawXdigit = true;
                continue;
            }
            if (ch == ':') {
                curtok = i;
                if (!sawXdigit) {
                    if (colonp >= 0) {
                        return null;
                    }
                    colonp = tp;
                    continue;
                } else if (i >= n) {
                    return null; // trailing single colon
                }
                if (tp + 2 > 16) {
                    return null;
                }
                out[tp++] = (byte) (val >>> 8);
                out[tp++] = (byte) val;
                sawXdigit = false;
                digits = 0;
                val = 0;
                continue;
            }
            if (ch == '.' && tp + 4 <= 16) {
                byte[] v4 = pton4(src.substring(curtok));
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4, 0, out, tp, 4);
                tp += 4;
                sawXdigit = false;
                break;
            }
            return null;
        }
        if (sawXdigit) {
            if (tp + 2 > 16) {
                return null;
            }
            out[tp++] = (byte) (val >>> 8);
            out[tp++] = (byte) val;
        }
        if (colonp >= 0) {
            if (tp == 16) {
                return null; // "::" must stand for at least one group
            }
            int moved = tp - colonp;
            for (int k = 1; k <= moved; k++) {
                out[16 - k] = out[colonp + moved - k];
                out[colonp + moved - k] = 0;
            }
            tp = 16;
        }
        return tp == 16 ? out : null;
    }

    static String ntop6(byte[] src) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = ((src[2 * i] & 0xff) << 8) | (src[2 * i + 1] & 0xff);
        }
        int bestBase = -1;
        int bestLen = 0;
        int curBase = -1;
        int curLen = 0;
        for (int i = 0; i < 8; i++) {
            if (words[i] == 0) {
                if (curBase == -1) {
                    curBase = i;
                    curLen = 1;
                } else {
                    curLen++;
                }
            } else if (curBase != -1) {
                if (bestBase == -1 || curLen > bestLen) {
                    bestBase = curBase;
                    bestLen = curLen;
                }
                curBase = -1;
            }
        }
        if (curBase != -1 && (bestBase == -1 || curLen > bestLen)) {
            bestBase = curBase;
            bestLen = curLen;
        }
        if (bestBase != -1 && bestLen < 2) {
            bestBase = -1;
        }
        StringBuilder sb = new StringBuilder(46);
        for (int i = 0; i < 8; i++) {
            if (bestBase != -1 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) {
                    sb.append(':');
                }
                continue;
            }
            if (i != 0) {
                sb.append(':');
            }
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff))) {
                sb.append(ntop4(src, 12));
                break;
            }
            sb.append(Integer.toHexString(words[i]));
        }
        if (bestBase != -1 && bestBase + bestLen == 8) {
            sb.append(':');
        }
        return sb.toString();
    }
}
