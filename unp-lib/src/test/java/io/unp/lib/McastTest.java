package io.unp.lib;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.AF_UNIX;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Errno;
import io.unp.net.Inet;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import io.unp.testkit.Need;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The mcast_* helpers of section 19.6 on this host's loopback interface: what they set is what
 * the kernel reports back, an interface is found by name or index, and the book's errno values
 * come back for what does not exist. (Multicast between hosts is shown on the lab network by
 * unp-tests' Chapter19MulticastTest.)
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class McastTest {
    private static SockAddr group(int family, String addr) {
        SockAddr sa = family == AF_INET ? new SockaddrIn() : new SockaddrIn6();
        assertEquals(1, Inet.inetPton(family, addr, sa));
        return sa;
    }

    private static ErrnoException fails(Runnable r) {
        return assertThrows(ErrnoException.class, r::run);
    }

    @Test
    void ipv4TtlLoopAndInterfaceReadBackWhatWasSet() {
        int fd = Sys.socket(AF_INET, SOCK_DGRAM, 0);
        try {
            assertEquals(1, Mcast.mcastGetTtl(fd), "the default TTL of multicast");
            assertEquals(1, Mcast.mcastGetLoop(fd), "loopback is on by default");
            assertEquals(0, Mcast.mcastGetIf(fd), "no interface chosen");
            Mcast.mcastSetTtl(fd, 32);
            Mcast.mcastSetLoop(fd, 0);
            assertEquals(32, Mcast.mcastGetTtl(fd));
            assertEquals(0, Mcast.mcastGetLoop(fd));
            Mcast.mcastSetIf(fd, "lo", 0);
            assertEquals(IfIndex.ifNametoindex("lo"), Mcast.mcastGetIf(fd), "chosen by name, read as an index");
            Mcast.mcastSetIf(fd, null, 0);
            assertEquals(0, Mcast.mcastGetIf(fd), "INADDR_ANY undoes the choice");
            Mcast.mcastSetIf(fd, null, IfIndex.ifNametoindex("lo"));
            assertEquals(IfIndex.ifNametoindex("lo"), Mcast.mcastGetIf(fd), "chosen by index");
        } finally {
            Sys.close(fd);
        }
    }

    @Test
    void ipv6TtlLoopAndInterfaceReadBackWhatWasSet() {
        Need.ipv6Loopback();
        int fd = Sys.socket(AF_INET6, SOCK_DGRAM, 0);
        try {
            Mcast.mcastSetTtl(fd, 7);
            Mcast.mcastSetLoop(fd, 0);
            Mcast.mcastSetIf(fd, "lo", 0);
            assertEquals(7, Mcast.mcastGetTtl(fd));
            assertEquals(0, Mcast.mcastGetLoop(fd));
            assertEquals(IfIndex.ifNametoindex("lo"), Mcast.mcastGetIf(fd));
            ErrnoException none = fails(() -> Mcast.mcastSetIf(fd, null, 0));
            assertTrue(none.is(Errno.EINVAL), "IPv6 needs a name or an index: " + none);
        } finally {
            Sys.close(fd);
        }
    }

    /**
     * Joins on lo by name, then by index: the same membership (EADDRINUSE). Leaving is not shown
     * here: Linux's IP_DROP_MEMBERSHIP with no interface (the book's mcast_leave) leaves the
     * membership on the interface the group's route goes out of, which on this machine need not
     * be lo; the lab tests leave what they joined on the routed interface.
     */
    @Test
    void joinOnLoopbackByNameAndByIndexIsTheSameMembership() {
        int fd = Sys.socket(AF_INET, SOCK_DGRAM, 0);
        try {
            SockAddr g = group(AF_INET, "239.255.7.7");
            Mcast.mcastJoin(fd, g, "lo", 0);
            ErrnoException twice = fails(() -> Mcast.mcastJoin(fd, g, null, IfIndex.ifNametoindex("lo")));
            assertTrue(twice.is(Errno.EADDRINUSE), "joined already: " + twice);
        } finally {
            Sys.close(fd);
        }
    }

    @Test
    void theBooksErrnoValuesForWhatDoesNotExist() {
        int fd = Sys.socket(AF_INET, SOCK_DGRAM, 0);
        int fd6 = Sys.socket(AF_INET6, SOCK_DGRAM, 0);
        int unix = Sys.socket(AF_UNIX, SOCK_DGRAM, 0);
        try {
            SockAddr g = group(AF_INET, "239.255.7.8");
            assertTrue(fails(() -> Mcast.mcastJoin(fd, g, "nosuch0", 0)).is(Errno.ENODEV), "SIOCGIFADDR's answer");
            assertTrue(fails(() -> Mcast.mcastJoin(fd, g, null, 999_999)).is(Errno.ENXIO), "index not found");
            assertTrue(fails(() -> Mcast.mcastSetIf(fd, null, 999_999)).is(Errno.ENXIO));
            assertTrue(fails(() -> Mcast.mcastSetIf(fd6, "nosuch0", 0)).is(Errno.ENXIO), "IPv6 name not found");
            assertTrue(fails(() -> Mcast.mcastSetTtl(unix, 1)).is(Errno.EPROTONOSUPPORT));
            assertTrue(fails(() -> Mcast.mcastGetLoop(unix)).is(Errno.EPROTONOSUPPORT));
            assertTrue(fails(() -> Mcast.mcastJoin(fd, new io.unp.net.SockaddrUn(), null, 0)).is(Errno.EPROTONOSUPPORT));
            assertEquals(Errno.EPROTONOSUPPORT.code(), Sys.errno(), "errno is set, as C's");
            ErrnoException unicast = fails(() -> Mcast.mcastJoin(fd, group(AF_INET, "127.0.0.1"), null, 0));
            assertTrue(unicast.is(Errno.EINVAL), "not a group: " + unicast);
        } finally {
            Sys.close(fd);
            Sys.close(fd6);
            Sys.close(unix);
        }
    }
}
