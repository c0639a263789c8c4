package io.unp.sys.ffi;
import io.unp.abi.NativeUnavailableException;

import io.unp.net.AddrInfo;
import io.unp.net.Hostent;
import io.unp.net.Servent;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.byref.PointerByReference;

/**
 * Calls glibc's resolver and copies its answers (linked lists and structures in native
 * memory) into Java records, so nothing native outlives the call.
 *
 * <p>Every method is safe to call from many threads at once: the hostent/servent calls use
 * glibc's reentrant {@code _r} forms with a buffer owned by the calling thread's call, and
 * the {@code getaddrinfo} list is copied and freed with {@code freeaddrinfo} before returning.
 * Failures are returned as codes (no exceptions here): {@link io.unp.sys.Sys} turns them into
 * its exceptions in one place.
 */
public final class Resolver {
    private Resolver() {}

    /** Largest buffer given to an {@code _r} call before giving up with ERANGE. */
    private static final int MAX_BUF = 1 << 22;
    private static final int ERANGE = 34;
    private static final int NETDB_INTERNAL = -1;

    private static final class Holder {
        static final LibCResolver LIB;
        static final Runtime RUNTIME;

        static {
            try {
                LIB = LibraryLoader.create(LibCResolver.class).load("c");
                RUNTIME = Runtime.getRuntime(LIB);
            } catch (LinkageError | RuntimeException e) {
                throw new NativeUnavailableException(
                        "native access to libc's resolver is unavailable (" + e + ")", e);
            }
        }
    }

    private static LibCResolver lib() {
        return Holder.LIB;
    }

    private static int lastErrno() {
        return Holder.RUNTIME.getLastError();
    }

    /**
     * {@code getaddrinfo(3)}: on success (0) appends the answers to {@code out} in list order;
     * otherwise returns the EAI_* code and, for EAI_SYSTEM, puts errno in {@code errnoOut[0]}.
     * The native list is always released with {@code freeaddrinfo(3)}.
     */
    public static int getaddrinfo(String node, String service, AddrInfo hints, List<AddrInfo> out, int[] errnoOut) {
        byte[] h = null;
        if (hints != null) {
            // struct addrinfo on x86_64 is 48 bytes; only the four ints at the front are hints
            h = new byte[48];
            ByteBuffer.wrap(h).order(ByteOrder.nativeOrder()).putInt(0, hints.aiFlags()).putInt(4, hints.aiFamily())
                    .putInt(8, hints.aiSocktype()).putInt(12, hints.aiProtocol());
        }
        PointerByReference res = new PointerByReference();
        int rc = lib().getaddrinfo(node, service, h, res);
        if (rc != 0) {
            errnoOut[0] = lastErrno();
            return rc;
        }
        Pointer head = res.getValue();
        try {
            for (Pointer ai = head; ai != null; ai = ai.getPointer(40)) {
                int addrlen = ai.getInt(16);
                Pointer addr = ai.getPointer(24);
                SockAddr sa = null;
                if (addr != null) {
                    sa = new SockaddrStorage();
                    int n = Math.min(addrlen, sa.capacity());
                    addr.get(0, sa.bytes(), 0, n);
                    sa.setLen(n);
                }
                out.add(new AddrInfo(ai.getInt(0), ai.getInt(4), ai.getInt(8), ai.getInt(12), sa,
                        cString(ai.getPointer(32))));
            }
        } finally {
            if (head != null) {
                lib().freeaddrinfo(head);
            }
        }
        return 0;
    }

    /** {@code gai_strerror(3)}: glibc's text for an EAI_* code. */
    public static String gaiStrerror(int code) {
        return lib().gai_strerror(code);
    }

    /**
     * {@code getnameinfo(3)} of the first {@code salen} bytes of {@code sa}: fills
     * {@code host} and {@code serv} (null: not asked for) and returns 0, or the EAI_* code
     * with errno in {@code errnoOut[0]}.
     */
    public static int getnameinfo(byte[] sa, int salen, byte[] host, byte[] serv, int flags, int[] errnoOut) {
        int rc = lib().getnameinfo(sa, salen, host, host == null ? 0 : host.length, serv,
                serv == null ? 0 : serv.length, flags);
        if (rc != 0) {
            errnoOut[0] = lastErrno();
        }
        return rc;
    }

    /** {@code hstrerror(3)}: glibc's text for an h_errno value. */
    public static String hstrerror(int err) {
        return lib().hstrerror(err);
    }

    /** One {@code _r} call into the caller's structure and buffer; returns the error number. */
    @FunctionalInterface
    private interface ReentrantCall {
        int call(Pointer ret, Pointer buf, long buflen, PointerByReference result, int[] hErrno);
    }

    /**
     * Runs a hostent {@code _r} call, growing the buffer on ERANGE. On success returns the
     * copied hostent; otherwise null with {@code err[0]} = h_errno and {@code err[1]} = errno.
     */
    private static Hostent hostent(ReentrantCall call, int[] err) {
        for (int size = 1024; ; size *= 2) {
            Pointer ret = Memory.allocateDirect(Holder.RUNTIME, 32, true);
            Pointer buf = Memory.allocateDirect(Holder.RUNTIME, size, false);
            PointerByReference result = new PointerByReference();
            int[] hErrno = new int[1];
            try {
                int rc = call.call(ret, buf, size, result, hErrno);
                if (rc == ERANGE && size < MAX_BUF) {
                    continue;
                }
                return copyHostent(rc, hErrno[0], result.getValue(), err);
            } finally {
                // the hostent points into ret and buf: keep them from the cleaner until copied
                Reference.reachabilityFence(ret);
                Reference.reachabilityFence(buf);
            }
        }
    }

    private static Hostent copyHostent(int rc, int hErrno, Pointer h, int[] err) {
        if (rc != 0 || h == null) {
            err[0] = hErrno;
            err[1] = rc != 0 ? rc : 0;
            if (err[0] == 0) {
                err[0] = rc != 0 ? NETDB_INTERNAL : 1; // HOST_NOT_FOUND when glibc left it unset
            }
            return null;
        }
        // struct hostent on x86_64: h_name @0, h_aliases @8, h_addrtype @16, h_length @20, h_addr_list @24
        int length = h.getInt(20);
        List<byte[]> addrs = new ArrayList<>();
        Pointer list = h.getPointer(24);
        for (int i = 0; list != null; i++) {
            Pointer a = list.getPointer(8L * i);
            if (a == null) {
                break;
            }
            byte[] b = new byte[length];
            a.get(0, b, 0, length);
            addrs.add(b);
        }
        return new Hostent(cString(h.getPointer(0)), stringList(h.getPointer(8)), h.getInt(16), length, addrs);
    }

    /** {@code gethostbyname_r(3)}; see {@link #hostent} for {@code err}. */
    public static Hostent gethostbyname(String name, int[] err) {
        return hostent((ret, buf, len, result, he) -> lib().gethostbyname_r(name, ret, buf, len, result, he), err);
    }

    /** {@code gethostbyname2_r(3)}. */
    public static Hostent gethostbyname2(String name, int af, int[] err) {
        return hostent((ret, buf, len, result, he) -> lib().gethostbyname2_r(name, af, ret, buf, len, result, he),
                err);
    }

    /** {@code gethostbyaddr_r(3)} of the first {@code len} bytes of {@code addr}. */
    public static Hostent gethostbyaddr(byte[] addr, int len, int type, int[] err) {
        return hostent(
                (ret, buf, blen, result, he) -> lib().gethostbyaddr_r(addr, len, type, ret, buf, blen, result, he),
                err);
    }

    @FunctionalInterface
    private interface ServCall {
        int call(Pointer ret, Pointer buf, long buflen, PointerByReference result);
    }

    private static Servent servent(ServCall call) {
        for (int size = 1024; ; size *= 2) {
            Pointer ret = Memory.allocateDirect(Holder.RUNTIME, 32, true);
            Pointer buf = Memory.allocateDirect(Holder.RUNTIME, size, false);
            PointerByReference result = new PointerByReference();
            try {
                int rc = call.call(ret, buf, size, result);
                if (rc == ERANGE && size < MAX_BUF) {
                    continue;
                }
                Pointer s = result.getValue();
                if (rc != 0 || s == null) {
                    return null;
                }
                // struct servent on x86_64: s_name @0, s_aliases @8, s_port @16, s_proto @24
                return new Servent(cString(s.getPointer(0)), stringList(s.getPointer(8)), s.getInt(16),
                        cString(s.getPointer(24)));
            } finally {
                Reference.reachabilityFence(ret);
                Reference.reachabilityFence(buf);
            }
        }
    }

    /** {@code getservbyname_r(3)}: null when the service is unknown. */
    public static Servent getservbyname(String name, String proto) {
        return servent((ret, buf, len, result) -> lib().getservbyname_r(name, proto, ret, buf, len, result));
    }

    /** {@code getservbyport_r(3)} with the port in network byte order: null when unknown. */
    public static Servent getservbyport(int port, String proto) {
        return servent((ret, buf, len, result) -> lib().getservbyport_r(port, proto, ret, buf, len, result));
    }

    /**
     * {@code uname(2)} into {@code fields} (sysname, nodename, release, version, machine);
     * returns 0, or errno.
     */
    public static int uname(String[] fields) {
        byte[] buf = new byte[6 * 65]; // glibc's struct utsname: six char[65], domainname last
        if (lib().uname(buf) != 0) {
            return lastErrno();
        }
        for (int i = 0; i < 5; i++) {
            fields[i] = cString(buf, 65 * i, 65);
        }
        return 0;
    }

    /** {@code gethostname(2)} into {@code name[0]}; returns 0, or errno. */
    public static int gethostname(String[] name) {
        byte[] buf = new byte[256];
        if (lib().gethostname(buf, buf.length) != 0) {
            return lastErrno();
        }
        name[0] = cString(buf, 0, buf.length);
        return 0;
    }

    private static List<String> stringList(Pointer array) {
        List<String> out = new ArrayList<>();
        if (array == null) {
            return out;
        }
        for (int i = 0; ; i++) {
            Pointer s = array.getPointer(8L * i);
            if (s == null) {
                return out;
            }
            out.add(cString(s));
        }
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

    private static String cString(byte[] b, int off, int max) {
        int end = off;
        while (end < off + max && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }
}
