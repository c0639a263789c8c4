package io.unp.sys.ffi;

import static io.unp.abi.Layouts.*;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.HeapInvocationBuffer;
import com.kenai.jffi.MemoryIO;
import com.kenai.jffi.Type;
import io.unp.abi.Errno;
import io.unp.net.AddrInfo;
import io.unp.net.Hostent;
import io.unp.net.NameInfo;
import io.unp.net.Netent;
import io.unp.net.Servent;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;
import io.unp.net.Utsname;
import java.util.ArrayList;
import java.util.List;

/**
 * glibc's resolver and name databases (chapters 9-11), copied into Java records so that no
 * native memory outlives a call.
 *
 * <p>Only the reentrant {@code _r} forms of the hostent/servent/netent calls are used: the
 * classic ones return a static structure that the next call on any thread overwrites
 * (section 11.14). Each call gets its own buffers, grown on ERANGE, and the
 * {@code getaddrinfo} list is copied and released with {@code freeaddrinfo} before returning,
 * so every method is safe from many threads at once. Failures come back as codes in an
 * {@link Answer}; {@link io.unp.sys.Sys} turns them into its exceptions.
 */
public final class Resolver {
    private Resolver() {}

    /** Largest buffer given to an {@code _r} call before giving up with ERANGE. */
    private static final int MAX_BUF = 1 << 22;
    private static final int NETDB_INTERNAL = -1;
    private static final int HOST_NOT_FOUND = 1;

    /**
     * What a call gave: its {@code value}, or null with {@code code} (h_errno for the hostent
     * and netent calls, the EAI_* code for getaddrinfo/getnameinfo) and {@code errno} (the
     * error number the call returned or left in errno, 0 if none).
     */
    public record Answer<T>(T value, int code, int errno) {
        static <T> Answer<T> of(T value) {
            return new Answer<>(value, 0, 0);
        }
    }

    private static final class Fns {
        final Jffi j = Native.jffi();
        final long getaddrinfo = j.symbol("getaddrinfo");
        final long freeaddrinfo = j.symbol("freeaddrinfo");
        final long gaiStrerror = j.symbol("gai_strerror");
        final long getnameinfo = j.symbol("getnameinfo");
        final long gethostbynameR = j.symbol("gethostbyname_r");
        final long gethostbyname2R = j.symbol("gethostbyname2_r");
        final long gethostbyaddrR = j.symbol("gethostbyaddr_r");
        final long getservbynameR = j.symbol("getservbyname_r");
        final long getservbyportR = j.symbol("getservbyport_r");
        final long getnetbynameR = j.symbol("getnetbyname_r");
        final long hstrerror = j.symbol("hstrerror");
        final long uname = j.symbol("uname");
        final long gethostname = j.symbol("gethostname");
        /** getnameinfo(sa, salen, host, hostlen, serv, servlen, flags) */
        final CallContext getnameinfoCtx = Jffi.typed(Type.SINT, Type.POINTER, Type.UINT, Type.POINTER, Type.UINT,
                Type.POINTER, Type.UINT, Type.SINT);
        /** gethostbyname2_r(name, af, ret, buf, buflen, result, h_errnop) */
        final CallContext gethostbyname2Ctx = Jffi.typed(Type.SINT, Type.POINTER, Type.SINT, Type.POINTER,
                Type.POINTER, Type.ULONG, Type.POINTER, Type.POINTER);
        /** gethostbyaddr_r(addr, len, type, ret, buf, buflen, result, h_errnop) */
        final CallContext gethostbyaddrCtx = Jffi.typed(Type.SINT, Type.POINTER, Type.UINT, Type.SINT, Type.POINTER,
                Type.POINTER, Type.ULONG, Type.POINTER, Type.POINTER);
    }

    private static Fns fnsInstance;

    private static Fns fns() {
        Fns f = fnsInstance;
        if (f == null) {
            synchronized (Resolver.class) {
                f = fnsInstance;
                if (f == null) {
                    f = new Fns();
                    fnsInstance = f;
                }
            }
        }
        return f;
    }

    /** Native memory for one call, freed all at once. */
    private static final class Arena implements AutoCloseable {
        private final Jffi j;
        private final List<Long> blocks = new ArrayList<>();

        Arena(Jffi j) {
            this.j = j;
        }

        long alloc(long size) {
            long p = j.memory.allocateMemory(Math.max(size, 1), true);
            if (p == 0) {
                throw new OutOfMemoryError("cannot allocate " + size + " bytes of native memory");
            }
            blocks.add(p);
            return p;
        }

        long string(String s) {
            long p = j.cString(s);
            if (p != 0) {
                blocks.add(p);
            }
            return p;
        }

        long bytes(byte[] b, int len) {
            long p = alloc(len);
            j.memory.putByteArray(p, b, 0, len);
            return p;
        }

        @Override
        public void close() {
            for (long p : blocks) {
                j.free(p);
            }
        }
    }

    // ---- getaddrinfo / getnameinfo

    /** {@code getaddrinfo(3)}: the answers in list order, or the EAI_* code (and errno for EAI_SYSTEM). */
    public static Answer<List<AddrInfo>> getaddrinfo(String node, String service, AddrInfo hints) {
        Fns f = fns();
        Jffi j = f.j;
        MemoryIO m = j.memory;
        try (Arena a = new Arena(j)) {
            long h = 0;
            if (hints != null) {
                h = a.alloc(ADDRINFO_SIZE);
                m.putInt(h + ADDRINFO_AI_FLAGS, hints.aiFlags());
                m.putInt(h + ADDRINFO_AI_FAMILY, hints.aiFamily());
                m.putInt(h + ADDRINFO_AI_SOCKTYPE, hints.aiSocktype());
                m.putInt(h + ADDRINFO_AI_PROTOCOL, hints.aiProtocol());
            }
            long res = a.alloc(POINTER_SIZE);
            int rc = (int) j.invoker.invokeN4(j.n4, f.getaddrinfo, a.string(node), a.string(service), h, res);
            if (rc != 0) {
                return new Answer<>(null, rc, j.errno());
            }
            long head = m.getAddress(res);
            List<AddrInfo> out = new ArrayList<>();
            try {
                for (long ai = head; ai != 0; ai = m.getAddress(ai + ADDRINFO_AI_NEXT)) {
                    long addr = m.getAddress(ai + ADDRINFO_AI_ADDR);
                    SockAddr sa = null;
                    if (addr != 0) {
                        sa = new SockaddrStorage();
                        int n = Math.min(m.getInt(ai + ADDRINFO_AI_ADDRLEN), sa.capacity());
                        m.getByteArray(addr, sa.bytes(), 0, n);
                        sa.setLen(n);
                    }
                    out.add(new AddrInfo(m.getInt(ai + ADDRINFO_AI_FLAGS), m.getInt(ai + ADDRINFO_AI_FAMILY),
                            m.getInt(ai + ADDRINFO_AI_SOCKTYPE), m.getInt(ai + ADDRINFO_AI_PROTOCOL), sa,
                            j.string(m.getAddress(ai + ADDRINFO_AI_CANONNAME))));
                }
            } finally {
                if (head != 0) {
                    j.invoker.invokeN1(j.n1, f.freeaddrinfo, head);
                }
            }
            return Answer.of(List.copyOf(out));
        }
    }

    /** {@code gai_strerror(3)}: glibc's text for an EAI_* code. */
    public static String gaiStrerror(int code) {
        Fns f = fns();
        return f.j.string(f.j.invoker.invokeN1(f.j.n1, f.gaiStrerror, code));
    }

    /**
     * {@code getnameinfo(3)} of {@code sa} with buffers of {@code hostlen} and {@code servlen}
     * bytes (0: that part not asked for, and null in the answer).
     */
    public static Answer<NameInfo> getnameinfo(SockAddr sa, int hostlen, int servlen, int flags) {
        Fns f = fns();
        Jffi j = f.j;
        try (Arena a = new Arena(j)) {
            long host = hostlen > 0 ? a.alloc(hostlen) : 0;
            long serv = servlen > 0 ? a.alloc(servlen) : 0;
            HeapInvocationBuffer b = new HeapInvocationBuffer(f.getnameinfoCtx);
            b.putAddress(a.bytes(sa.bytes(), sa.len()));
            b.putInt(sa.len());
            b.putAddress(host);
            b.putInt(hostlen);
            b.putAddress(serv);
            b.putInt(servlen);
            b.putInt(flags);
            int rc = j.invoker.invokeInt(f.getnameinfoCtx, f.getnameinfo, b);
            if (rc != 0) {
                return new Answer<>(null, rc, j.errno());
            }
            return Answer.of(new NameInfo(host == 0 ? null : j.string(host, hostlen),
                    serv == 0 ? null : j.string(serv, servlen)));
        }
    }

    // ---- hostent

    /** One {@code _r} call into {@code ret}, {@code buf} and the result pointer; returns its error number. */
    @FunctionalInterface
    private interface ReentrantCall {
        int call(long ret, long buf, long buflen, long result, long hErrnop);
    }

    /** Runs a hostent or netent {@code _r} call, growing the buffer on ERANGE. */
    private static <T> Answer<T> reentrant(int structSize, ReentrantCall call, java.util.function.LongFunction<T> copy,
            Arena a) {
        Jffi j = fns().j;
        MemoryIO m = j.memory;
        long ret = a.alloc(structSize);
        long result = a.alloc(POINTER_SIZE);
        long hErrnop = a.alloc(4);
        for (int size = 1024; ; size *= 2) {
            long buf = j.memory.allocateMemory(size, false);
            if (buf == 0) {
                throw new OutOfMemoryError("cannot allocate " + size + " bytes of native memory");
            }
            try {
                m.putAddress(result, 0);
                m.putInt(hErrnop, 0);
                int rc = call.call(ret, buf, size, result, hErrnop);
                if (rc == Errno.ERANGE.code() && size < MAX_BUF) {
                    continue;
                }
                long p = m.getAddress(result);
                if (rc != 0 || p == 0) {
                    int hErrno = m.getInt(hErrnop);
                    if (hErrno == 0) {
                        hErrno = rc != 0 ? NETDB_INTERNAL : HOST_NOT_FOUND; // glibc left it unset
                    }
                    return new Answer<>(null, hErrno, rc);
                }
                return Answer.of(copy.apply(p));
            } finally {
                j.free(buf);
            }
        }
    }

    private static Hostent copyHostent(long h) {
        Jffi j = fns().j;
        MemoryIO m = j.memory;
        int length = m.getInt(h + HOSTENT_H_LENGTH);
        List<byte[]> addrs = new ArrayList<>();
        long list = m.getAddress(h + HOSTENT_H_ADDR_LIST);
        for (int i = 0; list != 0; i++) {
            long p = m.getAddress(list + (long) POINTER_SIZE * i);
            if (p == 0) {
                break;
            }
            byte[] b = new byte[length];
            m.getByteArray(p, b, 0, length);
            addrs.add(b);
        }
        return new Hostent(j.string(m.getAddress(h + HOSTENT_H_NAME)), stringList(m.getAddress(h + HOSTENT_H_ALIASES)),
                m.getInt(h + HOSTENT_H_ADDRTYPE), length, addrs);
    }

    /** {@code gethostbyname_r(3)}: the hostent, or h_errno and the call's error number. */
    public static Answer<Hostent> gethostbyname(String name) {
        Fns f = fns();
        try (Arena a = new Arena(f.j)) {
            long n = a.string(name);
            return reentrant(HOSTENT_SIZE, (ret, buf, len, result, he) -> (int) f.j.invoker.invokeN6(f.j.n6,
                    f.gethostbynameR, n, ret, buf, len, result, he), Resolver::copyHostent, a);
        }
    }

    /** {@code gethostbyname2_r(3)}. */
    public static Answer<Hostent> gethostbyname2(String name, int af) {
        Fns f = fns();
        try (Arena a = new Arena(f.j)) {
            long n = a.string(name);
            return reentrant(HOSTENT_SIZE, (ret, buf, len, result, he) -> {
                HeapInvocationBuffer b = new HeapInvocationBuffer(f.gethostbyname2Ctx);
                b.putAddress(n);
                b.putInt(af);
                b.putAddress(ret);
                b.putAddress(buf);
                b.putLong(len);
                b.putAddress(result);
                b.putAddress(he);
                return f.j.invoker.invokeInt(f.gethostbyname2Ctx, f.gethostbyname2R, b);
            }, Resolver::copyHostent, a);
        }
    }

    /** {@code gethostbyaddr_r(3)} of the first {@code len} bytes of {@code addr}. */
    public static Answer<Hostent> gethostbyaddr(byte[] addr, int len, int type) {
        Fns f = fns();
        try (Arena a = new Arena(f.j)) {
            long ap = a.bytes(addr, len);
            return reentrant(HOSTENT_SIZE, (ret, buf, blen, result, he) -> {
                HeapInvocationBuffer b = new HeapInvocationBuffer(f.gethostbyaddrCtx);
                b.putAddress(ap);
                b.putInt(len);
                b.putInt(type);
                b.putAddress(ret);
                b.putAddress(buf);
                b.putLong(blen);
                b.putAddress(result);
                b.putAddress(he);
                return f.j.invoker.invokeInt(f.gethostbyaddrCtx, f.gethostbyaddrR, b);
            }, Resolver::copyHostent, a);
        }
    }

    /** {@code hstrerror(3)}: glibc's text for an h_errno value. */
    public static String hstrerror(int err) {
        Fns f = fns();
        return f.j.string(f.j.invoker.invokeN1(f.j.n1, f.hstrerror, err));
    }

    // ---- servent, netent

    private static Servent copyServent(long s) {
        Jffi j = fns().j;
        MemoryIO m = j.memory;
        return new Servent(j.string(m.getAddress(s + SERVENT_S_NAME)), stringList(m.getAddress(s + SERVENT_S_ALIASES)),
                m.getInt(s + SERVENT_S_PORT), j.string(m.getAddress(s + SERVENT_S_PROTO)));
    }

    /** {@code getservbyname_r(3)}: null when the service is unknown. */
    public static Servent getservbyname(String name, String proto) {
        Fns f = fns();
        try (Arena a = new Arena(f.j)) {
            long n = a.string(name);
            long p = a.string(proto);
            return reentrant(SERVENT_SIZE, (ret, buf, len, result, he) -> (int) f.j.invoker.invokeN6(f.j.n6,
                    f.getservbynameR, n, p, ret, buf, len, result), Resolver::copyServent, a).value();
        }
    }

    /** {@code getservbyport_r(3)} with the port in network byte order: null when unknown. */
    public static Servent getservbyport(int port, String proto) {
        Fns f = fns();
        try (Arena a = new Arena(f.j)) {
            long p = a.string(proto);
            return reentrant(SERVENT_SIZE, (ret, buf, len, result, he) -> (int) f.j.invoker.invokeN6(f.j.n6,
                    f.getservbyportR, port, p, ret, buf, len, result), Resolver::copyServent, a).value();
        }
    }

    /** {@code getnetbyname_r(3)}: the entry, or h_errno and the call's error number. */
    public static Answer<Netent> getnetbyname(String name) {
        Fns f = fns();
        try (Arena a = new Arena(f.j)) {
            long n = a.string(name);
            return reentrant(NETENT_SIZE, (ret, buf, len, result, he) -> (int) f.j.invoker.invokeN6(f.j.n6,
                    f.getnetbynameR, n, ret, buf, len, result, he), p -> {
                        MemoryIO m = f.j.memory;
                        return new Netent(f.j.string(m.getAddress(p + NETENT_N_NAME)),
                                stringList(m.getAddress(p + NETENT_N_ALIASES)), m.getInt(p + NETENT_N_ADDRTYPE),
                                m.getInt(p + NETENT_N_NET));
                    }, a);
        }
    }

    // ---- uname, gethostname

    /** {@code uname(2)}: the record, or errno. */
    public static Answer<Utsname> uname() {
        Fns f = fns();
        try (Arena a = new Arena(f.j)) {
            long u = a.alloc(UTSNAME_SIZE);
            if ((int) f.j.invoker.invokeN1(f.j.n1, f.uname, u) != 0) {
                return new Answer<>(null, 0, f.j.errno());
            }
            String[] s = new String[5];
            for (int i = 0; i < 5; i++) {
                s[i] = f.j.string(u + (long) UTSNAME_FIELD * i, UTSNAME_FIELD);
            }
            return Answer.of(new Utsname(s[0], s[1], s[2], s[3], s[4]));
        }
    }

    /** {@code gethostname(2)}: the name, or errno. */
    public static Answer<String> gethostname() {
        Fns f = fns();
        try (Arena a = new Arena(f.j)) {
            int size = 256;
            long buf = a.alloc(size);
            if ((int) f.j.invoker.invokeN2(f.j.n2, f.gethostname, buf, size) != 0) {
                return new Answer<>(null, 0, f.j.errno());
            }
            return Answer.of(f.j.string(buf, size));
        }
    }

    private static List<String> stringList(long array) {
        Jffi j = fns().j;
        List<String> out = new ArrayList<>();
        for (int i = 0; array != 0; i++) {
            long s = j.memory.getAddress(array + (long) POINTER_SIZE * i);
            if (s == 0) {
                break;
            }
            out.add(j.string(s));
        }
        return out;
    }
}
