package io.unp.lib;

import static io.unp.lib.SockFuncs.isfdtype;
import static io.unp.lib.SockFuncs.sockBindWild;
import static io.unp.lib.SockFuncs.sockCmpAddr;
import static io.unp.lib.SockFuncs.sockCmpPort;
import static io.unp.lib.SockFuncs.sockGetPort;
import static io.unp.lib.SockFuncs.sockSetAddr;
import static io.unp.lib.SockFuncs.sockSetPort;
import static io.unp.lib.SockFuncs.sockSetWild;
import static io.unp.lib.SockFuncs.sockfdToFamily;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.AF_UNIX;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.net.SockaddrStorage;
import io.unp.net.SockaddrUn;
import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import io.unp.testkit.Need;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The book's sock_* helpers, sockfd_to_family and isfdtype. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SockFuncsTest {
    private static SockaddrIn in(int a, int b, int c, int d, int port) {
        return SockaddrIn.of(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d}, port);
    }

    @Test
    void sockBindWildReturnsTheEphemeralPortInNetworkOrder() {
        try (Fds fds = new Fds()) {
            int fd = fds.socket(AF_INET, SOCK_DGRAM);
            int port = sockBindWild(fd, AF_INET);
            SockaddrStorage ss = new SockaddrStorage();
            Sys.getsockname(fd, ss);
            assertNotEquals(0, ss.portHost());
            assertEquals(htons(ss.portHost()), port);
            assertEquals(ss.asIn().sinPort(), port, "what C's sin.sin_port holds");
            assertArrayEquals(new byte[4], ss.asIn().addressBytes(), "bound to INADDR_ANY");
        }
    }

    @Test
    void sockBindWildIpv6() {
        Need.ipv6Loopback();
        try (Fds fds = new Fds()) {
            int fd = fds.socket(AF_INET6, SOCK_STREAM);
            int port = sockBindWild(fd, AF_INET6);
            SockaddrStorage ss = new SockaddrStorage();
            Sys.getsockname(fd, ss);
            assertEquals(AF_INET6, ss.family());
            assertEquals(htons(ss.portHost()), port);
            assertArrayEquals(new byte[16], ss.asIn6().addressBytes());
        }
    }

    @Test
    void sockBindWildOnAnUnknownFamilyReturnsMinusOne() {
        try (Fds fds = new Fds()) {
            assertEquals(-1, sockBindWild(fds.socket(AF_INET, SOCK_STREAM), AF_UNIX));
        }
    }

    @Test
    void sockCmpAddrComparesAddressesOnly() {
        assertEquals(0, sockCmpAddr(in(10, 0, 0, 1, 80), in(10, 0, 0, 1, 9877)));
        assertNotEquals(0, sockCmpAddr(in(10, 0, 0, 1, 80), in(10, 0, 0, 2, 80)));
        assertEquals(-1, sockCmpAddr(in(10, 0, 0, 1, 80), SockaddrIn6.of(new byte[16], 80)), "families differ");
        byte[] a6 = new byte[16];
        a6[15] = 1;
        assertEquals(0, sockCmpAddr(SockaddrIn6.of(a6, 1), SockaddrIn6.of(a6.clone(), 2)));
        assertNotEquals(0, sockCmpAddr(SockaddrIn6.of(a6, 1), SockaddrIn6.of(new byte[16], 1)));
        assertEquals(0, sockCmpAddr(SockaddrUn.of("/tmp/a"), SockaddrUn.of("/tmp/a")));
        assertNotEquals(0, sockCmpAddr(SockaddrUn.of("/tmp/a"), SockaddrUn.of("/tmp/b")));
        SockaddrStorage s1 = new SockaddrStorage();
        s1.copyFrom(in(10, 0, 0, 1, 1));
        assertEquals(0, sockCmpAddr(s1, in(10, 0, 0, 1, 2)), "a storage compares like the typed view");
    }

    /** 0 for the same port as memcmp-style; the C returns the result of == (1 when equal). */
    @Test
    void sockCmpPortComparesPortsOnly() {
        assertEquals(0, sockCmpPort(in(10, 0, 0, 1, 80), in(10, 0, 0, 2, 80)));
        assertNotEquals(0, sockCmpPort(in(10, 0, 0, 1, 80), in(10, 0, 0, 1, 81)));
        assertEquals(-1, sockCmpPort(in(10, 0, 0, 1, 80), SockaddrIn6.of(new byte[16], 80)));
        assertEquals(-1, sockCmpPort(SockaddrUn.of("/a"), SockaddrUn.of("/a")));
        assertEquals(0, sockCmpPort(SockaddrIn6.of(new byte[16], 7), SockaddrIn6.of(new byte[16], 7)));
    }

    @Test
    void sockGetPortAndSockSetPortUseNetworkOrder() {
        SockaddrIn sin = in(1, 2, 3, 4, 9877);
        assertEquals(htons(9877), sockGetPort(sin));
        sockSetPort(sin, htons(13));
        assertEquals(13, sin.port());
        assertEquals(htons(13), sin.sinPort());
        SockaddrIn6 sin6 = new SockaddrIn6();
        sockSetPort(sin6, htons(443));
        assertEquals(443, sin6.port());
        assertEquals(htons(443), sockGetPort(sin6));
        assertEquals(-1, sockGetPort(SockaddrUn.of("/x")));
    }

    @Test
    void sockSetAddrAndSockSetWild() {
        SockaddrIn sin = in(0, 0, 0, 0, 80);
        sockSetAddr(sin, new byte[] {(byte) 192, (byte) 168, 1, 1});
        assertArrayEquals(new byte[] {(byte) 192, (byte) 168, 1, 1}, sin.addressBytes());
        assertEquals(80, sin.port(), "the port is untouched");
        sockSetWild(sin);
        assertArrayEquals(new byte[4], sin.addressBytes());
        assertEquals(80, sin.port());

        byte[] a6 = new byte[16];
        a6[0] = (byte) 0xfe;
        a6[15] = 9;
        SockaddrIn6 sin6 = SockaddrIn6.of(new byte[16], 80);
        sockSetAddr(sin6, a6);
        assertArrayEquals(a6, sin6.addressBytes());
        sockSetWild(sin6);
        assertArrayEquals(new byte[16], sin6.addressBytes());
        assertEquals(80, sin6.port());
        assertEquals(16, sin.len());
    }

    @Test
    void sockfdToFamilyAsksTheKernel() throws Exception {
        try (Fds fds = new Fds()) {
            assertEquals(AF_INET, sockfdToFamily(fds.socket(AF_INET, SOCK_STREAM)));
            assertEquals(AF_INET6, sockfdToFamily(fds.socket(AF_INET6, SOCK_DGRAM)));
            assertEquals(AF_UNIX, sockfdToFamily(fds.socketpair()[0]));
            int[] p = fds.pipe();
            ErrnoException e = assertThrows(ErrnoException.class, () -> sockfdToFamily(p[0]));
            assertEquals(Errno.ENOTSOCK, e.errno());
            assertEquals("getsockname", e.call());
        }
    }

    @Test
    void isfdtypeTellsASocketFromAPipe() {
        try (Fds fds = new Fds()) {
            int sock = fds.socket(AF_INET, SOCK_STREAM);
            assertEquals(1, isfdtype(sock, Constants.S_IFSOCK));
            assertEquals(1, isfdtype(fds.socketpair()[1], Constants.S_IFSOCK));
            int[] p = fds.pipe();
            assertEquals(0, isfdtype(p[0], Constants.S_IFSOCK));
            assertEquals(1, isfdtype(p[0], Constants.S_IFIFO));
            assertEquals(0, isfdtype(sock, Constants.S_IFREG));
        }
    }

    @Test
    void isfdtypeOfARegularFile() throws Exception {
        Path f = Files.createTempFile("unp-isfdtype", ".txt");
        try (java.io.FileInputStream in = new java.io.FileInputStream(f.toFile())) {
            int fd = fdOf(f); // the number the JDK opened it under, found through /proc
            Need.that(fd >= 0, "needs /proc/self/fd to find the file's descriptor");
            assertEquals(0, isfdtype(fd, Constants.S_IFSOCK));
            assertEquals(1, isfdtype(fd, Constants.S_IFREG));
        } finally {
            Files.delete(f);
        }
    }

    private static int fdOf(Path file) throws Exception {
        try (var list = Files.list(Path.of("/proc/self/fd"))) {
            for (Path p : (Iterable<Path>) list::iterator) {
                try {
                    if (Files.readSymbolicLink(p).equals(file.toRealPath())) {
                        return Integer.parseInt(p.getFileName().toString());
                    }
                } catch (java.io.IOException e) {
                    // a descriptor closed meanwhile
                }
            }
        }
        return -1;
    }

    @Test
    void isfdtypeOfAClosedDescriptorFailsWithEbadf() {
        int fd;
        try (Fds fds = new Fds()) {
            fd = fds.socketpair()[0];
        }
        ErrnoException e = assertThrows(ErrnoException.class, () -> isfdtype(fd, Constants.S_IFSOCK));
        assertEquals(Errno.EBADF, e.errno());
    }
}
