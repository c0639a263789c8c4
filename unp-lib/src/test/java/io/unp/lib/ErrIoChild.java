package io.unp.lib;

import io.unp.sys.Sys;
import java.io.IOException;

/**
 * A tiny program for {@link ErrIoTest}: an earlier call leaves errno at ECONNREFUSED, then a
 * Java stream fails (standard output is /dev/full) and the program reports it as the book does.
 */
public final class ErrIoChild {
    private ErrIoChild() {}

    public static void main(String[] args) {
        Launcher.run("erriochild", () -> {
            Sys.setErrno(111); // stale: ECONNREFUSED from an earlier native call
            switch (args[0]) {
                case "Fputs":
                    Stdio.Fputs("hello\n\0".getBytes(Stdio.BYTES));
                    break;
                case "fputs-then-err_sys":
                    if (!Stdio.fputs("hello\n".getBytes(Stdio.BYTES), 6)) {
                        throw Err.sys("fputs error");
                    }
                    break;
                case "latin1":
                    // One char per byte, both ways: what a C string holds is printed as is.
                    Stdio.printf("%s|%s\n", "\u00ff\u00fe", Stdio.str(new byte[] {(byte) 0xe9, 'x', 0}));
                    Err.msg("inet_pton error for %s", "\u00ff\u00fe");
                    break;
                case "err_sys-with-exception":
                    throw Err.sys(new IOException("Stream Closed"), "write error on %s", "stdout");
                default:
                    throw new IllegalArgumentException(args[0]);
            }
        });
    }
}
