package io.unp.sys.ffi;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.byref.PointerByReference;

/**
 * glibc's resolver and name-service entry points (chapters 9-11), as jnr-ffi binds them.
 *
 * <p>Only the reentrant {@code _r} forms of the hostent/servent calls are bound: the
 * classic ones return a static structure that the next call on any thread overwrites
 * (section 11.14). {@link Resolver} is the only user; it copies every answer into Java
 * records before the native memory goes.
 */
public interface LibCResolver {
    int getaddrinfo(String node, String service, @In byte[] hints, PointerByReference res);

    void freeaddrinfo(Pointer res);

    String gai_strerror(int errcode);

    int getnameinfo(@In byte[] sa, int salen, @Out byte[] host, int hostlen, @Out byte[] serv, int servlen,
            int flags);

    int gethostbyname_r(String name, Pointer ret, Pointer buf, long buflen, PointerByReference result,
            @Out int[] hErrnop);

    int gethostbyname2_r(String name, int af, Pointer ret, Pointer buf, long buflen, PointerByReference result,
            @Out int[] hErrnop);

    int gethostbyaddr_r(@In byte[] addr, int len, int type, Pointer ret, Pointer buf, long buflen,
            PointerByReference result, @Out int[] hErrnop);

    int getservbyname_r(String name, String proto, Pointer resultBuf, Pointer buf, long buflen,
            PointerByReference result);

    int getservbyport_r(int port, String proto, Pointer resultBuf, Pointer buf, long buflen,
            PointerByReference result);

    String hstrerror(int err);

    int uname(@Out byte[] buf);

    int gethostname(@Out byte[] name, long len);
}
