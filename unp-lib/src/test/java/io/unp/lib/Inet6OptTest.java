package io.unp.lib;

import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.IPPROTO_IPV6;
import static io.unp.abi.Constants.IPV6_DSTOPTS;
import static io.unp.abi.Constants.IPV6_HOPOPTS;
import static io.unp.abi.Constants.IPV6_RTHDR;
import static io.unp.abi.Constants.IPV6_RTHDR_LOOSE;
import static io.unp.abi.Constants.IPV6_RTHDR_STRICT;
import static io.unp.abi.Constants.IPV6_RTHDR_TYPE_0;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.unp.abi.Errno;
import io.unp.net.Cmsg;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import io.unp.testkit.Need;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The RFC 2292 extension-header functions of sections 24.7 and 24.8: the options built are
 * byte for byte glibc's (its deprecated {@code inet6_option_*}, called from python3's ctypes),
 * the routing header has glibc's {@code inet6_rth_*} addresses and counts, and Linux refuses
 * to send a type 0 routing header.
 */
class Inet6OptTest {
    /** Runs a python3 script with glibc through ctypes and returns its standard output. */
    private static String glibc(String script) throws IOException, InterruptedException {
        Need.command("python3");
        Process p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String s = new String(out, StandardCharsets.US_ASCII).trim();
        assertEquals(0, p.exitValue(), s);
        return s;
    }

    private static final String PRELUDE = String.join("\n",
            "import ctypes",
            "libc = ctypes.CDLL('libc.so.6')",
            "buf = ctypes.create_string_buffer(512)",
            "cm = ctypes.c_void_p()",
            "def clen(): return ctypes.c_size_t.from_address(cm.value).value",
            "");

    @Test
    void optionsAreBuiltAsGlibcBuildsThem() throws Exception {
        String out = glibc(PRELUDE + String.join("\n",
                "print(libc.inet6_option_space(10), libc.inet6_option_space(1))",
                "assert libc.inet6_option_init(buf, ctypes.byref(cm), 54) == 0",
                "assert libc.inet6_option_append(cm, bytes([0xc2, 4, 0, 1, 0, 0]), 4, 2) == 0",
                "assert libc.inet6_option_append(cm, bytes([0x05, 2, 0, 0]), 2, 0) == 0",
                "libc.inet6_option_alloc.restype = ctypes.c_void_p",
                "p = libc.inet6_option_alloc(cm, 3, 1, 0)",
                "print(p - ctypes.addressof(buf))",
                "print(buf.raw[:clen()].hex())",
                "t = ctypes.c_void_p(None)",
                "offs = []",
                "while libc.inet6_option_next(cm, ctypes.byref(t)) == 0: offs.append(t.value - ctypes.addressof(buf))",
                "print(' '.join(map(str, offs)))",
                "t = ctypes.c_void_p(None)",
                "print(libc.inet6_option_find(cm, ctypes.byref(t), 5), t.value - ctypes.addressof(buf))"));
        String[] lines = out.split("\n");

        assertEquals(lines[0], Inet6Opt.inet6OptionSpace(10) + " " + Inet6Opt.inet6OptionSpace(1));
        byte[] bp = new byte[512];
        assertEquals(0, Inet6Opt.inet6OptionInit(bp, 0, IPV6_HOPOPTS));
        assertEquals(0, Inet6Opt.inet6OptionAppend(bp, 0, new byte[] {(byte) 0xc2, 4, 0, 1, 0, 0}, 4, 2));
        assertEquals(0, Inet6Opt.inet6OptionAppend(bp, 0, new byte[] {0x05, 2, 0, 0}, 2, 0));
        int p = Inet6Opt.inet6OptionAlloc(bp, 0, 3, 1, 0);
        assertEquals(Integer.parseInt(lines[1]), p);
        int clen = (int) Inet6Opt.cmsgLen(bp, 0);
        assertEquals(lines[2], HexFormat.of().formatHex(Arrays.copyOf(bp, clen)), "the cmsghdr and the option header");

        List<String> offs = new ArrayList<>();
        int[] t = {-1};
        while (Inet6Opt.inet6OptionNext(bp, 0, t) == 0) {
            offs.add(Integer.toString(t[0]));
        }
        assertEquals(lines[3], String.join(" ", offs), "inet6_option_next visits the same options, padding included");
        int[] f = {-1};
        assertEquals(lines[4], Inet6Opt.inet6OptionFind(bp, 0, f, 5) + " " + f[0]);
    }

    @Test
    void onlyHopByHopAndDestinationOptionsCanBeStarted() {
        byte[] bp = new byte[64];
        assertEquals(0, Inet6Opt.inet6OptionInit(bp, 0, IPV6_DSTOPTS));
        assertEquals(-1, Inet6Opt.inet6OptionInit(bp, 0, IPV6_RTHDR));
        assertEquals(-1, Inet6Opt.inet6OptionAppend(bp, 0, new byte[] {5, 2, 0, 0}, 3, 0), "multx must be 1, 2, 4 or 8");
    }

    private static byte[] addr(int last) {
        byte[] a = new byte[16];
        a[0] = (byte) 0xfd;
        a[15] = (byte) last;
        return a;
    }

    @Test
    void aRoutingHeaderHasGlibcsAddressesAndCounts() throws Exception {
        String out = glibc(PRELUDE + String.join("\n",
                "libc.inet6_rth_space.restype = ctypes.c_size_t",
                "libc.inet6_rth_init.restype = ctypes.c_void_p",
                "print(libc.inet6_rth_space(0, 2))",
                "rth = libc.inet6_rth_init(buf, 512, 0, 2)",
                "a = lambda n: bytes([0xfd] + [0] * 14 + [n])",
                "assert libc.inet6_rth_add(ctypes.c_void_p(rth), a(1)) == 0",
                "assert libc.inet6_rth_add(ctypes.c_void_p(rth), a(2)) == 0",
                "print(libc.inet6_rth_segments(ctypes.c_void_p(rth)))",
                "print(ctypes.string_at(rth, 8 + 32).hex())"));
        String[] lines = out.split("\n");
        byte[] bp = new byte[256];
        int space = Inet6Opt.inet6RthdrSpace(IPV6_RTHDR_TYPE_0, 2);
        assertEquals(Cmsg.CMSG_SPACE(Integer.parseInt(lines[0])), space, "RFC 2292 counts the cmsghdr too");
        int cmsg = Inet6Opt.inet6RthdrInit(bp, 0, IPV6_RTHDR_TYPE_0);
        assertEquals(0, Inet6Opt.inet6RthdrAdd(bp, cmsg, addr(1), IPV6_RTHDR_STRICT));
        assertEquals(0, Inet6Opt.inet6RthdrAdd(bp, cmsg, addr(2), IPV6_RTHDR_LOOSE));
        assertEquals(0, Inet6Opt.inet6RthdrLasthop(bp, cmsg, IPV6_RTHDR_STRICT));
        assertEquals(Integer.parseInt(lines[1]), Inet6Opt.inet6RthdrSegments(bp, cmsg));
        String hdr = HexFormat.of().formatHex(Arrays.copyOfRange(bp, Cmsg.CMSG_LEN(0), Cmsg.CMSG_LEN(0) + 40));
        // the same but for bytes 4-7: RFC 3542 made the reserved byte and the strict/loose map 4 reserved bytes
        assertEquals(lines[2].substring(0, 8) + lines[2].substring(16), hdr.substring(0, 8) + hdr.substring(16));
        assertEquals("00a00000", hdr.substring(8, 16), "reserved, then bits 0 (strict) and 2 (last hop strict)");

        assertArrayEquals(addr(2), Inet6Opt.inet6RthdrGetaddr(bp, cmsg, 2));
        assertNull(Inet6Opt.inet6RthdrGetaddr(bp, cmsg, 3));
        assertEquals(IPV6_RTHDR_STRICT, Inet6Opt.inet6RthdrGetflags(bp, cmsg, 0));
        assertEquals(IPV6_RTHDR_LOOSE, Inet6Opt.inet6RthdrGetflags(bp, cmsg, 1));
        assertEquals(IPV6_RTHDR_STRICT, Inet6Opt.inet6RthdrGetflags(bp, cmsg, 2));
        assertEquals(-1, Inet6Opt.inet6RthdrGetflags(bp, cmsg, 3));

        byte[] back = new byte[256];
        assertEquals(0, Inet6Opt.inet6RthdrReverse(bp, cmsg, back, 0));
        assertArrayEquals(addr(2), Inet6Opt.inet6RthdrGetaddr(back, 0, 1));
        assertArrayEquals(addr(1), Inet6Opt.inet6RthdrGetaddr(back, 0, 2));
        assertEquals(IPV6_RTHDR_STRICT, Inet6Opt.inet6RthdrGetflags(back, 0, 0));
        assertEquals(IPV6_RTHDR_LOOSE, Inet6Opt.inet6RthdrGetflags(back, 0, 1));
        assertEquals(0, Inet6Opt.inet6RthdrSpace(IPV6_RTHDR_TYPE_0, 24));
    }

    @Test
    void linuxRefusesToSendATypeZeroRoutingHeader() {
        byte[] bp = new byte[256];
        int cmsg = Inet6Opt.inet6RthdrInit(bp, 0, IPV6_RTHDR_TYPE_0);
        Inet6Opt.inet6RthdrAdd(bp, cmsg, addr(1), IPV6_RTHDR_LOOSE);
        byte[] rthdr = Arrays.copyOfRange(bp, Cmsg.CMSG_LEN(0), (int) Inet6Opt.cmsgLen(bp, cmsg));
        int fd = Sys.socket(AF_INET6, SOCK_DGRAM, 0);
        try {
            ErrnoException e = assertThrows(ErrnoException.class,
                    () -> Sys.setsockopt(fd, IPPROTO_IPV6, IPV6_RTHDR, rthdr, rthdr.length));
            assertEquals(Errno.EINVAL, e.errno(), "RFC 5095 deprecated type 0; Linux takes only types 2 and 4");
        } finally {
            Sys.close(fd);
        }
    }
}
