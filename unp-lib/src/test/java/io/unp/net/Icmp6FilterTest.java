package io.unp.net;

import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.ICMP6_ECHO_REPLY;
import static io.unp.abi.Constants.ICMP6_ECHO_REQUEST;
import static io.unp.abi.Constants.IPPROTO_ICMPV6;
import static io.unp.abi.Constants.ND_ROUTER_ADVERT;
import static io.unp.abi.Constants.SOCK_RAW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.sys.Sys;
import io.unp.testkit.Need;
import org.junit.jupiter.api.Test;

/** The ICMP6_FILTER macros (section 25.4) and the option on a raw ICMPv6 socket. */
class Icmp6FilterTest {
    @Test
    void passAndBlockSetTheKernelsBits() {
        Icmp6Filter f = new Icmp6Filter().setBlockAll().setPass(ND_ROUTER_ADVERT).setPass(ICMP6_ECHO_REPLY);
        assertTrue(f.willPass(ND_ROUTER_ADVERT));
        assertTrue(f.willPass(ICMP6_ECHO_REPLY));
        assertTrue(f.willBlock(ICMP6_ECHO_REQUEST));
        int[] w = f.words();
        // a set bit blocks: type 129 is bit 1 of word 4, type 134 bit 6 of word 4
        assertEquals(~((1 << 1) | (1 << 6)), w[4]);
        assertEquals(-1, w[0]);
        byte[] bytes = Icmp6Proto.ICMP6_FILTER.encode(f);
        assertEquals(32, bytes.length);
        assertEquals(f, Icmp6Proto.ICMP6_FILTER.decode(bytes, 32));
        assertTrue(new Icmp6Filter().willPass(1), "a new filter passes everything");
        assertFalse(new Icmp6Filter().setBlock(1).willPass(1));
    }

    @Test
    void theKernelKeepsTheFilterARawSocketIsGiven() {
        Need.root("a raw ICMPv6 socket");
        int fd = Sys.socket(AF_INET6, SOCK_RAW, IPPROTO_ICMPV6);
        try {
            assertEquals(new Icmp6Filter(), Sys.getsockopt(fd, Icmp6Proto.ICMP6_FILTER), "passes all at first");
            Icmp6Filter f = new Icmp6Filter().setBlockAll().setPass(ICMP6_ECHO_REPLY);
            Sys.setsockopt(fd, Icmp6Proto.ICMP6_FILTER, f);
            Icmp6Filter back = Sys.getsockopt(fd, Icmp6Proto.ICMP6_FILTER);
            assertArrayEquals(f.words(), back.words());
            assertTrue(back.willPass(ICMP6_ECHO_REPLY) && back.willBlock(ICMP6_ECHO_REQUEST));
        } finally {
            Sys.close(fd);
        }
    }
}
