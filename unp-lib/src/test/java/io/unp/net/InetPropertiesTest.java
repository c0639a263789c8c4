package io.unp.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * inet_pton / inet_ntop / inet_aton against the JDK's own address parser and printer, and
 * the shape glibc gives IPv6 text (RFC 5952 compression, dotted IPv4 tails).
 */
class InetPropertiesTest {
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;

    @Provide
    Arbitrary<byte[]> ipv4() {
        return Arbitraries.bytes().array(byte[].class).ofSize(4);
    }

    /** IPv6 addresses whose groups are zero half the time, so every zero-run shape shows up. */
    @Provide
    Arbitrary<byte[]> ipv6() {
        Arbitrary<Integer> group = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 15)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0xffff)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 0xffff)));
        return group.list().ofSize(8).map(InetPropertiesTest::fromGroups);
    }

    private static byte[] fromGroups(List<Integer> groups) {
        byte[] b = new byte[16];
        for (int w = 0; w < 8; w++) {
            b[2 * w] = (byte) (groups.get(w) >>> 8);
            b[2 * w + 1] = (byte) (int) groups.get(w);
        }
        return b;
    }

    // ---- IPv4

    @Property
    void inetNtop4PrintsWhatTheJdkPrints(@ForAll("ipv4") byte[] addr) throws Exception {
        assertEquals(InetAddress.getByAddress(addr).getHostAddress(), Inet.inetNtop(AF_INET, addr));
    }

    @Property
    void inetPton4ParsesWhatTheJdkParses(@ForAll("ipv4") byte[] addr) throws Exception {
        String text = InetAddress.getByAddress(addr).getHostAddress();
        byte[] dst = new byte[4];
        assertEquals(1, Inet.inetPton(AF_INET, text, dst));
        assertArrayEquals(InetAddress.getByName(text).getAddress(), dst);
    }

    /** glibc's inet_pton(AF_INET) takes only the canonical dotted quad: it accepts s exactly when ntop(pton(s)) is s. */
    @Property(tries = 3000)
    void inetPton4AcceptsOnlyCanonicalDottedQuads(@ForAll("v4ish") String s) {
        byte[] dst = new byte[4];
        int r = Inet.inetPton(AF_INET, s, dst);
        assertTrue(r == 0 || r == 1);
        if (r == 1) {
            assertEquals(s, Inet.inetNtop(AF_INET, dst));
        }
    }

    @Provide
    Arbitrary<String> v4ish() {
        Arbitrary<String> part = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 300).map(String::valueOf),
                Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(4));
        Arbitrary<String> dotted = part.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(".", l));
        return Arbitraries.oneOf(dotted, Arbitraries.strings().withChars("0123456789. x:-").ofMaxLength(20));
    }

    // ---- IPv6

    @Property(tries = 2000)
    void inetNtop6TextParsesBackToTheSameBytesHereAndInTheJdk(@ForAll("ipv6") byte[] addr) throws Exception {
        String text = Inet.inetNtop(AF_INET6, addr);
        byte[] back = new byte[16];
        assertEquals(1, Inet.inetPton(AF_INET6, text, back), text);
        assertArrayEquals(addr, back, text);
        byte[] jdk = InetAddress.getByName(text).getAddress(); // a literal: no name lookup
        assertArrayEquals(addr, jdk.length == 16 ? jdk : mapped(jdk), text);
    }

    @Property(tries = 2000)
    void inetPton6ParsesTheJdksFullForm(@ForAll("ipv6") byte[] addr) throws Exception {
        String jdkText = Inet6Address.getByAddress(null, addr, null).getHostAddress(); // "0:0:0:0:0:0:0:1"
        byte[] dst = new byte[16];
        assertEquals(1, Inet.inetPton(AF_INET6, jdkText, dst), jdkText);
        assertArrayEquals(addr, dst, jdkText);
        assertEquals(1, Inet.inetPton(AF_INET6, jdkText.toUpperCase(), dst));
        assertArrayEquals(addr, dst);
    }

    private static final Pattern GROUP = Pattern.compile("0|[1-9a-f][0-9a-f]{0,3}");

    /**
     * The text has glibc's shape: lower-case groups without leading zeros; the first longest run
     * of two or more zero groups is "::", a single zero group is "0"; {@code ::ffff:a.b.c.d}
     * and {@code ::a.b.c.d} (but not {@code ::} or {@code ::1}) end in dotted IPv4.
     */
    @Property(tries = 3000)
    void inetNtop6CompressesTheFirstLongestZeroRunAsGlibcDoes(@ForAll("ipv6") byte[] addr) {
        String text = Inet.inetNtop(AF_INET6, addr);
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) {
            w[i] = ((addr[2 * i] & 0xff) << 8) | (addr[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && w[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
        }
        if (bestLen < 2) {
            bestStart = -1;
            bestLen = 0;
        }
        boolean dotted = bestStart == 0 && (bestLen == 6 || (bestLen == 5 && w[5] == 0xffff));
        String expectedTail = dotted ? (addr[12] & 0xff) + "." + (addr[13] & 0xff) + "." + (addr[14] & 0xff) + "." + (addr[15] & 0xff) : null;
        assertEquals(dotted, text.contains("."), text);
        String hexPart = dotted ? text.substring(0, text.length() - expectedTail.length()) : text;
        if (dotted) {
            assertTrue(text.endsWith(expectedTail), text);
            assertEquals(bestLen == 6 ? "::" : "::ffff:", hexPart, text);
            return;
        }
        assertEquals(bestLen > 0, text.contains("::"), text);
        assertTrue(text.indexOf("::") == text.lastIndexOf("::"), text);
        String[] halves = bestLen > 0 ? text.split("::", -1) : new String[] {text};
        int explicit = 0;
        for (String half : halves) {
            if (half.isEmpty()) {
                continue;
            }
            for (String g : half.split(":", -1)) {
                assertTrue(GROUP.matcher(g).matches(), "group '" + g + "' in " + text);
                explicit++;
            }
        }
        assertEquals(8 - bestLen, explicit, text);
        if (bestLen > 0) {
            int before = halves[0].isEmpty() ? 0 : halves[0].split(":").length;
            assertEquals(bestStart, before, "the run compressed must be the first longest one: " + text);
        }
    }

    private static byte[] mapped(byte[] v4) {
        byte[] b = new byte[16];
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        System.arraycopy(v4, 0, b, 12, 4);
        return b;
    }

    // ---- malformed input

    @Property(tries = 3000)
    void garbageIsRejectedWithZeroNeverAnException(@ForAll("garbage") String s) {
        byte[] v4 = new byte[4];
        byte[] v6 = new byte[16];
        int r4 = Inet.inetPton(AF_INET, s, v4);
        int r6 = Inet.inetPton(AF_INET6, s, v6);
        int ra = Inet.inetAton(s, v4);
        assertTrue(r4 == 0 || r4 == 1);
        assertTrue(r6 == 0 || r6 == 1);
        assertTrue(ra == 0 || ra == 1);
        if (r6 == 1) { // whatever it accepted must print and parse back to the same bytes
            byte[] again = new byte[16];
            assertEquals(1, Inet.inetPton(AF_INET6, Inet.inetNtop(AF_INET6, v6), again));
            assertArrayEquals(v6, again);
        }
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(50),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF:.xX% \t").ofMaxLength(50),
                Arbitraries.strings().withChars(":0123456789.").ofMaxLength(45),
                Arbitraries.strings().withChars(":1f").ofMaxLength(24));
    }

    @Example
    void targetedBadFormsAreRejected() {
        List<String> badV4 = List.of("01.2.3.4", "1.2.3.04", "00.0.0.0", "256.0.0.1", "1.2.3.256", "1.2.3.4.5", "1.2.3",
                "1..2.3", ".1.2.3", "1.2.3.4.", " 1.2.3.4", "1.2.3.4 ", "0x1.2.3.4", "-1.2.3.4", "", "1.2.3.4\0");
        for (String s : badV4) {
            assertEquals(0, Inet.inetPton(AF_INET, s, new byte[4]), InetGlibcTest.quote(s));
        }
        List<String> badV6 = List.of(":::", "1::2::3", "1:2:3:4:5:6:7:", ":1:2:3:4:5:6:7", "1:", ":", "",
                "12345::", "::12345", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1:2:3:4::5:6:7:8", "1:2:3:4:5:6:7:8::",
                "::1.2.3.4:5", "1.2.3.4::", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3", "::01.2.3.4", "::256.0.0.0",
                "fe80::1%lo", "[::1]", "::g", "1:::2", "::1 ", "::1\0");
        for (String s : badV6) {
            assertEquals(0, Inet.inetPton(AF_INET6, s, new byte[16]), InetGlibcTest.quote(s));
        }
        assertEquals(0, Inet.inetPton(AF_INET, null, new byte[4]));
        assertEquals(0, Inet.inetAton("0x", new byte[4]));
        assertEquals(0, Inet.inetAton("1.2.3.4\u001c", new byte[4]));
    }

    @Example
    void goodIpv6FormsParse() {
        assertPton6("::", new byte[16]);
        assertPton6("::1", fromGroups(List.of(0, 0, 0, 0, 0, 0, 0, 1)));
        assertPton6("1::", fromGroups(List.of(1, 0, 0, 0, 0, 0, 0, 0)));
        assertPton6("1:0:0:0:0:0:0:8", fromGroups(List.of(1, 0, 0, 0, 0, 0, 0, 8)));
        assertPton6("1::7:8", fromGroups(List.of(1, 0, 0, 0, 0, 0, 7, 8)));
        assertPton6("::FFFF:1.2.3.4", fromGroups(List.of(0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304)));
        assertPton6("1:2:3:4:5:6:1.2.3.4", fromGroups(List.of(1, 2, 3, 4, 5, 6, 0x0102, 0x0304)));
        assertPton6("0001:02:003:0004::", fromGroups(List.of(1, 2, 3, 4, 0, 0, 0, 0)));
    }

    private static void assertPton6(String text, byte[] expected) {
        byte[] dst = new byte[16];
        assertEquals(1, Inet.inetPton(AF_INET6, text, dst), text);
        assertArrayEquals(expected, dst, text);
    }

    @Example
    void ntopPrintsGlibcsSpecialForms() {
        assertEquals("::", Inet.inetNtop(AF_INET6, new byte[16]));
        assertEquals("::1", Inet.inetNtop(AF_INET6, fromGroups(List.of(0, 0, 0, 0, 0, 0, 0, 1))));
        assertEquals("::ffff:1.2.3.4", Inet.inetNtop(AF_INET6, fromGroups(List.of(0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304))));
        assertEquals("::1.2.3.4", Inet.inetNtop(AF_INET6, fromGroups(List.of(0, 0, 0, 0, 0, 0, 0x0102, 0x0304))));
        assertEquals("::0.2.3.4", Inet.inetNtop(AF_INET6, fromGroups(List.of(0, 0, 0, 0, 0, 0, 0x0002, 0x0304))));
        assertEquals("1:0:2:3:4:5:6:7", Inet.inetNtop(AF_INET6, fromGroups(List.of(1, 0, 2, 3, 4, 5, 6, 7))));
        assertEquals("1:0:0:2::3", Inet.inetNtop(AF_INET6, fromGroups(List.of(1, 0, 0, 2, 0, 0, 0, 3))));
        assertEquals("1::2:0:0:3:0", Inet.inetNtop(AF_INET6, fromGroups(List.of(1, 0, 0, 2, 0, 0, 3, 0))));
        assertEquals("fe80::1", Inet.inetNtop(AF_INET6, fromGroups(List.of(0xfe80, 0, 0, 0, 0, 0, 0, 1))));
        assertNull(Inet.inetNtop(AF_INET6, new byte[4]));
        assertNull(Inet.inetNtop(99, new byte[16]));
        assertEquals(Inet.EAFNOSUPPORT_RESULT, Inet.inetPton(99, "1.2.3.4", new byte[16]));
    }

    // ---- inet_aton / inet_addr / inet_ntoa

    @Property
    void inetAtonAgreesWithPtonOnDottedQuads(@ForAll("ipv4") byte[] addr) {
        String text = Inet.inetNtoa(addr);
        byte[] dst = new byte[4];
        assertEquals(1, Inet.inetAton(text, dst));
        assertArrayEquals(addr, dst);
        assertEquals(NetOrder.htonl(java.nio.ByteBuffer.wrap(addr).getInt()), Inet.inetAddr(text));
    }

    @Property
    void inetAtonReadsOnePartInAnyRadix(@ForAll int value, @ForAll @IntRange(min = 0, max = 2) int radix) {
        long v = Integer.toUnsignedLong(value);
        String text = radix == 0 ? Long.toString(v) : radix == 1 ? "0" + Long.toOctalString(v) : "0x" + Long.toHexString(v);
        byte[] dst = new byte[4];
        assertEquals(1, Inet.inetAton(text, dst), text);
        assertEquals(value, java.nio.ByteBuffer.wrap(dst).getInt(), text);
    }

    @Example
    void inetAtonShortFormsFillTheLastPartAcrossTheRemainingBytes() {
        assertAton("127.1", 127, 0, 0, 1);
        assertAton("10.65535", 10, 0, 255, 255);
        assertAton("1.2.770", 1, 2, 3, 2);
        assertAton("0x7f.0.0.01", 127, 0, 0, 1);
        assertAton("1.2.3.4 trailing words", 1, 2, 3, 4);
        assertEquals(0, Inet.inetAton("1.2.3.4x", null));
        assertEquals(1, Inet.inetAton("1.2.3.4", null)); // validity check only, as in C with a NULL pointer
    }

    private static void assertAton(String text, int... bytes) {
        byte[] dst = new byte[4];
        assertEquals(1, Inet.inetAton(text, dst), text);
        byte[] expected = new byte[4];
        for (int i = 0; i < 4; i++) {
            expected[i] = (byte) bytes[i];
        }
        assertArrayEquals(expected, dst, text);
    }

    @Example
    void inetAddrReturnsInaddrNoneForErrorsAndForTheBroadcastAddressAlike() {
        assertEquals(0xffffffff, Inet.inetAddr("not an address"));
        assertEquals(0xffffffff, Inet.inetAddr("255.255.255.255"));
        assertEquals(NetOrder.htonl(0x7f000001), Inet.inetAddr("127.0.0.1"));
        assertEquals("10.1.2.3", Inet.inetNtoa(new byte[] {10, 1, 2, 3}));
        assertTrue(Arrays.equals(new byte[] {(byte) 192, (byte) 168, 0, 1},
                java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.nativeOrder()).putInt(Inet.inetAddr("192.168.0.1")).array()));
    }
}
