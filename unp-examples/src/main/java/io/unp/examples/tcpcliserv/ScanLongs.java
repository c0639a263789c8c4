package io.unp.examples.tcpcliserv;

/**
 * {@code sscanf(line, "%ld%ld", &arg1, &arg2)} as glibc does it, for str_cli09 and str_echo08:
 * each number may follow white space and a sign, is read as far as its decimal digits go, and
 * saturates at {@code LONG_MAX}/{@code LONG_MIN} when too large; anything else after the
 * numbers is ignored. Only the count of conversions decides what the programs do.
 */
final class ScanLongs {
    private ScanLongs() {}

    /**
     * Converts up to two numbers from the NUL-terminated {@code line} into {@code out[0]} and
     * {@code out[1]}.
     *
     * @return how many numbers were converted (0, 1 or 2), or -1 (C's EOF) if the line ended
     *     before the first one
     */
    static int scanTwo(byte[] line, long[] out) {
        int[] pos = {0};
        for (int i = 0; i < 2; i++) {
            skipSpace(line, pos);
            if (at(line, pos[0]) == 0) {
                return i == 0 ? -1 : i;
            }
            if (!scanLong(line, pos, out, i)) {
                return i;
            }
        }
        return 2;
    }

    private static boolean scanLong(byte[] line, int[] pos, long[] out, int index) {
        int p = pos[0];
        boolean negative = false;
        if (at(line, p) == '+' || at(line, p) == '-') {
            negative = at(line, p) == '-';
            p++;
        }
        if (!isDigit(at(line, p))) {
            return false;
        }
        long value = 0; // accumulated as a negative number, whose range holds LONG_MIN
        boolean overflow = false;
        while (isDigit(at(line, p))) {
            int digit = at(line, p++) - '0';
            if (value < (Long.MIN_VALUE + digit) / 10) {
                overflow = true;
            } else {
                value = value * 10 - digit;
            }
        }
        if (overflow) {
            value = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else if (!negative) {
            value = value == Long.MIN_VALUE ? Long.MAX_VALUE : -value;
        }
        out[index] = value;
        pos[0] = p;
        return true;
    }

    private static void skipSpace(byte[] line, int[] pos) {
        while (true) {
            int c = at(line, pos[0]);
            if (c != ' ' && (c < '\t' || c > '\r')) {
                return;
            }
            pos[0]++;
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The byte at {@code i}, or 0 past the end, as for a C string. */
    private static int at(byte[] s, int i) {
        return i < s.length ? s[i] & 0xff : 0;
    }
}
