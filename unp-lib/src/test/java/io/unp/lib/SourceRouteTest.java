package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unp.net.SockaddrIn;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** inet_srcrt_init/add/print (section 24.3): the option bytes built, and the route Linux returns, printed. */
class SourceRouteTest {
    @Test
    void addBuildsNopCodeLengthPointerAndTheAddresses() {
        SourceRoute sr = SourceRoute.inetSrcrtInit();
        assertArrayEquals(new byte[44], sr.options(), "zeros: EOLs");
        assertEquals(8, sr.inetSrcrtAdd("10.0.0.1", 0));
        assertEquals(12, sr.inetSrcrtAdd("10.0.0.2", 0));
        assertEquals(16, sr.inetSrcrtAdd("192.168.1.9", 0));
        byte[] expected = HexFormat.of().parseHex("01830f04" + "0a000001" + "0a000002" + "c0a80109");
        assertArrayEquals(expected, Arrays.copyOf(sr.options(), 16));
        assertEquals(3, sr.count());
    }

    @Test
    void aStrictRouteUsesSsrr() {
        SourceRoute sr = SourceRoute.inetSrcrtInit();
        sr.inetSrcrtAdd("127.0.0.1", 1);
        assertEquals(0x89, sr.options()[1] & 0xff);
    }

    @Test
    void linuxsReversedRouteIsPrintedWithTheClientLast() {
        // what getsockopt(IP_OPTIONS) gave on a connection through 10.9.1.2 and 10.9.2.2 (Chapter24IpoptsTest)
        byte[] opts = HexFormat.of().parseHex("830b04" + "0a090301" + "0a090201" + "00");
        assertEquals("received LSRR: 10.9.3.1 10.9.2.1 \n", SourceRoute.format(opts, opts.length, null));
        SockaddrIn client = SockaddrIn.of(new byte[] {10, 9, 1, 1}, 40000);
        assertEquals("received LSRR: 10.9.3.1 10.9.2.1 10.9.1.1 \n", SourceRoute.format(opts, opts.length, client));
        byte[] strict = opts.clone();
        strict[0] = (byte) 0x89;
        assertEquals("received SSRR: 10.9.3.1 10.9.2.1 \n", SourceRoute.format(strict, strict.length, null));
        byte[] nops = HexFormat.of().parseHex("0101" + "830704" + "0a090301");
        assertEquals("received LSRR: 10.9.3.1 \n", SourceRoute.format(nops, nops.length, null));
    }

    @Test
    void anotherOptionIsNamedByItsType() {
        byte[] rr = HexFormat.of().parseHex("070704" + "00000000" + "00");
        assertEquals("received option type 7\n", SourceRoute.format(rr, rr.length, null));
    }
}
