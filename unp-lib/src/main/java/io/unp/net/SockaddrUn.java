package io.unp.net;

import io.unp.abi.Layouts;
import java.nio.charset.StandardCharsets;

/** {@code struct sockaddr_un}: family and a path of up to 107 bytes, 110 bytes in all. */
public final class SockaddrUn extends SockAddr {
    static final int AF_UNIX = 1;
    /** {@code sizeof(struct sockaddr_un)}. */
    public static final int SIZE = Layouts.SOCKADDR_UN_SIZE;
    /** {@code sizeof(sun_path)}. */
    public static final int PATH_MAX = 108;

    /** A zeroed {@code sockaddr_un} with {@code sun_family = AF_UNIX}. */
    public SockaddrUn() {
        super(SIZE, AF_UNIX);
    }

    /** An address for {@code path}; its length is {@code SUN_LEN}: family plus path plus NUL. */
    public static SockaddrUn of(String path) {
        SockaddrUn un = new SockaddrUn();
        un.setPath(path);
        return un;
    }

    /** {@code sun_path} up to its first NUL; "" when no path is bound. */
    public String path() {
        return cString(bytes, 2, Math.max(0, Math.min(len, SIZE) - 2));
    }

    /** Sets {@code sun_path}, and the length to {@code SUN_LEN}. */
    public void setPath(String path) {
        byte[] p = path.getBytes(StandardCharsets.UTF_8);
        if (p.length >= PATH_MAX) {
            throw new IllegalArgumentException("path too long for sockaddr_un (" + p.length + " bytes, max 107)");
        }
        java.util.Arrays.fill(bytes, 2, SIZE, (byte) 0);
        System.arraycopy(p, 0, bytes, 2, p.length);
        len = 2 + p.length + 1;
    }

    @Override
    public void clear() {
        super.clear();
        setFamily(AF_UNIX);
    }
}
