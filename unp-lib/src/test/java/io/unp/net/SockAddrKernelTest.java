package io.unp.net;

import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.AF_UNIX;
import static io.unp.abi.Constants.INADDR_LOOPBACK;
import static io.unp.abi.Constants.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import io.unp.testkit.Need;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The address structures round-trip through the kernel: bind, getsockname, accept. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class SockAddrKernelTest {

    @Test
    void boundIpv4LoopbackComesBackFromGetsockname() {
        int fd = Sys.socket(AF_INET, SOCK_STREAM, 0);
        try {
            SockaddrIn sin = new SockaddrIn();
            sin.sinAddr(htonl(INADDR_LOOPBACK));
            sin.sinPort(htons(0));
            Sys.bind(fd, sin);
            SockaddrStorage ss = new SockaddrStorage();
            Sys.getsockname(fd, ss);
            assertEquals(16, ss.len());
            assertEquals(AF_INET, ss.family());
            assertEquals(AF_INET, ss.bytes()[0], "family is little-endian: low byte first");
            assertArrayEquals(new byte[] {127, 0, 0, 1}, ss.asIn().addressBytes());
            assertNotEquals(0, ss.portHost(), "the kernel chose an ephemeral port");
            assertEquals(((ss.bytes()[2] & 0xff) << 8) | (ss.bytes()[3] & 0xff), ss.portHost(), "port is big-endian");
            assertEquals(new InetSocketAddress(InetAddress.getLoopbackAddress(), ss.portHost()), ss.toSocketAddress());
        } finally {
            Sys.close(fd);
        }
    }

    @Test
    void boundIpv6LoopbackComesBackFromGetsockname() throws Exception {
        Need.ipv6Loopback();
        int fd = Sys.socket(AF_INET6, SOCK_STREAM, 0);
        try {
            SockaddrIn6 sin6 = new SockaddrIn6();
            byte[] loopback = new byte[16];
            loopback[15] = 1;
            assertEquals(1, Inet.inetPton(AF_INET6, "::1", sin6));
            assertArrayEquals(loopback, sin6.addressBytes());
            Sys.bind(fd, sin6);
            SockaddrStorage ss = new SockaddrStorage();
            Sys.getsockname(fd, ss);
            assertEquals(28, ss.len());
            assertEquals(AF_INET6, ss.family());
            SockaddrIn6 back = ss.asIn6();
            assertArrayEquals(loopback, back.addressBytes());
            assertEquals(0, back.sin6FlowInfo());
            assertEquals(0, back.sin6ScopeId());
            assertNotEquals(0, back.port());
            assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), back.port()), ss.toSocketAddress());
        } finally {
            Sys.close(fd);
        }
    }

    /** A JDK client connects to our listening socket; accept's peer address is the JDK socket's own address. */
    @Test
    void acceptFillsThePeerAddressTheJdkClientSees() throws Exception {
        int listenfd = Sys.socket(AF_INET, SOCK_STREAM, 0);
        try {
            SockaddrIn sin = new SockaddrIn();
            sin.sinAddr(htonl(INADDR_LOOPBACK));
            Sys.bind(listenfd, sin);
            Sys.listen(listenfd, 1);
            SockaddrIn bound = new SockaddrIn();
            Sys.getsockname(listenfd, bound);
            try (Socket client = new Socket()) {
                client.connect(bound.toSocketAddress(), 5000);
                SockaddrStorage peer = new SockaddrStorage();
                int connfd = Sys.accept(listenfd, peer);
                try {
                    assertEquals(16, peer.len());
                    assertEquals(client.getLocalSocketAddress(), peer.toSocketAddress());
                    assertEquals(client.getLocalPort(), peer.asIn().port());
                } finally {
                    Sys.close(connfd);
                }
            }
        } finally {
            Sys.close(listenfd);
        }
    }

    @Test
    void boundUnixPathComesBackFromGetsockname() throws Exception {
        Path dir = Files.createTempDirectory("unp-sockaddr");
        Path path = dir.resolve("s");
        int fd = Sys.socket(AF_UNIX, SOCK_STREAM, 0);
        try {
            Sys.bind(fd, SockaddrUn.of(path.toString()));
            SockaddrStorage ss = new SockaddrStorage();
            Sys.getsockname(fd, ss);
            assertEquals(AF_UNIX, ss.family());
            assertEquals(2 + path.toString().length() + 1, ss.len());
            assertEquals(path.toString(), ss.asUn().path());
            assertEquals(java.net.UnixDomainSocketAddress.of(path), ss.toSocketAddress());
        } finally {
            Sys.close(fd);
            Files.deleteIfExists(path);
            Files.delete(dir);
        }
    }

    @Test
    void theKernelReadsOnlyLenBytes() {
        int fd = Sys.socket(AF_INET, SOCK_STREAM, 0);
        try {
            SockaddrIn sin = new SockaddrIn();
            sin.sinAddr(htonl(INADDR_LOOPBACK));
            sin.setLen(15);
            ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.bind(fd, sin));
            assertEquals(Errno.EINVAL, e.errno());
        } finally {
            Sys.close(fd);
        }
    }
}
