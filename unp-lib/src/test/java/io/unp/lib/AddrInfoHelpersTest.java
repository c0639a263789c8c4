package io.unp.lib;

import static io.unp.abi.Constants.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.net.AddrInfo;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.net.SockaddrStorage;
import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.GaiException;
import io.unp.sys.Sys;
import io.unp.testkit.Need;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The chapter 11 helpers on loopback with numeric hosts and ephemeral ports: tcp_listen +
 * tcp_connect, udp_server + udp_client / udp_connect, host_serv; and the capitalized
 * wrappers' messages and exit status from a child JVM, as a user of a book program sees them.
 */
@Timeout(60)
class AddrInfoHelpersTest {
    private final List<Integer> fds = new ArrayList<>();

    private int track(int fd) {
        fds.add(fd);
        return fd;
    }

    @AfterEach
    void closeAll() {
        for (int fd : fds) {
            try {
                Sys.close(fd);
            } catch (ErrnoException e) {
                // already closed
            }
        }
    }

    private static int port(int fd) {
        SockAddr sa = new SockaddrStorage();
        Sys.getsockname(fd, sa);
        return sa.portHost();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private void roundTrip(int a, int b) {
        Sys.write(a, bytes("hello\n"));
        byte[] buf = new byte[64];
        int n = Sys.read(b, buf);
        assertEquals("hello\n", new String(buf, 0, n, StandardCharsets.US_ASCII));
    }

    @Test
    void tcpListenAndTcpConnectMeetOnIpv4Loopback() {
        int[] addrlen = new int[1];
        int listenfd = track(TcpListen.tcpListen("127.0.0.1", "0", addrlen));
        assertEquals(SockaddrIn.SIZE, addrlen[0]);
        assertEquals(1, Sys.getsockoptInt(listenfd, SOL_SOCKET, SO_REUSEADDR), "tcp_listen sets SO_REUSEADDR");
        int sockfd = track(TcpConnect.tcpConnect("127.0.0.1", String.valueOf(port(listenfd))));
        SockAddr cli = new SockaddrStorage();
        int connfd = track(Sys.accept(listenfd, cli));
        assertEquals(AF_INET, cli.family());
        roundTrip(sockfd, connfd);
        roundTrip(connfd, sockfd);
    }

    @Test
    void tcpListenWithoutHostTakesTheFirstWildcardAndAnIpv6HostGivesAnIpv6Socket() {
        int[] addrlen = new int[1];
        int wild = track(TcpListen.TcpListen(null, "0", addrlen));
        List<AddrInfo> order = Sys.getaddrinfo(null, "0", AddrInfo.hints(AI_PASSIVE, AF_UNSPEC, SOCK_STREAM));
        SockAddr bound = new SockaddrStorage();
        Sys.getsockname(wild, bound);
        assertEquals(order.get(0).aiFamily(), bound.family(), "the first answer that binds wins");
        assertEquals(order.get(0).aiAddrlen(), addrlen[0]);
        Need.ipv6Loopback();
        int six = track(TcpListen.tcpListen("::1", "0", addrlen));
        assertEquals(SockaddrIn6.SIZE, addrlen[0]);
        int sockfd = track(TcpConnect.tcpConnect("::1", String.valueOf(port(six))));
        int connfd = track(Sys.accept(six, null));
        roundTrip(sockfd, connfd);
    }

    @Test
    void tcpConnectThrowsTheLastConnectErrorAndGaiErrors() {
        // a bound socket that does not listen: connect is refused
        int bound = track(Sys.socket(AF_INET, SOCK_STREAM, 0));
        Sys.bind(bound, SockaddrIn.of(new byte[] {127, 0, 0, 1}, 0));
        ErrnoException e = assertThrows(ErrnoException.class,
                () -> TcpConnect.tcpConnect("127.0.0.1", String.valueOf(port(bound))));
        assertTrue(e.is(Errno.ECONNREFUSED), e.getMessage());
        assertEquals(Errno.ECONNREFUSED.code(), Sys.errno());
        GaiException g = assertThrows(GaiException.class, () -> TcpConnect.tcpConnect("127.0.0.1", "nosuchservice"));
        assertEquals(EAI_SERVICE, g.code());
    }

    @Test
    void udpServerAndUdpClientExchangeADatagram() {
        int[] addrlen = new int[1];
        int servfd = track(UdpServer.udpServer("127.0.0.1", "0", addrlen));
        assertEquals(SockaddrIn.SIZE, addrlen[0]);
        assertEquals(0, Sys.getsockoptInt(servfd, SOL_SOCKET, SO_REUSEADDR), "udp_server leaves SO_REUSEADDR off");
        SockAddr sa = new SockaddrStorage();
        int[] lenp = new int[1];
        int clifd = track(UdpClient.udpClient("127.0.0.1", String.valueOf(port(servfd)), sa, lenp));
        assertEquals(SockaddrIn.SIZE, lenp[0]);
        assertEquals(SockaddrIn.SIZE, sa.len());
        assertEquals(port(servfd), sa.portHost());
        assertArrayEquals(new byte[] {127, 0, 0, 1}, sa.asIn().addressBytes());
        // udp_client's socket is not connected: connecting it to the address it filled in reaches the server
        SockAddr peer = new SockaddrStorage();
        assertThrows(ErrnoException.class, () -> Sys.getpeername(clifd, peer));
        Sys.connect(clifd, sa);
        roundTrip(clifd, servfd);
        // too small an address structure is refused, and the socket is not leaked
        assertThrows(IllegalArgumentException.class,
                () -> UdpClient.udpClient("::1", "13", new SockaddrIn()));
    }

    @Test
    void udpConnectGivesAConnectedSocketThatSeesIcmpErrors() {
        int servfd = track(UdpServer.udpServer("127.0.0.1", "0", null));
        int clifd = track(UdpConnect.udpConnect("127.0.0.1", String.valueOf(port(servfd))));
        SockAddr peer = new SockaddrStorage();
        Sys.getpeername(clifd, peer);
        assertEquals(port(servfd), peer.portHost());
        roundTrip(clifd, servfd);
        // section 8.11: once nobody listens, the connected socket gets ECONNREFUSED
        int gonePort = port(servfd);
        Sys.close(servfd);
        fds.remove(Integer.valueOf(servfd));
        int lonely = track(UdpConnect.udpConnect("127.0.0.1", String.valueOf(gonePort)));
        Sys.write(lonely, bytes("x"));
        ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.read(lonely, new byte[8]));
        assertTrue(e.is(Errno.ECONNREFUSED), e.getMessage());
    }

    @Test
    void hostServAsksForTheCanonicalNameAndReturnsNullOnFailure() {
        List<AddrInfo> answers = HostServ.hostServ("127.0.0.1", "daytime", AF_INET, SOCK_DGRAM);
        assertEquals(1, answers.size());
        assertEquals("127.0.0.1", answers.get(0).aiCanonname());
        assertEquals(13, answers.get(0).aiAddr().portHost());
        assertEquals(IPPROTO_UDP, answers.get(0).aiProtocol());
        assertNull(HostServ.hostServ("127.0.0.1", "nosuchservice", AF_INET, SOCK_DGRAM));
        assertNull(HostServ.hostServ(null, null, AF_UNSPEC, 0));
    }

    private static ChildJvm.Result child(String... args) throws Exception {
        return ChildJvm.run(ChildJvm.javaCommand(AddrInfoChild.class, args));
    }

    private static void assertFails(String stderr, ChildJvm.Result r) {
        assertEquals(stderr + "\n", r.err());
        assertEquals(1, r.status());
        assertEquals("", r.out());
    }

    @Test
    void wrappersEndTheProgramWithTheBooksMessages() throws Exception {
        int bound = track(Sys.socket(AF_INET, SOCK_STREAM, 0));
        Sys.bind(bound, SockaddrIn.of(new byte[] {127, 0, 0, 1}, 0));
        String refused = String.valueOf(port(bound));
        assertFails("tcp_connect error for 127.0.0.1, " + refused + ": Connection refused",
                child("tcp_connect", "127.0.0.1", refused));
        assertFails("tcp_connect error for 127.0.0.1, nosuchservice: Servname not supported for ai_socktype",
                child("tcp_connect", "127.0.0.1", "nosuchservice"));
        // C's printf shows a NULL host as "(null)"
        assertFails("tcp_listen error for (null), nosuchservice: Servname not supported for ai_socktype",
                child("tcp_listen-null", "nosuchservice"));
        assertFails("udp_client error for 127.0.0.1, -1: Servname not supported for ai_socktype",
                child("udp_client", "127.0.0.1", "-1"));
        assertFails("udp_connect error for 127.0.0.1, da ytime: Servname not supported for ai_socktype",
                child("udp_connect", "127.0.0.1", "da ytime"));
        assertFails("host_serv error for (no hostname), (no service name): Name or service not known",
                child("host_serv-null"));
        ChildJvm.Result twice = child("udp_server-twice", "127.0.0.1");
        assertEquals(1, twice.status());
        assertTrue(twice.err().matches("udp_server error for 127\\.0\\.0\\.1, \\d+: Address already in use\n"),
                twice.err());
    }
}
