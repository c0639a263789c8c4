package io.unp.net;

import io.unp.abi.CString;
import io.unp.abi.Constants;
import io.unp.abi.Layouts;

/** Reading and writing the fields of the ioctl structures, which embed a {@code struct sockaddr}. */
final class Structs {
    private Structs() {}

    /**
     * The {@code struct sockaddr} (16 bytes) at {@code off}: a {@link SockaddrIn} when its family
     * is AF_INET, else a storage-sized copy whose length is 16.
     */
    static SockAddr sockaddrAt(byte[] b, int off) {
        SockAddr sa = new SockaddrStorage();
        System.arraycopy(b, off, sa.bytes, 0, Layouts.SOCKADDR_SIZE);
        sa.len = Layouts.SOCKADDR_SIZE;
        return sa.family() == Constants.AF_INET ? sa.asIn() : sa;
    }

    /** Puts the first 16 bytes of {@code sa} at {@code off} (the rest of a larger address does not fit). */
    static void putSockaddr(byte[] b, int off, SockAddr sa) {
        java.util.Arrays.fill(b, off, off + Layouts.SOCKADDR_SIZE, (byte) 0);
        System.arraycopy(sa.bytes, 0, b, off, Math.min(sa.len, Layouts.SOCKADDR_SIZE));
    }

    static String name(byte[] b, int off) {
        return CString.fromNulTerminated(b, off, Constants.IFNAMSIZ);
    }

    /** Stores an interface name with its NUL; a longer name than IFNAMSIZ-1 bytes is cut, as strncpy would. */
    static void putName(byte[] b, int off, String name) {
        java.util.Arrays.fill(b, off, off + Constants.IFNAMSIZ, (byte) 0);
        byte[] n = CString.bytes(name);
        System.arraycopy(n, 0, b, off, Math.min(n.length, Constants.IFNAMSIZ - 1));
    }
}
