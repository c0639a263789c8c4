package io.unp.sys.ffi;

import static io.unp.abi.Layouts.IOVEC_IOV_LEN;
import static io.unp.abi.Layouts.IOVEC_SIZE;
import static io.unp.abi.Layouts.MSGHDR_MSG_CONTROL;
import static io.unp.abi.Layouts.MSGHDR_MSG_CONTROLLEN;
import static io.unp.abi.Layouts.MSGHDR_MSG_FLAGS;
import static io.unp.abi.Layouts.MSGHDR_MSG_IOV;
import static io.unp.abi.Layouts.MSGHDR_MSG_IOVLEN;
import static io.unp.abi.Layouts.MSGHDR_MSG_NAME;
import static io.unp.abi.Layouts.MSGHDR_MSG_NAMELEN;
import static io.unp.abi.Layouts.MSGHDR_SIZE;
import static io.unp.abi.Layouts.SOCKADDR_STORAGE_SIZE;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.MemoryIO;
import io.unp.abi.Iovec;
import io.unp.net.MsgHdr;
import io.unp.net.SockAddr;

/**
 * {@code recvmsg(2)}, {@code sendmsg(2)}, {@code readv(2)} and {@code writev(2)} with Java
 * arguments ({@link MsgHdr}, {@link Iovec}), through this thread's {@link Scratch} memory.
 *
 * <p>Each call lays out, in the scratch block, a {@code struct msghdr}, its {@code iovec}
 * array, room for the address, the control buffer and the data (offsets from
 * {@link io.unp.abi.Layouts}), copies in what the kernel reads, makes the call, and copies back
 * what the kernel wrote: for {@code recvmsg} the data scattered over the caller's segments, the
 * address and its length, the control data and {@code msg_controllen}, and {@code msg_flags}.
 * No Java object is allocated per call. Returns what C returns ({@code -1} on failure, errno
 * left for {@link Native#errno()}).
 *
 * <p>Bound on first use ({@link #get()}), so programs that never pass a message do not look the
 * symbols up.
 */
public final class MsgCalls {
    private static volatile MsgCalls instance;

    private final Invoker inv;
    private final MemoryIO mem;
    private final CallContext n3;
    private final long recvmsg, sendmsg, readv, writev;

    private MsgCalls(Jffi j) {
        inv = j.invoker;
        mem = j.memory;
        n3 = j.n3;
        recvmsg = j.symbol("recvmsg");
        sendmsg = j.symbol("sendmsg");
        readv = j.symbol("readv");
        writev = j.symbol("writev");
    }

    /**
     * The bound calls.
     *
     * @throws io.unp.abi.NativeUnavailableException if native code cannot be loaded
     */
    public static MsgCalls get() {
        MsgCalls m = instance;
        if (m == null) {
            synchronized (MsgCalls.class) {
                m = instance;
                if (m == null) {
                    m = new MsgCalls(Native.jffi());
                    instance = m;
                }
            }
        }
        return m;
    }

    private static long align8(long n) {
        return (n + 7) & ~7L;
    }

    // Where each part of a laid-out message starts, relative to the scratch block:
    // msghdr | iovec[iovlen] | name | control | data, each 8-byte aligned.

    private static long iovAt() {
        return align8(MSGHDR_SIZE);
    }

    private static long nameAt(int iovlen) {
        return align8(iovAt() + (long) iovlen * IOVEC_SIZE);
    }

    private static long controlAt(int iovlen, int nameCap) {
        return align8(nameAt(iovlen) + nameCap);
    }

    private static long dataAt(int iovlen, int nameCap, int ctl) {
        return align8(controlAt(iovlen, nameCap) + ctl);
    }

    private static int controlLength(MsgHdr msg) {
        return msg.control() == null ? 0 : msg.controllen();
    }

    private static int nameCapacity(SockAddr name) {
        return name == null ? 0 : Math.min(name.capacity(), SOCKADDR_STORAGE_SIZE);
    }

    /**
     * Writes the {@code iovec} array at {@code iovp} pointing into consecutive pieces of
     * {@code data}; with {@code copyIn}, copies the caller's bytes there too.
     */
    private void putIov(long iovp, long data, Iovec[] iov, int iovcnt, boolean copyIn) {
        long p = data;
        for (int i = 0; i < iovcnt; i++) {
            Iovec v = iov[i];
            long e = iovp + (long) i * IOVEC_SIZE;
            mem.putAddress(e, v.len() == 0 && v.base() == null ? 0 : p);
            mem.putLong(e + IOVEC_IOV_LEN, v.len());
            if (copyIn && v.len() > 0) {
                mem.putByteArray(p, v.base(), v.off(), v.len());
            }
            p += v.len();
        }
    }

    /** Scatters the first {@code n} bytes at {@code data} over the segments. */
    private void takeIov(long data, Iovec[] iov, int iovcnt, long n) {
        long p = data;
        long left = n;
        for (int i = 0; i < iovcnt && left > 0; i++) {
            Iovec v = iov[i];
            int chunk = (int) Math.min(v.len(), left);
            if (chunk > 0) {
                mem.getByteArray(p, v.base(), v.off(), chunk);
            }
            p += v.len();
            left -= chunk;
        }
    }

    /** Lays out {@code msg} in scratch memory; returns the address of the {@code struct msghdr}. */
    private long layout(Scratch s, MsgHdr msg, boolean sending) {
        SockAddr name = msg.name();
        Iovec[] iov = msg.iov();
        int iovlen = msg.iovlen();
        int nameCap = nameCapacity(name);
        int ctl = controlLength(msg);
        long iovp = iovAt();
        long namep = nameAt(iovlen);
        long ctlp = controlAt(iovlen, nameCap);
        long datap = dataAt(iovlen, nameCap, ctl);
        long base = s.big(datap + msg.iovTotal());

        mem.setMemory(base, MSGHDR_SIZE, (byte) 0);
        if (name != null) {
            int namelen = sending ? Math.min(name.len(), nameCap) : nameCap;
            if (sending) {
                mem.putByteArray(base + namep, name.bytes(), 0, namelen);
            }
            mem.putAddress(base + MSGHDR_MSG_NAME, base + namep);
            mem.putInt(base + MSGHDR_MSG_NAMELEN, namelen);
        }
        putIov(base + iovp, base + datap, iov, iovlen, sending);
        mem.putAddress(base + MSGHDR_MSG_IOV, iovlen == 0 ? 0 : base + iovp);
        mem.putLong(base + MSGHDR_MSG_IOVLEN, iovlen);
        if (ctl > 0) {
            if (sending) {
                mem.putByteArray(base + ctlp, msg.control(), 0, ctl);
            }
            mem.putAddress(base + MSGHDR_MSG_CONTROL, base + ctlp);
            mem.putLong(base + MSGHDR_MSG_CONTROLLEN, ctl);
        }
        return base;
    }

    /**
     * {@code recvmsg(2)}: on success, the segments get the data (at most their total; the
     * result may be larger for a datagram received with MSG_TRUNC in {@code flags}), the name
     * its bytes and length, the control buffer the kernel's control data and
     * {@code controllen} its length, and {@code msg.flags()} the kernel's {@code msg_flags}.
     */
    public long recvmsg(int fd, MsgHdr msg, int flags) {
        Scratch s = Scratch.get();
        long base = layout(s, msg, false);
        long n = inv.invokeN3(n3, recvmsg, fd, base, flags);
        if (n < 0) {
            return n;
        }
        int iovlen = msg.iovlen();
        SockAddr name = msg.name();
        int nameCap = nameCapacity(name);
        int ctl = controlLength(msg);
        long namep = nameAt(iovlen);
        long ctlp = controlAt(iovlen, nameCap);
        long datap = dataAt(iovlen, nameCap, ctl);

        takeIov(base + datap, msg.iov(), iovlen, Math.min(n, msg.iovTotal()));
        if (name != null) {
            int namelen = (int) Math.max(0, Math.min(mem.getInt(base + MSGHDR_MSG_NAMELEN), nameCap));
            if (namelen > 0) {
                mem.getByteArray(base + namep, name.bytes(), 0, namelen);
            }
            name.setLen(namelen);
        }
        if (ctl > 0) {
            int got = (int) Math.max(0, Math.min(mem.getLong(base + MSGHDR_MSG_CONTROLLEN), ctl));
            if (got > 0) {
                mem.getByteArray(base + ctlp, msg.control(), 0, got);
            }
            msg.setControllen(got);
        } else if (msg.control() != null) {
            msg.setControllen(0);
        }
        msg.setFlags(mem.getInt(base + MSGHDR_MSG_FLAGS));
        return n;
    }

    /** {@code sendmsg(2)} of the name, the segments and the control data of {@code msg}. */
    public long sendmsg(int fd, MsgHdr msg, int flags) {
        Scratch s = Scratch.get();
        long base = layout(s, msg, true);
        return inv.invokeN3(n3, sendmsg, fd, base, flags);
    }

    /** {@code readv(2)} into the first {@code iovcnt} segments. */
    public long readv(int fd, Iovec[] iov, int iovcnt) {
        long iovp = 0;
        long datap = align8((long) iovcnt * IOVEC_SIZE);
        long base = Scratch.get().big(datap + Iovec.total(iov, iovcnt));
        putIov(base + iovp, base + datap, iov, iovcnt, false);
        long n = inv.invokeN3(n3, readv, fd, base + iovp, iovcnt);
        if (n > 0) {
            takeIov(base + datap, iov, iovcnt, n);
        }
        return n;
    }

    /** {@code writev(2)} of the first {@code iovcnt} segments. */
    public long writev(int fd, Iovec[] iov, int iovcnt) {
        long iovp = 0;
        long datap = align8((long) iovcnt * IOVEC_SIZE);
        long base = Scratch.get().big(datap + Iovec.total(iov, iovcnt));
        putIov(base + iovp, base + datap, iov, iovcnt, true);
        return inv.invokeN3(n3, writev, fd, base + iovp, iovcnt);
    }
}
