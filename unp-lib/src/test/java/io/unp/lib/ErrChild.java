package io.unp.lib;

import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/** A tiny program for {@link ErrTest}: calls the error functions as a book program would. */
public final class ErrChild {
    private ErrChild() {}

    public static void main(String[] args) {
        try {
            switch (args[0]) {
                case "ret-msg-sys":
                    Stdio.printf("before\n");
                    Sys.setErrno(111);
                    Err.ret("err_ret %s", "here");
                    Err.msg("err_msg %d", 7);
                    Stdio.printf("still running\n");
                    Err.sys("connect error");
                    Stdio.printf("not reached\n");
                    break;
                case "quit":
                    Sys.setErrno(4);
                    Err.quit("usage: tcpcli <IPaddress>");
                    break;
                case "real":
                    try {
                        Sys.socket(999, io.unp.abi.Constants.SOCK_STREAM, 0);
                    } catch (ErrnoException e) {
                        throw Err.sys("socket error");
                    }
                    break;
                default:
                    throw new IllegalArgumentException(args[0]);
            }
        } catch (Exit e) {
            System.exit(e.status());
        }
        System.exit(0);
    }
}
