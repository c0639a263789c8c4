package io.unp.lib;

import io.unp.abi.Constants;
import io.unp.sys.Sys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Descriptors a test opens, closed at the end whatever happens. */
final class Fds implements AutoCloseable {
    private final List<Integer> open = new ArrayList<>();

    /** {@code socketpair(AF_UNIX, SOCK_STREAM)}: two connected descriptors. */
    int[] socketpair() {
        int[] sv = new int[2];
        Sys.socketpair(Constants.AF_UNIX, Constants.SOCK_STREAM, 0, sv);
        open.add(sv[0]);
        open.add(sv[1]);
        return sv;
    }

    int[] pipe() {
        int[] p = new int[2];
        Sys.pipe(p);
        open.add(p[0]);
        open.add(p[1]);
        return p;
    }

    int socket(int family, int type) {
        int fd = Sys.socket(family, type, 0);
        open.add(fd);
        return fd;
    }

    /** Closes {@code fd} now (and not again at the end). */
    void close(int fd) {
        open.remove(Integer.valueOf(fd));
        Sys.close(fd);
    }

    static void write(int fd, String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        Writen.writen(fd, b, 0, b.length);
    }

    @Override
    public void close() {
        for (int fd : open) {
            try {
                Sys.close(fd);
            } catch (RuntimeException e) {
                // already gone
            }
        }
        open.clear();
    }
}
