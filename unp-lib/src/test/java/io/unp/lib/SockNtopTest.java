package io.unp.lib;

import static io.unp.lib.SockNtop.sockNtop;
import static io.unp.lib.SockNtop.sockNtopHost;
import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unp.net.Inet;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.net.SockaddrStorage;
import io.unp.net.SockaddrUn;
import io.unp.abi.Constants;
import io.unp.sys.Sys;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** sock_ntop and sock_ntop_host print what the second edition's C prints. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SockNtopTest {

    @Test
    void ipv4AddressThenADotThenThePort() {
        SockaddrIn sin = new SockaddrIn();
        sin.sinPort(htons(9877));
        sin.sinAddr(htonl(Constants.INADDR_LOOPBACK));
        assertEquals("127.0.0.1.9877", sockNtop(sin));
        assertEquals("127.0.0.1", sockNtopHost(sin));
    }

    @Test
    void noPortWhenThePortIsZero() {
        SockaddrIn sin = new SockaddrIn();
        assertEquals("0.0.0.0", sockNtop(sin));
        SockaddrIn6 sin6 = new SockaddrIn6();
        assertEquals("::", sockNtop(sin6));
    }

    @Test
    void ipv6AddressThenADotThenThePort() {
        SockaddrIn6 sin6 = new SockaddrIn6();
        Inet.inetPton(Constants.AF_INET6, "::1", sin6);
        sin6.sin6Port(htons(9877));
        assertEquals("::1.9877", sockNtop(sin6));
        assertEquals("::1", sockNtopHost(sin6));
        Inet.inetPton(Constants.AF_INET6, "::ffff:10.1.2.3", sin6);
        sin6.setPort(13);
        assertEquals("::ffff:10.1.2.3.13", sockNtop(sin6));
        Inet.inetPton(Constants.AF_INET6, "fe80::2a0:c9ff:fe1e:4b2a", sin6);
        sin6.setPort(65535);
        assertEquals("fe80::2a0:c9ff:fe1e:4b2a.65535", sockNtop(sin6));
    }

    @Test
    void worksOnAStorageFilledByTheKernel() {
        try (Fds fds = new Fds()) {
            int fd = fds.socket(Constants.AF_INET, Constants.SOCK_STREAM);
            SockaddrIn sin = new SockaddrIn();
            sin.sinAddr(htonl(Constants.INADDR_LOOPBACK));
            Sys.bind(fd, sin);
            SockaddrStorage ss = new SockaddrStorage();
            Sys.getsockname(fd, ss);
            assertEquals("127.0.0.1." + ss.portHost(), sockNtop(ss));
            assertEquals("127.0.0.1", sockNtopHost(ss));
        }
    }

    @Test
    void unixDomainPathOrNoPathnameBound() {
        assertEquals("/tmp/unix.str", sockNtop(SockaddrUn.of("/tmp/unix.str")));
        assertEquals("/tmp/unix.str", sockNtopHost(SockaddrUn.of("/tmp/unix.str")));
        assertEquals("(no pathname bound)", sockNtop(new SockaddrUn()));
        try (Fds fds = new Fds()) {
            int[] sv = fds.socketpair();
            SockaddrStorage ss = new SockaddrStorage();
            Sys.getsockname(sv[0], ss);
            assertEquals(2, ss.len(), "an unbound AF_UNIX socket has just a family");
            assertEquals("(no pathname bound)", sockNtop(ss));
            assertEquals("(no pathname bound)", sockNtopHost(ss));
        }
    }

    @Test
    void unknownFamilyIsNamedWithItsNumberAndLength() {
        SockaddrStorage ss = new SockaddrStorage();
        ss.setFamily(Constants.AF_NETLINK);
        ss.setLen(12);
        assertEquals("sock_ntop: unknown AF_xxx: 16, len 12", sockNtop(ss));
        assertEquals("sock_ntop_host: unknown AF_xxx: 16, len 12", sockNtopHost(ss));
    }

    @Test
    void aLinkLevelAddressWithoutANamePrintsItsIndexAsTheBookPrintsSockaddrDl() {
        SockaddrStorage ss = new SockaddrStorage();
        ss.setFamily(Constants.AF_PACKET); // Linux's sockaddr_ll, the book's AF_LINK
        ss.setLen(20);
        assertEquals("AF_LINK, index=0", sockNtop(ss));
    }
}
