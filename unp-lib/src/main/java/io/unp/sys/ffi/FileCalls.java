package io.unp.sys.ffi;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.MemoryIO;
import io.unp.abi.CString;

/**
 * The file-system and identity calls the Unix-domain chapter needs: {@code open(2)},
 * {@code unlink(2)}, {@code tmpnam_r(3)}, and {@code getuid(2)} and friends. Paths are copied,
 * NUL-terminated ({@link CString}), into this thread's {@link Scratch} block. Returns what C
 * returns ({@code -1} on failure, errno left for {@link Native#errno()}).
 *
 * <p>Bound on first use ({@link #get()}).
 */
public final class FileCalls {
    private static volatile FileCalls instance;

    /** glibc's {@code L_tmpnam}, with room to spare. */
    private static final int TMPNAM_MAX = 64;

    private final Jffi j;
    private final Invoker inv;
    private final MemoryIO mem;
    private final CallContext n0, n1, n3;
    private final long open, unlink, tmpnamR, getuid, geteuid, getgid, getegid;

    private FileCalls(Jffi j) {
        this.j = j;
        inv = j.invoker;
        mem = j.memory;
        n0 = j.n0;
        n1 = j.n1;
        n3 = j.n3;
        open = j.symbol("open");
        unlink = j.symbol("unlink");
        tmpnamR = j.symbol("tmpnam_r");
        getuid = j.symbol("getuid");
        geteuid = j.symbol("geteuid");
        getgid = j.symbol("getgid");
        getegid = j.symbol("getegid");
    }

    /**
     * The bound calls.
     *
     * @throws io.unp.abi.NativeUnavailableException if native code cannot be loaded
     */
    public static FileCalls get() {
        FileCalls f = instance;
        if (f == null) {
            synchronized (FileCalls.class) {
                f = instance;
                if (f == null) {
                    f = new FileCalls(Native.jffi());
                    instance = f;
                }
            }
        }
        return f;
    }

    /** {@code path} as a NUL-terminated C string in this thread's scratch block. */
    private long path(String path) {
        byte[] b = CString.bytes(path);
        long p = Scratch.get().big(b.length + 1);
        mem.putByteArray(p, b, 0, b.length);
        mem.putByte(p + b.length, (byte) 0);
        return p;
    }

    /** {@code open(2)}: the new descriptor, or -1. */
    public int open(String pathname, int flags, int mode) {
        return (int) inv.invokeN3(n3, open, path(pathname), flags, mode);
    }

    /** {@code unlink(2)}: 0, or -1. */
    public int unlink(String pathname) {
        return (int) inv.invokeN1(n1, unlink, path(pathname));
    }

    /** {@code tmpnam_r(3)}: a name for a file that did not exist when asked, or null. */
    public String tmpnam() {
        long p = Scratch.get().big(TMPNAM_MAX);
        mem.setMemory(p, TMPNAM_MAX, (byte) 0);
        long r = inv.invokeN1(n1, tmpnamR, p);
        return r == 0 ? null : j.string(p, TMPNAM_MAX);
    }

    public int getuid() {
        return (int) inv.invokeN0(n0, getuid);
    }

    public int geteuid() {
        return (int) inv.invokeN0(n0, geteuid);
    }

    public int getgid() {
        return (int) inv.invokeN0(n0, getgid);
    }

    public int getegid() {
        return (int) inv.invokeN0(n0, getegid);
    }
}
