package io.unp.lib;

import io.unp.sys.PcapException;
import io.unp.sys.Sys;

/**
 * Datalink access through libpcap (chapter 26): a live capture on one interface with a BPF
 * filter, a read loop with a timeout, the datalink type, statistics, and savefiles that
 * {@code tcpdump -r} reads. libpcap is the system's ({@code libpcap.so.0.8}); nothing of it is
 * loaded until the first capture is opened.
 *
 * <p>On Linux libpcap captures through a {@code PF_PACKET} socket (AF_PACKET, the Linux
 * replacement for BPF and DLPI): {@code socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL))} bound to
 * an interface receives whole frames, {@code SOCK_DGRAM} receives them without the link
 * header, and a classic BPF program attached with {@code SO_ATTACH_FILTER} filters them in the
 * kernel. Like libpcap, it needs CAP_NET_RAW (root); unprivileged, {@code pcap_open_live}
 * fails with "socket: Operation not permitted".
 */
public final class Pcap implements AutoCloseable {
    /** Link-layer types ({@code <pcap/dlt.h>}) the book's udpcksum knows, and Linux's cooked capture. */
    public static final int DLT_NULL = 0;
    public static final int DLT_EN10MB = 1;
    public static final int DLT_SLIP = 8;
    public static final int DLT_PPP = 9;
    public static final int DLT_RAW = 12;
    /** Linux "cooked" capture (the "any" device): a 16-byte pseudo-header. */
    public static final int DLT_LINUX_SLL = 113;

    private long handle;
    private final int fd;
    private final io.unp.abi.PollFd[] pollfd = io.unp.abi.PollFd.array(1);

    private Pcap(long handle) {
        this.handle = handle;
        try {
            Sys.pcapSetnonblock(handle, true);
            fd = Sys.pcapGetSelectableFd(handle);
        } catch (RuntimeException e) {
            Sys.pcapClose(handle);
            throw e;
        }
    }

    /** One captured packet: the bytes captured ({@code caplen} of {@code len} on the wire) and when. */
    public record Packet(byte[] data, int caplen, int len, long tvSec, long tvUsec) {}

    /**
     * {@code pcap_open_live}: captures {@code snaplen} bytes of each packet on {@code device},
     * promiscuous or not, delivering packets at least every {@code toMs} ms.
     *
     * @throws PcapException with libpcap's message ("eth9: No such device exists ...")
     */
    public static Pcap openLive(String device, int snaplen, boolean promisc, int toMs) {
        return new Pcap(Sys.pcapOpenLive(device, snaplen, promisc ? 1 : 0, toMs));
    }

    /** {@code pcap_lookupdev}: the device libpcap picks when none is named. */
    public static String lookupdev() {
        return Sys.pcapLookupdev();
    }

    /** {@code pcap_compile} (optimized) and {@code pcap_setfilter}: only packets matching {@code expr} are read. */
    public void setFilter(String expr, int netmask) {
        Sys.pcapSetfilter(live(), expr, 1, netmask);
    }

    /** {@code pcap_datalink}: the link-layer type of the capture (DLT_EN10MB on Ethernet and on Linux's lo). */
    public int datalink() {
        return Sys.pcapDatalink(live());
    }

    /**
     * The next packet, waiting at most {@code timeoutMs} (0 or less: for ever).
     *
     * <p>On Linux, libpcap's blocking read can wait for ever however short the read timeout:
     * with TPACKET_V3 the kernel hands over a block of packets only when it is full or when
     * the timeout passes with at least one packet in it, and a blocking {@code pcap_next_ex}
     * polls with no timeout. So the capture is non-blocking ({@code pcap_setnonblock}) and this
     * waits in {@code poll} on {@code pcap_get_selectable_fd}, which a Java thread can bound.
     *
     * @return the packet, or null if none came in time
     */
    public Packet next(long timeoutMs, int snaplen) {
        byte[] buf = new byte[Math.max(snaplen, 1)];
        long[] info = new long[4];
        long end = System.nanoTime() + timeoutMs * 1_000_000L;
        for (;;) {
            int r = Sys.pcapNextEx(live(), buf, info);
            if (r == 1) {
                int caplen = (int) Math.min(info[0], buf.length);
                return new Packet(java.util.Arrays.copyOf(buf, caplen), caplen, (int) info[1], info[2], info[3]);
            }
            if (r == -2) {
                return null;
            }
            long left = timeoutMs > 0 ? (end - System.nanoTime()) / 1_000_000L : 100;
            if (left <= 0) {
                return null;
            }
            pollfd[0].fd(fd).events(io.unp.abi.Constants.POLLIN).revents(0);
            try {
                Sys.poll(pollfd, 1, (int) Math.min(left, 100)); // wake up at least every 100 ms
            } catch (io.unp.sys.ErrnoException e) {
                if (!e.is(io.unp.abi.Errno.EINTR)) {
                    throw new PcapException("poll", e.getMessage());
                }
            }
        }
    }

    /** {@code pcap_stats}: packets received by the filter, dropped by the kernel, dropped by the interface. */
    public long[] stats() {
        return Sys.pcapStats(live());
    }

    /** A pcap savefile being written ({@code pcap_dump_open}); close it to flush. */
    public final class Dumper implements AutoCloseable {
        private long d;

        private Dumper(long d) {
            this.d = d;
        }

        /** {@code pcap_dump}: appends {@code p} with its original capture header. */
        public void dump(Packet p) {
            Sys.pcapDump(d, p.data(), p.caplen(), p.len(), p.tvSec(), p.tvUsec());
        }

        @Override
        public void close() {
            if (d != 0) {
                Sys.pcapDumpClose(d);
                d = 0;
            }
        }
    }

    /** {@code pcap_dump_open}: a savefile at {@code path} for this capture's link type, for tcpdump -r. */
    public Dumper dumpOpen(String path) {
        return new Dumper(Sys.pcapDumpOpen(live(), path));
    }

    /**
     * The length of the link-layer header in front of the IP datagram for {@code dlt}, or -1 for
     * a type the book's programs do not parse. The book's BSD counts 24 bytes for SLIP and PPP
     * (BPF's pseudo-headers there); those are kept.
     */
    public static int linkHeaderLength(int dlt) {
        switch (dlt) {
            case DLT_NULL:
                return 4;
            case DLT_EN10MB:
                return io.unp.abi.Layouts.ETHER_HEADER_SIZE;
            case DLT_SLIP:
            case DLT_PPP:
                return 24;
            case DLT_RAW:
                return 0;
            case DLT_LINUX_SLL:
                return 16;
            default:
                return -1;
        }
    }

    private long live() {
        if (handle == 0) {
            throw new IllegalStateException("pcap handle closed");
        }
        return handle;
    }

    /** {@code pcap_close}. */
    @Override
    public void close() {
        if (handle != 0) {
            Sys.pcapClose(handle);
            handle = 0;
        }
    }
}
