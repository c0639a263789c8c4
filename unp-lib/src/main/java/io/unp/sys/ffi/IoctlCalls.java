package io.unp.sys.ffi;

import static io.unp.abi.Layouts.IFCONF_IFC_BUF;
import static io.unp.abi.Layouts.IFCONF_IFC_LEN;
import static io.unp.abi.Layouts.IFCONF_SIZE;

import com.kenai.jffi.MemoryIO;

/**
 * {@code ioctl(2)} with Java arguments (chapter 16): a request whose argument points at a
 * fixed-size structure, copied in and back out through this thread's {@link Scratch}; and
 * {@code SIOCGIFCONF}, whose {@code struct ifconf} points at a second buffer. Returns what C
 * returns ({@code -1} on failure, errno for {@link Native#errno()}). Bound on first use, so
 * programs that never call ioctl do not look the symbol up.
 */
public final class IoctlCalls {
    private static volatile IoctlCalls instance;

    private final Jffi j;
    private final MemoryIO mem;
    private final long ioctl;

    private IoctlCalls(Jffi j) {
        this.j = j;
        this.mem = j.memory;
        this.ioctl = j.symbol("ioctl");
    }

    /** The bound calls. */
    public static IoctlCalls get() {
        IoctlCalls c = instance;
        if (c == null) {
            synchronized (IoctlCalls.class) {
                c = instance;
                if (c == null) {
                    c = new IoctlCalls(Native.jffi());
                    instance = c;
                }
            }
        }
        return c;
    }

    /**
     * {@code ioctl(fd, request, arg)} where {@code arg} points at a copy of {@code arg[0..len)};
     * the bytes are copied back after the call, whatever it returned (a failed call leaves them as
     * they were).
     */
    public int ioctl(int fd, int request, byte[] arg, int len) {
        Scratch s = Scratch.get();
        long p = len <= Scratch.OPT_MAX ? s.small + Scratch.OPT : s.big(len);
        mem.putByteArray(p, arg, 0, len);
        int r = (int) j.invoker.invokeN3(j.n3, ioctl, fd, request & 0xffffffffL, p);
        mem.getByteArray(p, arg, 0, len);
        return r;
    }

    /**
     * {@code ioctl(fd, request, &ifc)} for SIOCGIFCONF: {@code ifc.ifc_buf} points at
     * {@code len} bytes that come back in {@code buf} ({@code buf == null}: a NULL buffer, the
     * length query). Returns -1, or the {@code ifc_len} the kernel set.
     */
    public int ioctlIfconf(int fd, int request, byte[] buf, int len) {
        Scratch s = Scratch.get();
        long ifc = s.small + Scratch.OPT;
        mem.setMemory(ifc, IFCONF_SIZE, (byte) 0);
        long data = 0;
        if (buf != null) {
            data = s.big(Math.max(len, 1));
            mem.setMemory(data, len, (byte) 0);
        }
        mem.putInt(ifc + IFCONF_IFC_LEN, buf == null ? 0 : len);
        mem.putAddress(ifc + IFCONF_IFC_BUF, data);
        int r = (int) j.invoker.invokeN3(j.n3, ioctl, fd, request & 0xffffffffL, ifc);
        if (r < 0) {
            return r;
        }
        int got = mem.getInt(ifc + IFCONF_IFC_LEN);
        if (buf != null) {
            mem.getByteArray(data, buf, 0, Math.min(got, len));
        }
        return got;
    }
}
