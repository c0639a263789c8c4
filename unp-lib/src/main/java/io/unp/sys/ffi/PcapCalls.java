package io.unp.sys.ffi;

import static io.unp.abi.Layouts.TIMEVAL_SIZE;
import static io.unp.abi.Layouts.TIMEVAL_TV_USEC;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.MemoryIO;
import io.unp.abi.CString;
import io.unp.abi.NativeUnavailableException;
import java.util.function.ToLongFunction;

/**
 * libpcap, the packet capture library of chapter 26, from the system's
 * {@code libpcap.so.0.8} (Debian's libpcap0.8 package), called through jffi like libc.
 *
 * <p>Handles ({@code pcap_t *}, {@code pcap_dumper_t *}) are addresses as {@code long}. The
 * calls return what C returns; a failing open leaves its message in an error buffer that
 * {@link #errbuf()} returns, other failures are read with {@code pcap_geterr}. libpcap's
 * structures laid out here: {@code struct pcap_pkthdr} (a {@code struct timeval}, then
 * {@code bpf_u_int32 caplen} and {@code len}), {@code struct bpf_program} ({@code u_int bf_len}
 * and a pointer: 16 bytes on LP64) and {@code struct pcap_stat} (three {@code u_int}s first).
 * Bound on first use: a program that never captures does not open libpcap.
 */
public final class PcapCalls {
    /** The library's name (soname) on Debian and most Linux systems. */
    public static final String LIBRARY = "libpcap.so.0.8";
    /** {@code PCAP_ERRBUF_SIZE}. */
    public static final int PCAP_ERRBUF_SIZE = 256;
    /** {@code offsetof(struct pcap_pkthdr, caplen)} and {@code len}: after the timeval. */
    static final int PKTHDR_CAPLEN = TIMEVAL_SIZE;
    static final int PKTHDR_LEN = TIMEVAL_SIZE + 4;
    /** {@code sizeof(struct bpf_program)} on LP64: an int, padding, a pointer. */
    static final int BPF_PROGRAM_SIZE = 16;

    private static volatile PcapCalls instance;
    private static volatile String failure;

    private final Invoker inv;
    private final MemoryIO mem;
    private final CallContext n1, n2, n3, n4, n5;
    private final long lookupdev, openLive, lookupnet, compile, setfilter, freecode, datalink, nextEx, geterr,
            stats, close, setnonblock, selectableFd, dumpOpen, dump, dumpFlush, dumpClose, libVersion, findalldevs, freealldevs;

    /** Per thread: error buffer, pcap_pkthdr*, u_char* and scratch words. */
    private final ThreadLocal<long[]> block;
    private static final int ERRBUF = 0;
    private static final int HDRP = PCAP_ERRBUF_SIZE;         // struct pcap_pkthdr *
    private static final int DATAP = HDRP + 8;                // const u_char *
    private static final int WORDS = DATAP + 8;               // net, mask, pcap_stat (32 bytes)
    private static final int PROG = WORDS + 32;               // struct bpf_program
    private static final int BLOCK = PROG + BPF_PROGRAM_SIZE;

    private PcapCalls(Jffi j, ToLongFunction<String> lib) {
        inv = j.invoker;
        mem = j.memory;
        n1 = j.n1;
        n2 = j.n2;
        n3 = j.n3;
        n4 = j.n4;
        n5 = j.n5;
        lookupdev = sym(lib, "pcap_lookupdev");
        openLive = sym(lib, "pcap_open_live");
        lookupnet = sym(lib, "pcap_lookupnet");
        compile = sym(lib, "pcap_compile");
        setfilter = sym(lib, "pcap_setfilter");
        freecode = sym(lib, "pcap_freecode");
        datalink = sym(lib, "pcap_datalink");
        nextEx = sym(lib, "pcap_next_ex");
        geterr = sym(lib, "pcap_geterr");
        stats = sym(lib, "pcap_stats");
        close = sym(lib, "pcap_close");
        setnonblock = sym(lib, "pcap_setnonblock");
        selectableFd = sym(lib, "pcap_get_selectable_fd");
        dumpOpen = sym(lib, "pcap_dump_open");
        dump = sym(lib, "pcap_dump");
        dumpFlush = sym(lib, "pcap_dump_flush");
        dumpClose = sym(lib, "pcap_dump_close");
        libVersion = sym(lib, "pcap_lib_version");
        findalldevs = sym(lib, "pcap_findalldevs");
        freealldevs = sym(lib, "pcap_freealldevs");
        MemoryIO m = mem;
        block = ThreadLocal.withInitial(() -> new long[] {m.allocateMemory(BLOCK, true)}); // kept for the thread's life
    }

    private static long sym(ToLongFunction<String> lib, String name) {
        long a = lib.applyAsLong(name);
        if (a == 0) {
            throw new NativeUnavailableException(LIBRARY + " has no function " + name, null);
        }
        return a;
    }

    /**
     * The bound library.
     *
     * @throws NativeUnavailableException if native code or libpcap cannot be loaded (the message
     *     names the package that installs it)
     */
    public static PcapCalls get() {
        PcapCalls p = instance;
        if (p != null) {
            return p;
        }
        synchronized (PcapCalls.class) {
            if (instance == null) {
                if (failure != null) {
                    throw new NativeUnavailableException(failure, null);
                }
                try {
                    instance = new PcapCalls(Native.jffi(), Jffi.openLibrary(LIBRARY));
                } catch (NativeUnavailableException e) {
                    failure = e.getMessage() + " (Debian: apt-get install libpcap0.8)";
                    throw new NativeUnavailableException(failure, e.getCause());
                }
            }
            return instance;
        }
    }

    private long base() {
        return block.get()[0];
    }

    /** The message the last failing open or lookup of this thread left in its error buffer. */
    public String errbuf() {
        return string(base() + ERRBUF);
    }

    private String string(long p) {
        if (p == 0) {
            return null;
        }
        byte[] b = mem.getZeroTerminatedByteArray(p);
        return CString.string(b, 0, b.length);
    }

    private long cstring(String s) {
        byte[] b = CString.bytes(s);
        long p = mem.allocateMemory(b.length + 1, false);
        mem.putByteArray(p, b, 0, b.length);
        mem.putByte(p + b.length, (byte) 0);
        return p;
    }

    /** {@code pcap_lookupdev}: the first device to capture on, or null (see {@link #errbuf()}). */
    public String lookupdev() {
        long e = base() + ERRBUF;
        mem.putByte(e, (byte) 0);
        return string(inv.invokeN1(n1, lookupdev, e));
    }

    /** {@code pcap_open_live}: a capture handle, or 0 (see {@link #errbuf()}). */
    public long openLive(String device, int snaplen, int promisc, int toMs) {
        long e = base() + ERRBUF;
        mem.putByte(e, (byte) 0);
        long dev = cstring(device);
        try {
            return inv.invokeN5(n5, openLive, dev, snaplen, promisc, toMs, e);
        } finally {
            mem.freeMemory(dev);
        }
    }

    /** {@code pcap_lookupnet}: 0 with {@code netmask[0]}, {@code netmask[1]} = net, mask as stored; or -1. */
    public int lookupnet(String device, int[] netmask) {
        long b = base();
        long dev = cstring(device);
        try {
            int r = (int) inv.invokeN4(n4, lookupnet, dev, b + WORDS, b + WORDS + 4, b + ERRBUF);
            if (r == 0) {
                netmask[0] = mem.getInt(b + WORDS);
                netmask[1] = mem.getInt(b + WORDS + 4);
            }
            return r;
        } finally {
            mem.freeMemory(dev);
        }
    }

    /**
     * {@code pcap_compile} then {@code pcap_setfilter} then {@code pcap_freecode}: 0, -1 if the
     * compile failed, -2 if setfilter did (see {@link #geterr}).
     */
    public int setFilter(long p, String expr, int optimize, int netmask) {
        long prog = base() + PROG;
        long e = cstring(expr);
        try {
            if ((int) inv.invokeN5(n5, compile, p, prog, e, optimize, netmask & 0xffffffffL) < 0) {
                return -1;
            }
            int r = (int) inv.invokeN2(n2, setfilter, p, prog);
            inv.invokeN1(n1, freecode, prog);
            return r < 0 ? -2 : 0;
        } finally {
            mem.freeMemory(e);
        }
    }

    /** {@code pcap_datalink}: the DLT_ value of the device. */
    public int datalink(long p) {
        return (int) inv.invokeN1(n1, datalink, p);
    }

    /**
     * {@code pcap_next_ex}: 1 with a packet (its captured bytes copied into {@code buf}, up to
     * its length; {@code info} gets caplen, len, tv_sec, tv_usec), 0 when the read timeout
     * expired, -1 on error, -2 at the end of a savefile.
     */
    public int nextEx(long p, byte[] buf, long[] info) {
        long b = base();
        int r = (int) inv.invokeN3(n3, nextEx, p, b + HDRP, b + DATAP);
        if (r == 1) {
            long hdr = mem.getAddress(b + HDRP);
            long data = mem.getAddress(b + DATAP);
            int caplen = mem.getInt(hdr + PKTHDR_CAPLEN);
            info[0] = caplen & 0xffffffffL;
            info[1] = mem.getInt(hdr + PKTHDR_LEN) & 0xffffffffL;
            info[2] = mem.getLong(hdr);
            info[3] = mem.getLong(hdr + TIMEVAL_TV_USEC);
            mem.getByteArray(data, buf, 0, Math.min(caplen, buf.length));
        }
        return r;
    }

    /** {@code pcap_geterr}: the handle's last error message. */
    public String geterr(long p) {
        return string(inv.invokeN1(n1, geterr, p));
    }

    /** {@code pcap_stats}: 0 with {@code out[0..2]} = ps_recv, ps_drop, ps_ifdrop; or -1. */
    public int stats(long p, long[] out) {
        long s = base() + WORDS;
        int r = (int) inv.invokeN2(n2, stats, p, s);
        if (r == 0) {
            for (int i = 0; i < 3; i++) {
                out[i] = mem.getInt(s + 4L * i) & 0xffffffffL;
            }
        }
        return r;
    }

    /** {@code pcap_setnonblock}: 0, or -1 (see {@link #errbuf()}). */
    public int setnonblock(long p, boolean on) {
        return (int) inv.invokeN3(n3, setnonblock, p, on ? 1 : 0, base() + ERRBUF);
    }

    /** {@code pcap_get_selectable_fd}: the descriptor to poll for packets, or -1. */
    public int selectableFd(long p) {
        return (int) inv.invokeN1(n1, selectableFd, p);
    }

    /** {@code pcap_close}. */
    public void close(long p) {
        inv.invokeN1(n1, close, p);
    }

    /** {@code pcap_dump_open}: a savefile writer for {@code p}'s link type, or 0 (see {@link #geterr}). */
    public long dumpOpen(long p, String fname) {
        long f = cstring(fname);
        try {
            return inv.invokeN2(n2, dumpOpen, p, f);
        } finally {
            mem.freeMemory(f);
        }
    }

    /** {@code pcap_dump} of {@code caplen} bytes of {@code buf} with the given header values. */
    public void dump(long dumper, byte[] buf, int caplen, int len, long tvSec, long tvUsec) {
        long hdr = mem.allocateMemory(TIMEVAL_SIZE + 8 + caplen, true);
        try {
            mem.putLong(hdr, tvSec);
            mem.putLong(hdr + TIMEVAL_TV_USEC, tvUsec);
            mem.putInt(hdr + PKTHDR_CAPLEN, caplen);
            mem.putInt(hdr + PKTHDR_LEN, len);
            long data = hdr + TIMEVAL_SIZE + 8;
            mem.putByteArray(data, buf, 0, caplen);
            inv.invokeN3(n3, dump, dumper, hdr, data);
        } finally {
            mem.freeMemory(hdr);
        }
    }

    /** {@code pcap_dump_flush}: 0 or -1. */
    public int dumpFlush(long dumper) {
        return (int) inv.invokeN1(n1, dumpFlush, dumper);
    }

    /** {@code pcap_dump_close}. */
    public void dumpClose(long dumper) {
        inv.invokeN1(n1, dumpClose, dumper);
    }

    /** {@code pcap_lib_version}: "libpcap version 1.10.3 ...". */
    public String libVersion() {
        return string(inv.invokeN0(j().n0, libVersion));
    }

    private static Jffi j() {
        return Native.jffi();
    }

    /**
     * {@code pcap_findalldevs}: the names of the devices libpcap can capture on, in its order,
     * or null on failure (see {@link #errbuf()}).
     */
    public java.util.List<String> findalldevs() {
        long b = base();
        long pp = b + WORDS; // pcap_if_t **
        if ((int) inv.invokeN2(n2, findalldevs, pp, b + ERRBUF) != 0) {
            return null;
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        long first = mem.getAddress(pp);
        for (long d = first; d != 0; d = mem.getAddress(d)) { // pcap_if_t: next, name, ...
            names.add(string(mem.getAddress(d + 8)));
        }
        if (first != 0) {
            inv.invokeN1(n1, freealldevs, first);
        }
        return names;
    }
}
