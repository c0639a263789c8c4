package io.unp.sys.ffi;
import io.unp.abi.NativeUnavailableException;

import io.unp.net.Netent;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.annotations.Out;
import jnr.ffi.byref.PointerByReference;

/**
 * glibc's networks database ({@code getnetbyname}, names/netent), through the reentrant
 * {@code getnetbyname_r}; the answer is copied into a {@link Netent} before the native
 * memory goes.
 */
public final class LibCNetdb {
    private LibCNetdb() {}

    private static final int ERANGE = 34;
    private static final int MAX_BUF = 1 << 20;

    /** The libc entry point, as jnr-ffi binds it. */
    public interface Lib {
        int getnetbyname_r(String name, Pointer resultBuf, Pointer buf, long buflen, PointerByReference result,
                @Out int[] hErrnop);
    }

    private static final class Holder {
        static final Lib LIB;
        static final Runtime RUNTIME;

        static {
            try {
                LIB = LibraryLoader.create(Lib.class).load("c");
                RUNTIME = Runtime.getRuntime(LIB);
            } catch (LinkageError | RuntimeException e) {
                throw new NativeUnavailableException("native access to libc's networks database is unavailable ("
                        + e + ")", e);
            }
        }
    }

    /**
     * {@code getnetbyname_r(3)}: the entry, or null with {@code err[0]} = h_errno and
     * {@code err[1]} = the error number the call returned.
     */
    public static Netent getnetbyname(String name, int[] err) {
        for (int size = 1024; ; size *= 2) {
            Pointer ret = Memory.allocateDirect(Holder.RUNTIME, 24, true);
            Pointer buf = Memory.allocateDirect(Holder.RUNTIME, size, false);
            PointerByReference result = new PointerByReference();
            int[] hErrno = new int[1];
            try {
                int rc = Holder.LIB.getnetbyname_r(name, ret, buf, size, result, hErrno);
                if (rc == ERANGE && size < MAX_BUF) {
                    continue;
                }
                Pointer n = result.getValue();
                if (rc != 0 || n == null) {
                    err[0] = hErrno[0] != 0 ? hErrno[0] : 1; // HOST_NOT_FOUND when glibc left it unset
                    err[1] = rc;
                    return null;
                }
                // struct netent on x86_64: n_name @0, n_aliases @8, n_addrtype @16, n_net @20
                return new Netent(cString(n.getPointer(0)), stringList(n.getPointer(8)), n.getInt(16), n.getInt(20));
            } finally {
                Reference.reachabilityFence(ret);
                Reference.reachabilityFence(buf);
            }
        }
    }

    private static List<String> stringList(Pointer array) {
        List<String> out = new ArrayList<>();
        for (int i = 0; array != null; i++) {
            Pointer s = array.getPointer(8L * i);
            if (s == null) {
                break;
            }
            out.add(cString(s));
        }
        return out;
    }

    private static String cString(Pointer p) {
        if (p == null) {
            return null;
        }
        int n = p.indexOf(0, (byte) 0);
        byte[] b = new byte[n];
        p.get(0, b, 0, n);
        return new String(b, StandardCharsets.UTF_8);
    }
}
