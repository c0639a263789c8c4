package io.unp.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unp.testkit.Need;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Our inet_pton / inet_ntop / inet_aton against the real glibc (through python3's socket
 * module, one process for the class): thousands of random, near-miss and hand-picked inputs
 * must get the same acceptance, the same bytes and the same text.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InetGlibcTest {
    private static final long SEED = Long.getLong("unp.seed", System.nanoTime());
    private static final HexFormat HEX = HexFormat.of();
    private static final String V4_ALPHABET = "0123456789.x -+\t:a";
    private static final String V6_ALPHABET = "0123456789abcdefABCDEF:.gxX -%\t";
    private static GlibcOracle glibc;

    @BeforeAll
    static void startOracle() {
        glibc = GlibcOracle.start();
    }

    @AfterAll
    static void stopOracle() throws Exception {
        if (glibc != null) {
            glibc.close();
        }
    }

    private static void requireGlibc() {
        Need.command("python3");
        Need.that(glibc != null, "needs python3 to ask glibc, and it did not start");
    }

    static final List<String> V4_EDGES = List.of(
            "0.0.0.0", "255.255.255.255", "127.0.0.1", "01.2.3.4", "1.02.3.4", "1.2.3.04", "0.0.0.00",
            "256.1.1.1", "1.2.3.256", "1.2.3", "1.2.3.4.5", "1..2.3", ".1.2.3.4", "1.2.3.4.", "1.2.3.4 ",
            " 1.2.3.4", "1.2.3.-4", "+1.2.3.4", "0x1.2.3.4", "1.2.3.4\t", "", ".", "1", "1.2.3.4:80",
            "1.2.3.4/24", "999.999.999.999", "1.2.3.0004", "1.2.3.4a", "١.2.3.4", "１.2.3.4");

    static final List<String> V6_EDGES = List.of(
            "::", "::1", "1::", "::ffff:1.2.3.4", "::1.2.3.4", "::FFFF:1.2.3.4", "1::2", ":::", "1::2::3",
            "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7",
            "::1:2:3:4:5:6:7:8", "1:2:3:4::5:6:7:8", "1:2:3:4:5:6:7:", ":1:2:3:4:5:6:7", "1:", ":1", ":",
            "12345::", "::12345", "0000:0000::", "00000::", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4",
            "1:2:3:4:5::1.2.3.4", "1.2.3.4::", "1.2.3.4", "::1.2.3", "::1.2.3.4.5", "::01.2.3.4",
            "::256.1.1.1", "::ffff:1.2.3.4:5", "::1.2.3.4:5", "1:2:3:4:5:6:7:8::", "::ffff:0.0.0.0",
            "fe80::1%lo", "fe80::1%1", " ::1", "::1 ", "::g", "[::1]", "::1/128", "1::2:", "1:::2",
            "::0:0", "0::0", "::0.0.0.0", "::a.1.2.3", "::1234.1.1.1", "::12.1.1.1", "::ffff:1.2.3.4::",
            "a:b:c:d:e:f:0:1", "A:B:C:D:E:F:0:1", "::0000", "::00000", "1:2:3:4:5:6:7:00008");

    @Test
    void inetPton4AcceptsAndRejectsExactlyWhatGlibcDoes() throws Exception {
        requireGlibc();
        Corpus c = new Corpus(SEED);
        List<String> inputs = new ArrayList<>(V4_EDGES);
        for (int i = 0; i < 1500; i++) {
            inputs.add(Inet.ntop4(c.ipv4Bytes(), 0));
            inputs.add(c.ipv4Text());
            inputs.add(c.mutate(c.ipv4Text(), V4_ALPHABET));
            inputs.add(c.garbage(V4_ALPHABET, 18));
        }
        compare("pton4", inputs, s -> ptonAnswer(2, s, 4));
    }

    @Test
    void inetPton6AcceptsAndRejectsExactlyWhatGlibcDoes() throws Exception {
        requireGlibc();
        Corpus c = new Corpus(SEED + 1);
        List<String> inputs = new ArrayList<>(V6_EDGES);
        for (int i = 0; i < 1500; i++) {
            inputs.add(c.ipv6Text(c.ipv6Bytes()));
            inputs.add(c.mutate(c.ipv6Text(c.ipv6Bytes()), V6_ALPHABET));
            inputs.add(c.mutate(c.mutate(c.ipv6Text(c.ipv6Bytes()), V6_ALPHABET), V6_ALPHABET));
            inputs.add(c.garbage(c.chance(2) ? ":0123456789abcdef." : V6_ALPHABET, 20));
        }
        compare("pton6", inputs, s -> ptonAnswer(10, s, 16));
    }

    @Test
    void inetNtop6PrintsWhatGlibcPrints() throws Exception {
        requireGlibc();
        Corpus c = new Corpus(SEED + 2);
        List<byte[]> inputs = new ArrayList<>();
        for (String edge : List.of("::", "::1", "::ffff:1.2.3.4", "::1.2.3.4", "::ffff:0.0.0.0", "::fffe:1.2.3.4",
                "::1:0:0:0:0", "1::", "1:0:2:3:4:5:6:7", "1:2:3:4:5:6:7:0", "0:1:2:3:4:5:6:7", "1:0:0:2:0:0:0:3",
                "1:0:0:2:0:0:3:4", "1:0:0:0:2:0:0:0", "0:0:1:0:0:1:0:0", "::ffff:0:0", "::1:0", "::0.0.1.0",
                "0:0:0:0:0:1:0:0", "::ffff:1:2", "64:ff9b::1.2.3.4", "fe80::1", "2001:db8::ff00:42:8329")) {
            inputs.add(Inet.pton6(edge));
        }
        for (int i = 0; i < 3000; i++) {
            inputs.add(c.ipv6Bytes());
        }
        List<String> expected = glibc.askBytes("ntop6", inputs);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String ours = "ok " + Inet.inetNtop(10, inputs.get(i));
            if (!ours.equals(expected.get(i))) {
                mismatches.add(HEX.formatHex(inputs.get(i)) + ": glibc " + expected.get(i) + ", ours " + ours);
            }
        }
        assertEquals(List.of(), firstFew(mismatches), "seed " + SEED);
    }

    @Test
    void inetNtop4PrintsWhatGlibcPrints() throws Exception {
        requireGlibc();
        Corpus c = new Corpus(SEED + 3);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            inputs.add(c.ipv4Bytes());
        }
        List<String> expected = glibc.askBytes("ntop4", inputs);
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(expected.get(i), "ok " + Inet.inetNtop(2, inputs.get(i)), HEX.formatHex(inputs.get(i)));
        }
    }

    @Test
    void inetAtonAcceptsAndRejectsExactlyWhatGlibcDoes() throws Exception {
        requireGlibc();
        Corpus c = new Corpus(SEED + 4);
        List<String> inputs = new ArrayList<>(List.of(
                "1.2.3.4", "1", "1.2", "1.2.3", "0x7f.1", "0x7f000001", "017700000001", "0", "0x", "0x ", "0x.1",
                "0X1F.0", "08", "0.08", "1.2.3.4 junk", "1.2.3.4\tjunk", "1.2.3.4\njunk", "1.2.3.4\u000b",
                "1.2.3.4\f", "1.2.3.4\r", "1.2.3.4\u001c", "1.2.3.4\u001f", "1.2.3.4\u00a0", "1.2.3.4\u2003",
                " 1.2.3.4", "1.2.3.4.", "1..2", ".1", "", "255.255.255.255", "4294967295", "4294967296",
                "0xffffffff", "0x100000000", "1.16777215", "1.16777216", "1.2.65535", "1.2.65536", "1.2.3.255",
                "1.2.3.256", "256.1", "0377.1", "0400.1", "1.2.3.4.5", "-1", "+1", "1.-2", "1.+2",
                "18446744073709551615", "18446744073709551616", "99999999999999999999999", "0xg", "1.0xg",
                "0000000000000000000000001", "0x0000000000000000000001", "1 2", "1. 2", "٣", "１"));
        for (int i = 0; i < 1500; i++) {
            inputs.add(c.atonText());
            inputs.add(c.mutate(c.atonText(), "0123456789xX. \tabcdefg-+\u000b"));
            if (c.chance(3)) {
                inputs.add(c.garbage("0123456789xX. abcdef", 14));
            }
        }
        compare("aton", inputs, s -> {
            byte[] dst = new byte[4];
            return Inet.inetAton(s, dst) == 1 ? "ok " + HEX.formatHex(dst) : "err";
        });
    }

    private static String ptonAnswer(int af, String s, int size) {
        byte[] dst = new byte[size];
        int r = Inet.inetPton(af, s, dst);
        return r == 1 ? "ok " + HEX.formatHex(dst) : r == 0 ? "err" : "returned " + r;
    }

    private static void compare(String op, List<String> inputs, java.util.function.Function<String, String> ours)
            throws Exception {
        List<String> expected = glibc.ask(op, inputs);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String in = inputs.get(i);
            String got;
            try {
                got = ours.apply(in);
            } catch (RuntimeException e) {
                got = "threw " + e;
            }
            if (!got.equals(expected.get(i))) {
                mismatches.add(quote(in) + ": glibc " + expected.get(i) + ", ours " + got);
            }
        }
        assertEquals(List.of(), firstFew(mismatches), op + " on " + inputs.size() + " inputs, seed " + SEED);
    }

    private static List<String> firstFew(List<String> l) {
        return l.size() > 15 ? l.subList(0, 15) : l;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch < 0x20 || ch > 0x7e) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }

    @Test
    void corpusProducesMostlyValidIpv6TextsSoTheComparisonIsNotAllRejections() {
        Corpus c = new Corpus(SEED);
        int ok = 0;
        for (int i = 0; i < 1000; i++) {
            byte[] b = c.ipv6Bytes();
            byte[] parsed = Inet.pton6(c.ipv6Text(b));
            if (parsed != null && Arrays.equals(parsed, b)) {
                ok++;
            }
        }
        assertEquals(1000, ok, "every generated valid text must parse back to its bytes");
    }
}
