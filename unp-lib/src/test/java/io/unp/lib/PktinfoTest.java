package io.unp.lib;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unp.net.In6Pktinfo;
import io.unp.net.InPktinfo;
import io.unp.net.Inet;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.net.SockaddrStorage;
import io.unp.sys.Sys;
import io.unp.testkit.Need;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Packet information on loopback (section 20.8 and Linux's IP_PKTINFO): a wildcard socket learns
 * each datagram's destination address and interface, and a reply sent with a chosen source
 * address arrives from it. (The lesson with two addresses on a host of the lab network is in
 * unp-tests' Chapter20AdvancedUdpTest.)
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PktinfoTest {
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);

    @Test
    void ipv4DestinationInterfaceAndChosenSource() {
        int server = Sys.socket(AF_INET, SOCK_DGRAM, 0);
        int client = Sys.socket(AF_INET, SOCK_DGRAM, 0);
        try {
            SockaddrIn wild = new SockaddrIn();
            Sys.bind(server, wild);
            SockaddrIn bound = new SockaddrIn();
            Sys.getsockname(server, bound);
            Pktinfo.setRecvPktinfo(server);

            SockaddrIn to = new SockaddrIn();
            Inet.inetPton(AF_INET, "127.0.0.3", to); // any 127/8 address is this host's
            to.setPort(bound.port());
            Sys.sendto(client, HELLO, 0, HELLO.length, 0, to);

            byte[] buf = new byte[100];
            SockAddr from = new SockaddrStorage();
            InPktinfo p4 = new InPktinfo();
            In6Pktinfo p6 = new In6Pktinfo();
            assertEquals(5, Pktinfo.recvPktinfo(server, buf, buf.length, from, p4, p6));
            assertArrayEquals(new byte[] {127, 0, 0, 3}, p4.ipiAddr());
            assertEquals(IfIndex.ifNametoindex("lo"), p4.ipiIfindex());
            assertArrayEquals(new byte[16], p6.ipi6Addr(), "no IPv6 information for an IPv4 datagram");

            // the reply from the address the client sent to
            assertEquals(5, Pktinfo.sendPktinfo(server, buf, 5, from, p4.ipiAddr(), 0));
            SockaddrIn replier = new SockaddrIn();
            assertEquals(5, Sys.recvfrom(client, buf, 0, buf.length, 0, replier));
            assertEquals("127.0.0.3", SockNtop.sockNtopHost(replier));
        } finally {
            Sys.close(server);
            Sys.close(client);
        }
    }

    @Test
    void ipv6DestinationInterfaceAndChosenSource() {
        Need.ipv6Loopback();
        int server = Sys.socket(AF_INET6, SOCK_DGRAM, 0);
        int client = Sys.socket(AF_INET6, SOCK_DGRAM, 0);
        try {
            SockaddrIn6 wild = new SockaddrIn6();
            Sys.bind(server, wild);
            SockaddrIn6 bound = new SockaddrIn6();
            Sys.getsockname(server, bound);
            Pktinfo.setRecvPktinfo(server);

            SockaddrIn6 to = new SockaddrIn6();
            Inet.inetPton(AF_INET6, "::1", to);
            to.setPort(bound.port());
            Sys.sendto(client, HELLO, 0, HELLO.length, 0, to);

            byte[] buf = new byte[100];
            SockAddr from = new SockaddrStorage();
            In6Pktinfo p6 = new In6Pktinfo();
            assertEquals(5, Pktinfo.recvPktinfo(server, buf, buf.length, from, null, p6));
            byte[] loopback = new byte[16];
            loopback[15] = 1;
            assertArrayEquals(loopback, p6.ipi6Addr());
            assertEquals(IfIndex.ifNametoindex("lo"), p6.ipi6Ifindex());

            assertEquals(5, Pktinfo.sendPktinfo(server, buf, 5, from, p6.ipi6Addr(), p6.ipi6Ifindex()));
            SockaddrIn6 replier = new SockaddrIn6();
            assertEquals(5, Sys.recvfrom(client, buf, 0, buf.length, 0, replier));
            assertEquals("::1", SockNtop.sockNtopHost(replier));
        } finally {
            Sys.close(server);
            Sys.close(client);
        }
    }
}
