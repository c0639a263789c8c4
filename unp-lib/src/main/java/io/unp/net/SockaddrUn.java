package io.unp.net;

import io.unp.abi.CString;
import io.unp.abi.Layouts;
import java.util.Arrays;

/**
 * {@code struct sockaddr_un}: the family and {@code sun_path}, 110 bytes in all (section 14.2).
 *
 * <p>Three kinds of Unix-domain name exist on Linux, told apart by the length the kernel
 * reports ({@link #len()}) and the first byte of {@code sun_path}:
 * <ul>
 *   <li>a <b>pathname</b> ({@link #of(String)}, {@link #path()}): a NUL-terminated file name;
 *       {@code bind} creates a socket file there that stays after the socket is closed, and a
 *       second {@code bind} to it fails with EADDRINUSE until it is unlinked;
 *   <li>an <b>abstract name</b> (Linux only; {@link #ofAbstract(String)},
 *       {@link #abstractName()}): {@code sun_path[0]} is NUL and the name is the bytes after
 *       it, up to the address length, with no terminator; nothing appears in the file system,
 *       the name vanishes with the last socket bound to it, and it belongs to the network
 *       namespace (not the mount namespace);
 *   <li><b>unnamed</b> ({@link #isUnnamed()}): only the family (length 2), the address of an
 *       unbound socket or a {@code socketpair} end.
 * </ul>
 * The book's C reads {@code sun_path} as a C string, which is empty for the last two:
 * {@link #path()} does the same.
 *
 * <p>Paths are bytes; a {@code String} holds them one {@code char} per byte ({@link CString}).
 */
public final class SockaddrUn extends SockAddr {
    static final int AF_UNIX = 1;
    /** {@code sizeof(struct sockaddr_un)}. */
    public static final int SIZE = Layouts.SOCKADDR_UN_SIZE;
    /** {@code offsetof(struct sockaddr_un, sun_path)}: the size of {@code sun_family}. */
    public static final int SUN_PATH = Layouts.SOCKADDR_UN_SUN_PATH;
    /** {@code sizeof(sun_path)}. */
    public static final int PATH_MAX = SIZE - SUN_PATH;

    /** A zeroed {@code sockaddr_un} with {@code sun_family = AF_UNIX}, of full length. */
    public SockaddrUn() {
        super(SIZE, AF_UNIX);
    }

    /** An address for {@code path}; its length is family plus path plus NUL, as getsockname reports. */
    public static SockaddrUn of(String path) {
        SockaddrUn un = new SockaddrUn();
        un.setPath(path);
        return un;
    }

    /**
     * A Linux abstract address for {@code name}: {@code sun_path} is a NUL then the name's
     * bytes, and the length is exactly {@code 2 + 1 + name length}, which is part of the name
     * (the same bytes with another length are another name).
     *
     * @throws IllegalArgumentException if the name is longer than 107 bytes
     */
    public static SockaddrUn ofAbstract(String name) {
        byte[] n = CString.bytes(name);
        if (n.length > PATH_MAX - 1) {
            throw new IllegalArgumentException("abstract name too long for sockaddr_un (" + n.length + " bytes, max "
                    + (PATH_MAX - 1) + ")");
        }
        SockaddrUn un = new SockaddrUn();
        System.arraycopy(n, 0, un.bytes, SUN_PATH + 1, n.length);
        un.len = SUN_PATH + 1 + n.length;
        return un;
    }

    /** {@code sun_path} as C reads it: up to its first NUL; "" when unnamed or abstract. */
    public String path() {
        return CString.fromNulTerminated(bytes, SUN_PATH, Math.max(0, Math.min(len, SIZE) - SUN_PATH));
    }

    /**
     * Sets {@code sun_path} to {@code path} followed by NUL, and the length to family plus path
     * plus NUL.
     *
     * @throws IllegalArgumentException if the path has 108 bytes or more (it would not fit with
     *     its NUL) or holds a NUL
     */
    public void setPath(String path) {
        byte[] p = CString.bytes(path);
        if (p.length >= PATH_MAX) {
            throw new IllegalArgumentException("path too long for sockaddr_un (" + p.length + " bytes, max "
                    + (PATH_MAX - 1) + ")");
        }
        for (byte b : p) {
            if (b == 0) {
                throw new IllegalArgumentException("a pathname cannot hold a NUL byte (for an abstract name use ofAbstract)");
            }
        }
        Arrays.fill(bytes, SUN_PATH, SIZE, (byte) 0);
        System.arraycopy(p, 0, bytes, SUN_PATH, p.length);
        len = SUN_PATH + p.length + 1;
    }

    /**
     * {@code SUN_LEN}: {@code offsetof(sun_path)} plus {@code strlen(sun_path)}, the length the
     * book passes to {@code bind} (without the NUL, which the kernel adds back).
     */
    public int sunLen() {
        return SUN_PATH + CString.bytes(path()).length;
    }

    /** True for a Linux abstract name: a length beyond the family and a NUL first byte. */
    public boolean isAbstract() {
        return len > SUN_PATH && bytes[SUN_PATH] == 0;
    }

    /** The abstract name (the bytes after the leading NUL, up to the length), or null if this is not one. */
    public String abstractName() {
        return isAbstract() ? CString.string(bytes, SUN_PATH + 1, Math.min(len, SIZE) - SUN_PATH - 1) : null;
    }

    /** True for the address of an unbound socket: the family alone (length 2 or less). */
    public boolean isUnnamed() {
        return len <= SUN_PATH;
    }

    @Override
    public void clear() {
        super.clear();
        setFamily(AF_UNIX);
    }

    @Override
    public String toString() {
        if (isUnnamed()) {
            return "SockaddrUn[unnamed]";
        }
        return isAbstract() ? "SockaddrUn[abstract @" + abstractName() + "]" : "SockaddrUn[" + path() + "]";
    }
}
