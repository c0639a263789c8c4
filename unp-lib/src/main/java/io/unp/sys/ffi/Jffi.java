package io.unp.sys.ffi;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.CallingConvention;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.LastError;
import com.kenai.jffi.Library;
import com.kenai.jffi.MemoryIO;
import com.kenai.jffi.Type;
import io.unp.abi.CString;
import io.unp.abi.NativeUnavailableException;

/**
 * The one way into native code: jffi (jnr's JNI stub) used directly, with no jnr-ffi
 * interface, proxy or annotation between the Java call and the C function.
 *
 * <p>Every libc function is called through {@link Invoker#invokeN0}..{@code invokeN6} with its
 * arguments widened to {@code long} (pointers are addresses of native memory); a function
 * that returns {@code int} has its result narrowed with {@code (int)}. The call contexts save
 * {@code errno} on the calling thread, read back with {@link #errno()}. Built once by
 * {@link Native}, which turns any failure into a {@link NativeUnavailableException}.
 */
final class Jffi {
    final Invoker invoker;
    final MemoryIO memory;
    final LastError lastError;
    private final Library libc;

    /** Contexts for 0 to 6 integer or pointer arguments, saving errno. */
    final CallContext n0, n1, n2, n3, n4, n5, n6;

    Jffi() {
        invoker = Invoker.getInstance(); // loads the JNI stub
        memory = MemoryIO.getInstance();
        lastError = LastError.getInstance();
        libc = Library.getCachedInstance("libc.so.6", Library.LAZY | Library.GLOBAL);
        if (libc == null) {
            throw new NativeUnavailableException("cannot open the C library libc.so.6: " + Library.getLastError(), null);
        }
        n0 = context(0);
        n1 = context(1);
        n2 = context(2);
        n3 = context(3);
        n4 = context(4);
        n5 = context(5);
        n6 = context(6);
    }

    private static CallContext context(int arity) {
        Type[] params = new Type[arity];
        java.util.Arrays.fill(params, Type.SLONG);
        return CallContext.getCallContext(Type.SLONG, params, CallingConvention.DEFAULT, true);
    }

    /** A context with real C types, for calls with more than six arguments (through libffi). */
    static CallContext typed(Type result, Type... params) {
        return CallContext.getCallContext(result, params, CallingConvention.DEFAULT, true);
    }

    /** The address of libc's {@code name}. */
    long symbol(String name) {
        long address = libc.getSymbolAddress(name);
        if (address == 0) {
            throw new NativeUnavailableException("the C library has no function " + name, null);
        }
        return address;
    }

    /**
     * Opens another shared library of the system (libpcap for chapter 26) and returns its
     * symbol lookup: name to address, 0 when the library has no such symbol. The library
     * stays open for the life of the JVM. Only this class names jffi's {@code Library}.
     *
     * @throws NativeUnavailableException if the library cannot be opened
     */
    static java.util.function.ToLongFunction<String> openLibrary(String name) {
        Library lib = Library.getCachedInstance(name, Library.LAZY | Library.LOCAL);
        if (lib == null) {
            throw new NativeUnavailableException("cannot open " + name + ": " + Library.getLastError(), null);
        }
        return lib::getSymbolAddress;
    }

    /** errno as saved after the last call on this thread. */
    int errno() {
        return lastError.get();
    }

    // ---- native memory helpers

    /** A fresh NUL-terminated copy of {@code s} in native memory (see {@link CString}); free it with {@link #free}. */
    long cString(String s) {
        if (s == null) {
            return 0;
        }
        byte[] b = CString.bytes(s);
        long p = memory.allocateMemory(b.length + 1, false);
        memory.putByteArray(p, b, 0, b.length);
        memory.putByte(p + b.length, (byte) 0);
        return p;
    }

    void free(long p) {
        if (p != 0) {
            memory.freeMemory(p);
        }
    }

    /** The C string at {@code p}, one char per byte; null for a null pointer. */
    String string(long p) {
        if (p == 0) {
            return null;
        }
        byte[] b = memory.getZeroTerminatedByteArray(p);
        return CString.string(b, 0, b.length);
    }

    /** The C string in the fixed-size field at {@code p}, stopping at its NUL or {@code max} bytes. */
    String string(long p, int max) {
        byte[] b = memory.getZeroTerminatedByteArray(p, max);
        return CString.string(b, 0, b.length);
    }
}
