package io.unp.examples.udpcksum;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.lib.SockNtop.SockNtopHost;

import io.unp.lib.Err;
import io.unp.lib.Pcap;
import io.unp.lib.Stdio;
import io.unp.net.Inet;
import io.unp.net.NetOrder;
import io.unp.sys.PcapException;
import io.unp.sys.Sys;

/**
 * udpcksum/pcap.c (figures 26.11, 26.12): {@code open_pcap} opens the capture (not
 * promiscuous, a 500 ms read timeout) with the filter "udp and src host DEST and src port
 * PORT"; {@code next_pcap} returns the next packet.
 */
final class PcapOps {
    private PcapOps() {}

    private static final String CMD = "udp and src host %s and src port %d";

    static void openPcap() {
        if (Udpcksum.device == null) {
            try {
                Udpcksum.device = Pcap.lookupdev();
            } catch (PcapException e) {
                throw Err.quit("pcap_lookup: %s", e.getMessage());
            }
        }
        Stdio.printf("device = %s\n", Udpcksum.device);

        // hardcode: promisc=0, to_ms=500
        try {
            Udpcksum.pd = Pcap.openLive(Udpcksum.device, Udpcksum.snaplen, false, 500);
        } catch (PcapException e) {
            throw Err.quit("pcap_open_live: %s", e.getMessage());
        }

        int[] netmask;
        try {
            netmask = Sys.pcapLookupnet(Udpcksum.device);
        } catch (PcapException e) {
            throw Err.quit("pcap_lookupnet: %s", e.getMessage());
        }
        if (Udpcksum.verbose != 0) {
            Stdio.printf("localnet = %s, netmask = %s\n", Inet.inetNtop(AF_INET, asStored(netmask[0])),
                    Inet.inetNtop(AF_INET, asStored(netmask[1])));
        }

        String cmd = String.format(CMD, SockNtopHost(Udpcksum.dest), Udpcksum.dest.portHost());
        if (Udpcksum.verbose != 0) {
            Stdio.printf("cmd = %s\n", cmd);
        }
        try {
            Udpcksum.pd.setFilter(cmd, netmask[1]);
        } catch (PcapException e) {
            throw Err.quit("%s: %s", e.call(), e.getMessage());
        }

        try {
            Udpcksum.datalink = Udpcksum.pd.datalink();
        } catch (PcapException e) {
            throw Err.quit("pcap_datalink: %s", e.getMessage());
        }
        if (Udpcksum.verbose != 0) {
            Stdio.printf("datalink = %d\n", Udpcksum.datalink);
        }
    }

    /** The 4 bytes of a {@code bpf_u_int32} as libpcap stored it (network order in memory). */
    private static byte[] asStored(int v) {
        int be = NetOrder.htonl(v); // the in-memory bytes, most significant first
        return new byte[] {(byte) (be >>> 24), (byte) (be >>> 16), (byte) (be >>> 8), (byte) be};
    }

    /**
     * {@code next_pcap}: the next packet that passes the filter, waiting at most
     * {@code timeoutMs}; null if none came. (The C loops in pcap_next until SIGALRM's
     * siglongjmp takes it out; Java cannot jump out of a native call, so the wait is bounded
     * here, in the 500 ms steps of the capture's read timeout.)
     */
    static Pcap.Packet nextPcap(long timeoutMs) {
        try {
            return Udpcksum.pd.next(timeoutMs, Udpcksum.snaplen);
        } catch (PcapException e) {
            throw Err.quit("pcap_next: %s", e.getMessage());
        }
    }
}
