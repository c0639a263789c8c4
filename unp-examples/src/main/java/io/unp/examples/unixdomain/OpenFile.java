package io.unp.examples.unixdomain;

import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapSock.atoi;

import io.unp.lib.Exit;
import io.unp.lib.WriteFd;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * unixdomain/openfile (section 14.7): started by {@code my_open} with one end of a stream pipe
 * as its first argument; opens the file and passes the descriptor back with {@code write_fd}
 * (one NUL byte of data with it), or exits with the errno of the failure as its status.
 */
public final class OpenFile {
    private OpenFile() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            throw quit("openfile <sockfd#> <filename> <mode>");
        }

        int fd;
        try {
            fd = Sys.open(args[1], atoi(args[2]));
        } catch (ErrnoException e) {
            throw new Exit(e.code() > 0 ? e.code() : 255);
        }

        try {
            WriteFd.writeFd(atoi(args[0]), new byte[1], 1, fd);
        } catch (ErrnoException e) {
            throw new Exit(e.code() > 0 ? e.code() : 255);
        }
    }
}
