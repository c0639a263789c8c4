package io.unp.net;

import io.unp.abi.Layouts;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A socket address as the kernel sees it: the bytes of a {@code struct sockaddr_*} and its
 * length ({@code socklen_t}).
 *
 * <p>This is the type every {@link io.unp.sys.Sys} call takes where C takes
 * {@code (struct sockaddr *, socklen_t)}. A call that fills an address in (accept,
 * getsockname, recvfrom) writes at most {@link #capacity()} bytes and sets {@link #len()} to
 * what the kernel reported, as {@code *addrlen} in C. Linux has no {@code sa_len}: the family
 * is the first two bytes, in host byte order.
 *
 * <p>Typed views: {@link SockaddrIn}, {@link SockaddrIn6}, {@link SockaddrUn} and
 * {@link SockaddrStorage}; {@link #toSocketAddress()} and {@link #of(SocketAddress)} convert
 * to and from the JDK's address classes.
 */
public class SockAddr {
    /** {@code sizeof(struct sockaddr_storage)}. */
    public static final int STORAGE_SIZE = Layouts.SOCKADDR_STORAGE_SIZE;

    final byte[] bytes;
    int len;

    SockAddr(int capacity) {
        this.bytes = new byte[capacity];
        this.len = capacity;
    }

    SockAddr(int capacity, int family) {
        this(capacity);
        setFamily(family);
    }

    /** The raw structure; the kernel reads and writes these bytes. */
    public final byte[] bytes() {
        return bytes;
    }

    /** The address length ({@code socklen_t}): set by the kernel when it fills the address. */
    public final int len() {
        return len;
    }

    /** Sets the length, as C code sets {@code addrlen} before a call. */
    public final void setLen(int len) {
        if (len < 0 || len > bytes.length) {
            throw new IllegalArgumentException("length " + len + " outside 0.." + bytes.length);
        }
        this.len = len;
    }

    /** The structure's size, {@code sizeof} the C type. */
    public final int capacity() {
        return bytes.length;
    }

    /** {@code sa_family}. */
    public final int family() {
        return u16(0);
    }

    /** Sets {@code sa_family}. */
    public final void setFamily(int family) {
        u16(0, family);
    }

    /** Zeroes the structure and restores its full length ({@code bzero}). */
    public void clear() {
        Arrays.fill(bytes, (byte) 0);
        len = bytes.length;
    }

    /** A copy of the first {@link #len()} bytes. */
    public final byte[] toByteArray() {
        return Arrays.copyOf(bytes, len);
    }

    /** Copies another address's bytes and length into this one (the kernel's view of a struct copy). */
    public final void copyFrom(SockAddr other) {
        Arrays.fill(bytes, (byte) 0);
        int n = Math.min(other.len, bytes.length);
        System.arraycopy(other.bytes, 0, bytes, 0, n);
        len = n;
    }

    /** A new storage-sized address holding a copy of this one. */
    public SockAddr copy() {
        SockaddrStorage copy = new SockaddrStorage();
        copy.copyFrom(this);
        return copy;
    }

    /** This address as a {@code sockaddr_in} view (a copy), or throws if it is not AF_INET. */
    public SockaddrIn asIn() {
        requireFamily(SockaddrIn.AF_INET);
        SockaddrIn in = new SockaddrIn();
        in.copyFrom(this);
        return in;
    }

    /** This address as a {@code sockaddr_in6} view (a copy), or throws if it is not AF_INET6. */
    public SockaddrIn6 asIn6() {
        requireFamily(SockaddrIn6.AF_INET6);
        SockaddrIn6 in6 = new SockaddrIn6();
        in6.copyFrom(this);
        return in6;
    }

    /** This address as a {@code sockaddr_un} view (a copy), or throws if it is not AF_UNIX. */
    public SockaddrUn asUn() {
        requireFamily(SockaddrUn.AF_UNIX);
        SockaddrUn un = new SockaddrUn();
        un.copyFrom(this);
        return un;
    }

    private void requireFamily(int family) {
        if (family() != family) {
            throw new IllegalStateException("address family is " + family() + ", not " + family);
        }
    }

    /**
     * The JDK address for this one: {@link InetSocketAddress} for AF_INET and AF_INET6,
     * {@link UnixDomainSocketAddress} for AF_UNIX with a path (an empty one for an unnamed
     * socket).
     *
     * @throws IllegalStateException for other families, and for a Linux abstract name, which
     *     the JDK's address class rejects
     */
    public SocketAddress toSocketAddress() {
        switch (family()) {
            case SockaddrIn.AF_INET:
            case SockaddrIn6.AF_INET6: {
                boolean v4 = family() == SockaddrIn.AF_INET;
                byte[] raw = v4 ? Arrays.copyOfRange(bytes, 4, 8) : Arrays.copyOfRange(bytes, 8, 24);
                try {
                    int scope = v4 ? 0 : v6Scope();
                    // scope id 0 means none: the JDK would otherwise print "%0" after the address
                    InetAddress ia = v4 ? InetAddress.getByAddress(raw)
                            : java.net.Inet6Address.getByAddress(null, raw, scope == 0 ? -1 : scope);
                    return new InetSocketAddress(ia, portHost());
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
            case SockaddrUn.AF_UNIX: {
                SockaddrUn un = asUn();
                if (un.isAbstract()) {
                    throw new IllegalStateException("the JDK's UnixDomainSocketAddress cannot hold the Linux abstract name @"
                            + un.abstractName());
                }
                // the JDK decodes file names with the platform's file-name encoding; so do we
                return UnixDomainSocketAddress.of(new String(io.unp.abi.CString.bytes(un.path()), fileNames()));
            }
            default:
                throw new IllegalStateException("no JDK address for family " + family());
        }
    }

    private int v6Scope() {
        return i32(24);
    }

    /** The port in host byte order, for AF_INET and AF_INET6; 0 for other families. */
    public int portHost() {
        int f = family();
        if (f != SockaddrIn.AF_INET && f != SockaddrIn6.AF_INET6) {
            return 0;
        }
        return ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
    }

    /** Stores a host-order port at offset 2 in network order (sin_port and sin6_port share it). */
    final void setPortHost(int port) {
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException("port " + port + " outside 0..65535");
        }
        bytes[2] = (byte) (port >>> 8);
        bytes[3] = (byte) port;
    }

    /** The kernel structure for a JDK address. */
    public static SockAddr of(SocketAddress address) {
        if (address instanceof InetSocketAddress) {
            InetSocketAddress isa = (InetSocketAddress) address;
            InetAddress ia = isa.getAddress();
            if (ia == null) {
                throw new IllegalArgumentException("unresolved address " + isa);
            }
            return ia.getAddress().length == 4 ? SockaddrIn.of(ia, isa.getPort()) : SockaddrIn6.of(ia, isa.getPort());
        }
        if (address instanceof UnixDomainSocketAddress) {
            byte[] path = ((UnixDomainSocketAddress) address).getPath().toString().getBytes(fileNames());
            return SockaddrUn.of(io.unp.abi.CString.string(path, 0, path.length));
        }
        throw new IllegalArgumentException("unsupported address type " + address.getClass().getName());
    }

    /** The charset the JDK uses for file names ({@code sun.jnu.encoding}), for paths crossing to and from java.nio. */
    static java.nio.charset.Charset fileNames() {
        try {
            return java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    final int u16(int off) {
        return HostOrder.u16(bytes, off);
    }

    final void u16(int off, int v) {
        HostOrder.u16(bytes, off, v);
    }

    final int i32(int off) {
        return HostOrder.i32(bytes, off);
    }

    final void i32(int off, int v) {
        HostOrder.i32(bytes, off, v);
    }

    static String cString(byte[] b, int off, int max) {
        int end = off;
        while (end < off + max && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[family=" + family() + ", len=" + len + "]";
    }
}
