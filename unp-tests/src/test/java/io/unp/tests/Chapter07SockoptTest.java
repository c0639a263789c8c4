package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chapter 7's socket option programs, each in a private network namespace: what they print is
 * checked against the namespace's sysctls, against python3's socket module (which calls the same
 * getsockopt from C), and against the numbers Linux is known to give.
 */
class Chapter07SockoptTest {
    private static final Duration RUN = Duration.ofSeconds(20);

    private static Programs.Result ok(Programs.Result r) {
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.stderr(), r.toString());
        return r;
    }

    /** The whitespace-separated numbers of a sysctl file, read inside the namespace. */
    private static long[] sysctl(NetNs ns, String path) {
        String text = ok(ns.runCommand(RUN, null, "cat", "/proc/sys/" + path)).stdout().trim();
        String[] f = text.split("\\s+");
        long[] v = new long[f.length];
        for (int i = 0; i < f.length; i++) {
            v[i] = Long.parseLong(f[i]);
        }
        return v;
    }

    /** python3 prints checkopts' lines for the options Linux defines, from its own getsockopt calls. */
    private static final String PYTHON_CHECKOPTS = String.join("\n",
            "import socket, struct",
            "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)",
            "S, IP, TCP = socket.SOL_SOCKET, socket.IPPROTO_IP, socket.IPPROTO_TCP",
            "flag = lambda b: 'off' if struct.unpack('i', b)[0] == 0 else 'on'",
            "num = lambda b: str(struct.unpack('i', b)[0])",
            "linger = lambda b: 'l_onoff = %d, l_linger = %d' % struct.unpack('ii', b)",
            "tv = lambda b: '%d sec, %d usec' % struct.unpack('ll', b)",
            "rows = [('SO_BROADCAST', S, flag, 4), ('SO_DEBUG', S, flag, 4), ('SO_DONTROUTE', S, flag, 4),",
            "  ('SO_ERROR', S, num, 4), ('SO_KEEPALIVE', S, flag, 4), ('SO_LINGER', S, linger, 8),",
            "  ('SO_OOBINLINE', S, flag, 4), ('SO_RCVBUF', S, num, 4), ('SO_SNDBUF', S, num, 4),",
            "  ('SO_RCVLOWAT', S, num, 4), ('SO_SNDLOWAT', S, num, 4), ('SO_RCVTIMEO', S, tv, 16),",
            "  ('SO_SNDTIMEO', S, tv, 16), ('SO_REUSEADDR', S, flag, 4), ('SO_REUSEPORT', S, flag, 4),",
            "  ('SO_TYPE', S, num, 4), ('IP_TOS', IP, num, 4), ('IP_TTL', IP, num, 4),",
            "  ('TCP_MAXSEG', TCP, num, 4), ('TCP_NODELAY', TCP, flag, 4)]",
            "for name, level, fmt, size in rows:",
            "    print('%s: default = %s' % (name, fmt(s.getsockopt(level, getattr(socket, name), size))))",
            "");

    @Test
    @Timeout(60)
    void checkoptsPrintsEveryOptionOfTheBookWithThisMachinesDefault() {
        try (NetNs ns = NetNs.create()) {
            String out = ok(ns.run(RUN, null, "sockopt/checkopts")).stdout();
            List<String> lines = List.of(out.split("\n"));
            assertEquals(21, lines.size(), out);

            long[] rmem = sysctl(ns, "net/ipv4/tcp_rmem");
            long[] wmem = sysctl(ns, "net/ipv4/tcp_wmem");
            long ttl = sysctl(ns, "net/ipv4/ip_default_ttl")[0];
            assertEquals(List.of(
                    "SO_BROADCAST: default = off",
                    "SO_DEBUG: default = off",
                    "SO_DONTROUTE: default = off",
                    "SO_ERROR: default = 0",
                    "SO_KEEPALIVE: default = off",
                    "SO_LINGER: default = l_onoff = 0, l_linger = 0",
                    "SO_OOBINLINE: default = off",
                    "SO_RCVBUF: default = " + rmem[1],
                    "SO_SNDBUF: default = " + wmem[1],
                    "SO_RCVLOWAT: default = 1",
                    "SO_SNDLOWAT: default = 1",
                    "SO_RCVTIMEO: default = 0 sec, 0 usec",
                    "SO_SNDTIMEO: default = 0 sec, 0 usec",
                    "SO_REUSEADDR: default = off",
                    "SO_REUSEPORT: default = off",
                    "SO_TYPE: default = 1",
                    "SO_USELOOPBACK: (undefined)",
                    "IP_TOS: default = 0",
                    "IP_TTL: default = " + ttl,
                    "TCP_MAXSEG: default = 536",
                    "TCP_NODELAY: default = off"), lines);

            // the same getsockopt calls made by python3 give the same lines, less the one Linux lacks
            String python = ok(ns.runCommand(RUN, null, "python3", "-c", PYTHON_CHECKOPTS)).stdout();
            List<String> defined = new ArrayList<>(lines);
            defined.remove("SO_USELOOPBACK: (undefined)");
            assertEquals(String.join("\n", defined) + "\n", python);
        }
    }

    @Test
    @Timeout(60)
    void prdefaultsPrintsTheBufferSizesAndLowWaterMarksOfTcpAndUdp() {
        try (NetNs ns = NetNs.create()) {
            String out = ok(ns.run(RUN, null, "sockopt/prdefaults")).stdout();
            long[] rmem = sysctl(ns, "net/ipv4/tcp_rmem");
            long[] wmem = sysctl(ns, "net/ipv4/tcp_wmem");
            long udpSnd = sysctl(ns, "net/core/wmem_default")[0];
            long udpRcv = sysctl(ns, "net/core/rmem_default")[0];
            assertEquals("tcp send buffer size = " + wmem[1] + "\n"
                    + "tcp recv buffer size = " + rmem[1] + "\n"
                    + "tcp send low-water mark = 1\n"
                    + "tcp receive low-water mark size = 1\n"
                    + "udp send buffer size = " + udpSnd + "\n"
                    + "udp recv buffer size = " + udpRcv + "\n"
                    + "udp send low-water mark = 1\n"
                    + "udp receive low-water mark size = 1\n", out);
        }
    }

    @Test
    @Timeout(60)
    void sockoptShowsLinuxDoublingTheSendBufferItSets() {
        try (NetNs ns = NetNs.create()) {
            String out = ok(ns.run(RUN, null, "sockopt/sockopt")).stdout();
            long wmemMax = sysctl(ns, "net/core/wmem_max")[0];
            assertEquals("TCP mss = 536\nsend buffer size = " + 2 * Math.min(65536, wmemMax) + "\n", out);
        }
    }

    private static final Pattern AFTER_CONNECT = Pattern.compile("after connect: SO_RCVBUF = (\\d+), MSS = (\\d+)\n");

    @Test
    @Timeout(90)
    void rcvbufAndRcvbufsetPrintTheBufferAndMssBeforeAndAfterConnecting() {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc srv = ns.start("intro/daytimetcpsrv");
            ns.awaitListening(srv, 13, RUN);
            long rcvDefault = sysctl(ns, "net/ipv4/tcp_rmem")[1];
            String defaults = "defaults: SO_RCVBUF = " + rcvDefault + ", MSS = 536\n";

            String out = ok(ns.run(RUN, null, "sockopt/rcvbuf", "127.0.0.1")).stdout();
            assertTrue(out.startsWith(defaults), out);
            Matcher m = AFTER_CONNECT.matcher(out.substring(defaults.length()));
            assertTrue(m.matches(), out);
            assertEquals(rcvDefault, Long.parseLong(m.group(1)), "an unset buffer keeps its default here");
            int mss = Integer.parseInt(m.group(2));
            assertTrue(mss > 536 && mss <= 65536 - 40, "loopback's MTU of 65536 gives a large MSS: " + mss);

            out = ok(ns.run(RUN, null, "sockopt/rcvbufset", "127.0.0.1")).stdout();
            String set = "SO_RCVBUF = 19946 (after setting it to 9973)\n";
            assertTrue(out.startsWith(defaults + set), "Linux doubles the 9973 asked for:\n" + out);
            m = AFTER_CONNECT.matcher(out.substring(defaults.length() + set.length()));
            assertTrue(m.matches(), out);
            assertEquals(19946, Integer.parseInt(m.group(1)), "a size the program set stays after connect");
            int mss2 = Integer.parseInt(m.group(2));
            assertTrue(mss2 > 536 && mss2 <= 65536 - 40, "MSS after connect: " + mss2);
        }
    }

    @Test
    @Timeout(60)
    void rcvbufReportsUsageAndConnectErrorsAsTheCDoes() {
        for (String p : List.of("rcvbuf", "rcvbufset")) {
            Programs.Result r = Programs.run(RUN, null, "sockopt/" + p);
            assertEquals(1, r.exit(), r.toString());
            assertEquals("usage: " + p + " <IPaddress>\n", r.stderr());
            assertEquals("", r.stdout());
        }
        try (NetNs ns = NetNs.create()) {
            Programs.Result r = ns.run(RUN, null, "sockopt/rcvbuf", "127.0.0.1");
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.stdout().startsWith("defaults: SO_RCVBUF = "), r.toString());
            assertEquals("connect error: Connection refused\n", r.stderr(), "no server on port 13");

            r = ns.run(RUN, null, "sockopt/rcvbufset", "no.such.address");
            assertEquals(1, r.exit(), r.toString());
            assertEquals("inet_pton error for no.such.address\n", r.stderr());
        }
    }
}
