package io.unp.examples.server;

import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Read;

import io.unp.abi.CString;
import io.unp.lib.Writen;
import io.unp.sys.Sys;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's arguments for its children. A forked C child has them in its copy of the parent's
 * memory ({@code argv}, {@code request}, {@code nloops} ...); a child JVM is given descriptor
 * numbers only, so the parent writes the values into a pipe whose read end the child inherits,
 * NUL after each, and closes the write end: the child reads them to end of file.
 */
final class ChildArgs {
    private ChildArgs() {}

    /** A pipe holding {@code values}; returns its read end (the caller passes it and then closes it). */
    static int pass(String... values) {
        int[] p = new int[2];
        Sys.pipe(p);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (String v : values) {
            byte[] c = CString.bytes(v);
            b.write(c, 0, c.length);
            b.write(0);
        }
        byte[] all = b.toByteArray(); // a few dozen bytes: far below a pipe's capacity
        Writen.Writen(p[1], all, all.length);
        Close(p[1]);
        return p[0];
    }

    /** In the child: the values behind {@code fd}, which is then closed. */
    static String[] receive(int fd) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[512];
        int n;
        while ((n = Read(fd, buf, buf.length)) > 0) {
            b.write(buf, 0, n);
        }
        Close(fd);
        byte[] all = b.toByteArray();
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == 0) {
                out.add(CString.string(all, start, i - start));
                start = i + 1;
            }
        }
        return out.toArray(new String[0]);
    }
}
