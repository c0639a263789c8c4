package io.unp.net;

import static io.unp.net.In6Addr.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The IN6_IS_ADDR_* macros against the address classes of RFC 4291 (and RFC 3879's
 * site-local), with the boundary cases where glibc's definitions are easy to get wrong
 * ({@code ::} and {@code ::1} are not IPv4-compatible, {@code fe80::/10} stops at
 * {@code febf::}).
 */
class In6AddrTest {
    private static final Map<String, Predicate<byte[]>> MACROS = new LinkedHashMap<>();

    static {
        MACROS.put("UNSPECIFIED", In6Addr::IN6_IS_ADDR_UNSPECIFIED);
        MACROS.put("LOOPBACK", In6Addr::IN6_IS_ADDR_LOOPBACK);
        MACROS.put("MULTICAST", In6Addr::IN6_IS_ADDR_MULTICAST);
        MACROS.put("LINKLOCAL", In6Addr::IN6_IS_ADDR_LINKLOCAL);
        MACROS.put("SITELOCAL", In6Addr::IN6_IS_ADDR_SITELOCAL);
        MACROS.put("V4MAPPED", In6Addr::IN6_IS_ADDR_V4MAPPED);
        MACROS.put("V4COMPAT", In6Addr::IN6_IS_ADDR_V4COMPAT);
        MACROS.put("MC_NODELOCAL", In6Addr::IN6_IS_ADDR_MC_NODELOCAL);
        MACROS.put("MC_LINKLOCAL", In6Addr::IN6_IS_ADDR_MC_LINKLOCAL);
        MACROS.put("MC_SITELOCAL", In6Addr::IN6_IS_ADDR_MC_SITELOCAL);
        MACROS.put("MC_ORGLOCAL", In6Addr::IN6_IS_ADDR_MC_ORGLOCAL);
        MACROS.put("MC_GLOBAL", In6Addr::IN6_IS_ADDR_MC_GLOBAL);
    }

    /** Each address and the exact set of macros that are true for it. */
    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("::", List.of("UNSPECIFIED"));
        EXPECTED.put("::1", List.of("LOOPBACK"));
        EXPECTED.put("::2", List.of("V4COMPAT"));
        EXPECTED.put("::1.2.3.4", List.of("V4COMPAT"));
        EXPECTED.put("::255.255.255.255", List.of("V4COMPAT"));
        EXPECTED.put("::ffff:1.2.3.4", List.of("V4MAPPED"));
        EXPECTED.put("::ffff:0.0.0.0", List.of("V4MAPPED"));
        EXPECTED.put("::fffe:1.2.3.4", List.of());
        EXPECTED.put("::1:ffff:1.2.3.4", List.of());
        EXPECTED.put("0:0:0:1::1", List.of());
        EXPECTED.put("fe80::1", List.of("LINKLOCAL"));
        EXPECTED.put("febf:ffff::1", List.of("LINKLOCAL"));
        EXPECTED.put("fec0::1", List.of("SITELOCAL"));
        EXPECTED.put("feff::1", List.of("SITELOCAL"));
        EXPECTED.put("fe7f::1", List.of());
        EXPECTED.put("2001:db8::1", List.of());
        EXPECTED.put("ff01::1", List.of("MULTICAST", "MC_NODELOCAL"));
        EXPECTED.put("ff02::1", List.of("MULTICAST", "MC_LINKLOCAL"));
        EXPECTED.put("ff12::1:3", List.of("MULTICAST", "MC_LINKLOCAL"));
        EXPECTED.put("ff05::2", List.of("MULTICAST", "MC_SITELOCAL"));
        EXPECTED.put("ff18::1", List.of("MULTICAST", "MC_ORGLOCAL"));
        EXPECTED.put("ff0e::101", List.of("MULTICAST", "MC_GLOBAL"));
        EXPECTED.put("ff00::1", List.of("MULTICAST"));
        EXPECTED.put("ff0f::1", List.of("MULTICAST"));
        EXPECTED.put("fe00::", List.of());
    }

    @Test
    void eachMacroIsTrueExactlyForItsAddresses() {
        EXPECTED.forEach((text, trueOnes) -> {
            byte[] a = new byte[16];
            assertEquals(1, Inet.inetPton(10, text, a), text);
            MACROS.forEach((name, macro) -> assertEquals(trueOnes.contains(name), macro.test(a),
                    "IN6_IS_ADDR_" + name + "(" + text + ")"));
        });
    }

    @Test
    void theArgumentMustBeAnIn6Addr() {
        MACROS.values().forEach(m -> assertThrows(IllegalArgumentException.class, () -> m.test(new byte[4])));
        assertThrows(NullPointerException.class, () -> IN6_IS_ADDR_LOOPBACK(null));
    }
}
