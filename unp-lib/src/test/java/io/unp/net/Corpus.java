package io.unp.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Address texts for comparing our parsers with glibc's: valid forms written every way glibc
 * allows, near misses (one character inserted, deleted or replaced) and plain garbage.
 */
final class Corpus {
    private final Random rnd;

    Corpus(long seed) {
        this.rnd = new Random(seed);
    }

    /** Sixteen bytes whose 16-bit groups are zero half the time, so zero runs of every length occur. */
    byte[] ipv6Bytes() {
        byte[] b = new byte[16];
        int shape = rnd.nextInt(8);
        for (int w = 0; w < 8; w++) {
            if (rnd.nextBoolean()) {
                int v = rnd.nextInt(4) == 0 ? rnd.nextInt(16) : rnd.nextInt(0x10000);
                b[2 * w] = (byte) (v >>> 8);
                b[2 * w + 1] = (byte) v;
            }
        }
        if (shape == 0) { // ::ffff:a.b.c.d, ::a.b.c.d and their neighbours
            java.util.Arrays.fill(b, 0, 10, (byte) 0);
            int w5 = new int[] {0, 0xffff, 0xfffe, 1}[rnd.nextInt(4)];
            b[10] = (byte) (w5 >>> 8);
            b[11] = (byte) w5;
            if (rnd.nextInt(3) == 0) {
                b[12] = 0;
                b[13] = 0;
            }
        }
        return b;
    }

    byte[] ipv4Bytes() {
        byte[] b = new byte[4];
        rnd.nextBytes(b);
        for (int i = 0; i < 4; i++) {
            if (rnd.nextInt(5) == 0) {
                b[i] = (byte) new int[] {0, 255, 1, 10}[rnd.nextInt(4)];
            }
        }
        return b;
    }

    /** One of the many texts glibc accepts for {@code b}: any zero run compressed, padded groups, either case, a dotted tail. */
    String ipv6Text(byte[] b) {
        String[] groups = new String[8];
        for (int w = 0; w < 8; w++) {
            int v = ((b[2 * w] & 0xff) << 8) | (b[2 * w + 1] & 0xff);
            String g = Integer.toHexString(v);
            if (rnd.nextInt(4) == 0) {
                g = "0".repeat(rnd.nextInt(5 - g.length())) + g;
            }
            if (rnd.nextBoolean()) {
                g = g.toUpperCase();
            }
            groups[w] = g;
        }
        boolean dottedTail = rnd.nextInt(4) == 0;
        int n = dottedTail ? 6 : 8;
        List<String> parts = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            parts.add(groups[w]);
        }
        if (dottedTail) {
            parts.add(Inet.ntop4(b, 12));
        }
        // compress a run of zero groups (not necessarily the longest; glibc accepts any)
        List<int[]> runs = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (isZero(b, s)) {
                int e = s;
                while (e + 1 < n && isZero(b, e + 1)) {
                    e++;
                }
                runs.add(new int[] {s, e});
            }
        }
        if (!runs.isEmpty() && rnd.nextInt(4) != 0) {
            int[] run = runs.get(rnd.nextInt(runs.size()));
            int start = run[0] + rnd.nextInt(run[1] - run[0] + 1);
            int end = start + rnd.nextInt(run[1] - start + 1);
            String head = String.join(":", parts.subList(0, start));
            String tail = String.join(":", parts.subList(end + 1, parts.size()));
            return head + "::" + tail;
        }
        return String.join(":", parts);
    }

    private static boolean isZero(byte[] b, int w) {
        return b[2 * w] == 0 && b[2 * w + 1] == 0;
    }

    /** A dotted quad, sometimes with a leading zero, a part over 255, or the wrong number of parts. */
    String ipv4Text() {
        int parts = rnd.nextInt(8) == 0 ? 3 + rnd.nextInt(3) : 4;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                sb.append('.');
            }
            int kind = rnd.nextInt(20);
            if (kind == 0) {
                sb.append('0').append(rnd.nextInt(256));
            } else if (kind == 1) {
                sb.append(256 + rnd.nextInt(800));
            } else if (kind == 2) {
                sb.append(rnd.nextBoolean() ? "00" : "");
            } else {
                sb.append(rnd.nextInt(256));
            }
        }
        return sb.toString();
    }

    /** An {@code inet_aton} form: one to four parts in decimal, octal or hex, maybe followed by whitespace and junk. */
    String atonText() {
        int parts = 1 + rnd.nextInt(rnd.nextInt(6) == 0 ? 5 : 4);
        long[] max = {0xffffffffL, 0xffffffL, 0xffffL, 0xffL};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            if (i > 0) {
                sb.append('.');
            }
            long limit = i == parts - 1 ? max[Math.min(parts - 1, 3)] : 0xff;
            long v = rnd.nextInt(6) == 0 ? limit + 1 + rnd.nextInt(1000) : (long) (rnd.nextDouble() * (limit + 1));
            if (rnd.nextInt(40) == 0) {
                v = Long.MAX_VALUE - rnd.nextInt(10);
            }
            switch (rnd.nextInt(5)) {
                case 0:
                    sb.append('0').append(Long.toOctalString(v));
                    break;
                case 1:
                    sb.append(rnd.nextBoolean() ? "0x" : "0X").append(rnd.nextBoolean() ? Long.toHexString(v) : Long.toHexString(v).toUpperCase());
                    break;
                case 2:
                    sb.append(new String[] {"0x", "08", "09", "0", "00", "0x0", ""}[rnd.nextInt(7)]);
                    break;
                default:
                    sb.append(Long.toUnsignedString(v));
            }
        }
        if (rnd.nextInt(4) == 0) {
            sb.append(new String[] {" ", "\t", "\n", "\u000b", "\f", "\r", "\u001c", "\u00a0", " junk", "\tx", "x", ".", "\u2003"}[rnd.nextInt(13)]);
        }
        return sb.toString();
    }

    /** {@code s} with one character inserted, deleted or replaced from {@code alphabet}. */
    String mutate(String s, String alphabet) {
        StringBuilder sb = new StringBuilder(s);
        int op = s.isEmpty() ? 0 : rnd.nextInt(3);
        char c = alphabet.charAt(rnd.nextInt(alphabet.length()));
        if (op == 0) {
            sb.insert(rnd.nextInt(sb.length() + 1), c);
        } else if (op == 1) {
            sb.deleteCharAt(rnd.nextInt(sb.length()));
        } else {
            sb.setCharAt(rnd.nextInt(sb.length()), c);
        }
        return sb.toString();
    }

    /** Up to {@code maxLen} characters from {@code alphabet}. */
    String garbage(String alphabet, int maxLen) {
        int n = rnd.nextInt(maxLen + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    boolean chance(int oneIn) {
        return rnd.nextInt(oneIn) == 0;
    }
}
