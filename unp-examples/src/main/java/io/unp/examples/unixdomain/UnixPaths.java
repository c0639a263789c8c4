package io.unp.examples.unixdomain;

import io.unp.net.SockaddrUn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/** What the book's Unix-domain programs do with their well-known paths. */
final class UnixPaths {
    private UnixPaths() {}

    /**
     * {@code bzero(&addr); addr.sun_family = AF_LOCAL; strcpy(addr.sun_path, path)}, passed with
     * {@code sizeof(addr)} as its length, as these programs do (the kernel reads the path up to
     * its NUL).
     */
    static SockaddrUn fullLength(String path) {
        SockaddrUn addr = SockaddrUn.of(path);
        addr.setLen(SockaddrUn.SIZE);
        return addr;
    }

    /** {@code unlink(path)} with its result ignored, as the servers do before {@code bind}. */
    static void unlinkQuietly(String path) {
        try {
            Sys.unlink(path);
        } catch (ErrnoException e) {
            // nothing was there
        }
    }
}
