package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.net.IpHdr;
import io.unp.net.UdpHdr;
import io.unp.sys.PcapException;
import io.unp.testkit.Need;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Datalink access through libpcap (chapter 26), on this machine's loopback only: a filtered
 * capture of datagrams the test sends to itself, the read timeout, and a savefile that
 * tcpdump reads back.
 */
class PcapTest {
    private static void needs() {
        Need.root("a packet capture (CAP_NET_RAW)");
        boolean lib = Stream.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib")
                .anyMatch(d -> Files.exists(Path.of(d, "libpcap.so.0.8")));
        Need.that(lib, "needs libpcap.so.0.8 (apt-get install libpcap0.8)");
    }

    @Test
    @Timeout(60)
    void aFilteredCaptureOnLoopbackIsWrittenAsAFileTcpdumpReads(@TempDir Path dir) throws Exception {
        needs();
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                DatagramSocket target = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                Pcap pd = Pcap.openLive("lo", 200, false, 100)) {
            int port = target.getLocalPort();
            pd.setFilter("udp and dst port " + port, 0);
            assertEquals(Pcap.DLT_EN10MB, pd.datalink(), "Linux gives lo an Ethernet header of zeros");
            Path file = dir.resolve("cap.pcap");
            try (Pcap.Dumper d = pd.dumpOpen(file.toString())) {
                for (int i = 0; i < 3; i++) {
                    byte[] msg = ("probe" + i).getBytes(StandardCharsets.US_ASCII);
                    s.send(new DatagramPacket(msg, msg.length, InetAddress.getLoopbackAddress(), port));
                    Pcap.Packet p = pd.next(5000, 200);
                    assertNotNull(p, "datagram " + i + " not captured");
                    IpHdr ip = new IpHdr(p.data(), Pcap.linkHeaderLength(Pcap.DLT_EN10MB));
                    UdpHdr udp = new UdpHdr(p.data(), ip.payloadOffset());
                    assertEquals(port, udp.uhDport());
                    assertEquals(s.getLocalPort(), udp.uhSport());
                    assertEquals("probe" + i, new String(p.data(), udp.offset() + UdpHdr.SIZE, 6, StandardCharsets.US_ASCII));
                    assertEquals(14 + 20 + 8 + 6, p.len());
                    d.dump(p);
                }
            }
            long before = System.nanoTime();
            assertNull(pd.next(300, 200), "nothing else matches the filter");
            assertTrue(System.nanoTime() - before < TimeUnit.SECONDS.toNanos(3), "the wait is bounded");
            assertTrue(pd.stats()[0] >= 3, "ps_recv counts what passed the filter");

            Need.that(Need.onPath("tcpdump"), "needs tcpdump (apt-get install tcpdump)");
            Process t = new ProcessBuilder("tcpdump", "-n", "-r", file.toString()).redirectErrorStream(true).start();
            String out = new String(t.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(t.waitFor(20, TimeUnit.SECONDS));
            assertEquals(0, t.exitValue(), out);
            List<String> lines = out.lines().filter(l -> l.contains(" IP ")).toList();
            assertEquals(3, lines.size(), out);
            for (String l : lines) {
                assertTrue(l.contains("127.0.0.1." + s.getLocalPort() + " > 127.0.0.1." + port + ": UDP, length 6"), l);
            }
            assertTrue(out.contains("link-type EN10MB"), out);
        }
    }

    @Test
    @Timeout(60)
    void anUnknownDeviceAndABadFilterGiveLibpcapsMessages() {
        needs();
        PcapException e = assertThrows(PcapException.class, () -> Pcap.openLive("nosuchdev0", 200, false, 100));
        assertEquals("pcap_open_live", e.call());
        assertTrue(e.getMessage().contains("nosuchdev0"), e.getMessage());
        try (Pcap pd = Pcap.openLive("lo", 200, false, 100)) {
            PcapException f = assertThrows(PcapException.class, () -> pd.setFilter("udp and port", 0));
            assertEquals("pcap_compile", f.call());
            assertTrue(f.getMessage().contains("syntax error"), f.getMessage());
        }
    }
}
