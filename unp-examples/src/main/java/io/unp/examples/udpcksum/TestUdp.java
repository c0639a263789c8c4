package io.unp.examples.udpcksum;

import static io.unp.lib.Err.quit;

import io.unp.lib.Stdio;
import io.unp.net.IpHdr;
import io.unp.net.UdpHdr;

/**
 * udpcksum/udpcksum.c (figures 26.13-26.17): {@code send_dns_query} builds a DNS query for
 * the A record of a.root-servers.net and writes it; {@code test_udp} sends it and waits for
 * the reply, resending after 3, 6 and 12 seconds, then reports the reply's UDP checksum.
 */
final class TestUdp {
    private TestUdp() {}

    /** send_dns_query: a 36-byte query (header, one question) behind room for the headers. */
    static void sendDnsQuery() {
        byte[] buf = new byte[IpHdr.SIZE + UdpHdr.SIZE + 100];
        int p = IpHdr.SIZE + UdpHdr.SIZE; // leave room for IP/UDP headers
        p = put16(buf, p, 1234); // identification
        p = put16(buf, p, 0x0); // flags
        p = put16(buf, p, 1); // #questions
        p = put16(buf, p, 0); // #answer RRs
        p = put16(buf, p, 0); // #authority RRs
        p = put16(buf, p, 0); // #additional RRs
        byte[] name = "\001a\014root-servers\003net\000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        System.arraycopy(name, 0, buf, p, name.length);
        p += name.length;
        p = put16(buf, p, 1); // query type = A
        put16(buf, p, 1); // query class = 1 (IP addr)

        int nbytes = 36;
        UdpWrite.udpWrite(buf, nbytes);
        if (Udpcksum.verbose != 0) {
            Stdio.printf("sent: %d bytes of data\n", nbytes);
        }
    }

    private static int put16(byte[] b, int p, int v) {
        b[p] = (byte) (v >>> 8);
        b[p + 1] = (byte) v;
        return p + 2;
    }

    /**
     * test_udp: the C arms alarm(timeout) around udp_read and siglongjmps back on SIGALRM; here
     * udp_read itself waits at most {@code timeout} seconds. Same sequence: send, wait 3 s,
     * "timeout", send, wait 6 s, "timeout", send, wait 12 s, "no response".
     */
    static void testUdp() {
        int nsent = 0;
        int timeout = 3;
        UdpHdr ui;
        for (;;) {
            sendDnsQuery();
            nsent++;
            ui = UdpRead.udpRead(timeout * 1000L);
            if (ui != null) {
                break;
            }
            if (nsent >= 3) {
                throw quit("no response");
            }
            Stdio.printf("timeout\n");
            timeout *= 2; // exponential backoff: 3, 6, 12
        }

        if (ui.uhSum() == 0) {
            Stdio.printf("UDP checksums off\n");
        } else {
            Stdio.printf("UDP checksums on\n");
        }
        if (Udpcksum.verbose != 0) {
            Stdio.printf("recevied UDP checksum = %x\n", ui.uhSum());
        }
    }
}
