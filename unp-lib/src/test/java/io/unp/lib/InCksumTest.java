package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** {@code in_cksum} (section 25.5): RFC 1071's example, a real IPv4 header, odd lengths, pieces. */
class InCksumTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void rfc1071Example() {
        // RFC 1071 section 3: the one's-complement sum of these bytes is 0xddf2
        assertEquals(~0xddf2 & 0xffff, InCksum.inCksum(hex("0001 f203 f4f5 f6f7")));
    }

    @Test
    void anIpv4HeaderSumsToItsChecksumAndThenToZero() {
        byte[] ip = hex("4500 0073 0000 4000 4011 0000 c0a8 0001 c0a8 00c7");
        assertEquals(0xb861, InCksum.inCksum(ip));
        ip[10] = (byte) 0xb8;
        ip[11] = 0x61;
        assertEquals(0, InCksum.inCksum(ip), "a header with its checksum in place sums to 0");
    }

    @Test
    void anOddByteIsPaddedWithZero() {
        assertEquals(InCksum.inCksum(hex("0102 03 00")), InCksum.inCksum(hex("0102 03")));
        assertEquals(0xffff, InCksum.inCksum(new byte[0]));
    }

    @Test
    void piecesAddUpToTheWhole() {
        byte[] all = hex("c0a8 0001 c0a8 00c7 0011 000d 3039 0035 000d 0000 6869 21");
        long sum = InCksum.sum(0, all, 0, 12);
        assertEquals(InCksum.inCksum(all), InCksum.fold(InCksum.sum(sum, all, 12, all.length - 12)));
        assertEquals(InCksum.inCksum(all, 4, 9), InCksum.fold(InCksum.sum(0, all, 4, 9)));
        // the first 12 bytes are an IPv4 pseudo-header: 192.168.0.1 > 192.168.0.199, UDP, length 13
        long pseudo = InCksum.pseudoHeaderV4(hex("c0a80001"), hex("c0a800c7"), 17, 13);
        assertEquals(sum, pseudo);
    }
}
