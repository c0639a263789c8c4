package io.unp.sys.ffi;
import io.unp.abi.NativeUnavailableException;

import com.kenai.jffi.Library;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Runtime;

/**
 * Loads libc through jnr-ffi once, and reads {@code errno} after a call.
 *
 * <p>jnr-ffi saves {@code errno} on the calling thread after every call, so
 * {@link #errno()} read right after a failed call on the same thread is that call's error,
 * whatever other threads do meanwhile.
 */
public final class Native {
    private Native() {}

    private static final class Holder {
        static final LibC LIBC;
        static final Runtime RUNTIME;

        static {
            try {
                LIBC = LibraryLoader.create(LibC.class).load("c");
                RUNTIME = Runtime.getRuntime(LIBC);
            } catch (LinkageError | RuntimeException e) {
                throw new NativeUnavailableException(
                        "native access to libc is unavailable (" + e + "); unp-lib needs Linux and jnr-ffi's"
                                + " native stub (libjffi) for this platform", e);
            }
        }
    }

    /** The bound libc. */
    public static LibC libc() {
        return Holder.LIBC;
    }

    /** The {@code errno} jnr-ffi saved after the last call on this thread. */
    public static int errno() {
        return Holder.RUNTIME.getLastError();
    }

    /** The address of a libc function, for places that need a native function pointer. */
    public static long symbolAddress(String name) {
        Library libc = Library.getCachedInstance("libc.so.6", Library.LAZY | Library.GLOBAL);
        if (libc == null) {
            throw new NativeUnavailableException("cannot open libc.so.6: " + Library.getLastError(), null);
        }
        long address = libc.getSymbolAddress(name);
        if (address == 0) {
            throw new NativeUnavailableException("libc has no symbol " + name, null);
        }
        return address;
    }
}
