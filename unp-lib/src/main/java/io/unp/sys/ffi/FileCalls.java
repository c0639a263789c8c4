package io.unp.sys.ffi;

import com.kenai.jffi.MemoryIO;
import io.unp.abi.CString;

/**
 * The file calls the threads chapter needs ({@code open(2)}), bound on first use so that
 * programs that never open a file do not look the symbol up.
 */
public final class FileCalls {
    private FileCalls() {}

    private static final class Bound {
        static final Jffi J = Native.jffi();
        static final long OPEN = J.symbol("open");
    }

    /** {@code open(2)}: the new descriptor, or -1 with errno set. */
    public static int open(String path, int flags, int mode) {
        Native.jffi(); // a missing native layer fails here, not in the holder's initialiser
        Jffi j = Bound.J;
        MemoryIO mem = j.memory;
        byte[] b = CString.bytes(path);
        Scratch s = Scratch.get();
        long p = s.big(b.length + 1L);
        mem.putByteArray(p, b, 0, b.length);
        mem.putByte(p + b.length, (byte) 0);
        return (int) j.invoker.invokeN3(j.n3, Bound.OPEN, p, flags, mode);
    }
}
