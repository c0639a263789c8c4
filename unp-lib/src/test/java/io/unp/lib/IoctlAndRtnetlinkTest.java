package io.unp.lib;

import static io.unp.abi.Constants.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Errno;
import io.unp.net.IfReq;
import io.unp.net.Ioctls;
import io.unp.net.IntRef;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The typed ioctls and the rtnetlink conversation against this machine's kernel, read-only
 * (loopback's flags, an error for an interface that does not exist, a socketpair's byte count):
 * nothing here changes an interface or a route or sends a packet.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class IoctlAndRtnetlinkTest {

    @Test
    void fionreadCountsWaitingBytesAndFionbioMakesTheSocketNonblocking() {
        int[] sv = new int[2];
        Sys.socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
        try {
            IntRef n = new IntRef(-1);
            Sys.ioctl(sv[1], Ioctls.FIONREAD, n);
            assertEquals(0, n.value());
            Sys.write(sv[0], new byte[] {1, 2, 3, 4, 5});
            Sys.ioctl(sv[1], Ioctls.FIONREAD, n);
            assertEquals(5, n.value());

            assertEquals(0, Sys.fcntl(sv[1], F_GETFL, 0) & O_NONBLOCK);
            Sys.ioctl(sv[1], Ioctls.FIONBIO, new IntRef(1));
            assertEquals(O_NONBLOCK, Sys.fcntl(sv[1], F_GETFL, 0) & O_NONBLOCK, "FIONBIO sets O_NONBLOCK");
            Sys.read(sv[1], new byte[5]);
            ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.read(sv[1], new byte[5]));
            assertTrue(e.is(Errno.EAGAIN), e.getMessage());
        } finally {
            Sys.close(sv[0]);
            Sys.close(sv[1]);
        }
    }

    @Test
    void siocatmarkOnATcpSocketAndAnUnknownRequest() {
        int fd = Sys.socket(AF_INET, SOCK_STREAM, 0);
        try {
            IntRef mark = new IntRef(7);
            Sys.ioctl(fd, Ioctls.SIOCATMARK, mark);
            assertEquals(0, mark.value(), "no urgent data: not at the mark");
            ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.ioctl(fd, 0x40047301, new byte[4]));
            assertTrue(e.is(Errno.ENOTTY), e.getMessage());
            assertEquals(Errno.ENOTTY.code(), Sys.errno());
        } finally {
            Sys.close(fd);
        }
    }

    @Test
    void interfaceRequestsByName() {
        int fd = Sys.socket(AF_INET, SOCK_DGRAM, 0);
        try {
            IfReq ifr = new IfReq("lo");
            Sys.ioctl(fd, Ioctls.SIOCGIFFLAGS, ifr);
            assertEquals(IFF_LOOPBACK, ifr.ifrFlags() & IFF_LOOPBACK);
            assertEquals("lo", ifr.ifrName());
            IfReq idx = new IfReq("lo");
            Sys.ioctl(fd, Ioctls.SIOCGIFINDEX, idx);
            assertEquals(IfIndex.ifNametoindex("lo"), idx.ifrIfindex(), "ioctl and rtnetlink agree");
            ErrnoException e = assertThrows(ErrnoException.class,
                    () -> Sys.ioctl(fd, Ioctls.SIOCGIFFLAGS, new IfReq("nosuch-unp0")));
            assertTrue(e.is(Errno.ENODEV), e.getMessage());
            assertEquals("ifreq[0123456789abcde]", new IfReq("0123456789abcdefXYZ").toString(),
                    "a name is cut to IFNAMSIZ-1 bytes");
        } finally {
            Sys.close(fd);
        }
    }

    @Test
    void rtnetlinkDumpsQueriesAndTurnsAnErrorAnswerIntoErrno() {
        try (Rtnetlink rt = Rtnetlink.open()) {
            assertNotEquals(0, rt.pid(), "the kernel gave the socket a port id");
            List<RtMsg> links = rt.dump(RTM_GETLINK, RtMsg.ifinfomsg(AF_UNSPEC, 0));
            assertTrue(links.stream().anyMatch(m -> "lo".equals(m.attrString(IFLA_IFNAME))), links.toString());
            RtMsg lo = rt.query(RTM_GETLINK, RtMsg.ifinfomsg(AF_UNSPEC, IfIndex.ifNametoindex("lo")));
            assertEquals(RTM_NEWLINK, lo.nlmsgType());
            assertEquals("lo", lo.attrString(IFLA_IFNAME));
            ErrnoException e = assertThrows(ErrnoException.class,
                    () -> rt.query(RTM_GETLINK, RtMsg.ifinfomsg(AF_UNSPEC, 888888)));
            assertTrue(e.is(Errno.ENODEV), e.getMessage());
            assertEquals("RTM_GETLINK: No such device", e.getMessage());
            assertEquals(Errno.ENODEV.code(), Sys.errno());
        }
        assertNull(IfIndex.ifIndextoname(888888));
        assertEquals(0, IfIndex.ifNametoindex(""));
        assertNull(NetRtIflist.netRtIflist(0, 888888));
        assertEquals(Errno.ENODEV.code(), Sys.errno(), "net_rt_iflist returns NULL with errno set, as C");
    }

    @Test
    void sysctlReadsProcSys() throws Exception {
        String file = Files.readString(ProcSys.path("net.core.somaxconn")).trim();
        assertEquals(file, ProcSys.sysctl("net.core.somaxconn"));
        assertNull(ProcSys.sysctl("net.inet.udp.checksum"), "BSD's name has no Linux file");
        assertEquals(Errno.ENOENT.code(), Sys.errno());
        assertNull(ProcSys.sysctl("../../etc/passwd"));
    }
}
