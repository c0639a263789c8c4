package io.unp.examples.unixdomain;

import static io.unp.abi.Constants.O_RDONLY;
import static io.unp.abi.Constants.STDOUT_FILENO;
import static io.unp.lib.Err.quit;
import static io.unp.lib.MyOpen.myOpen;
import static io.unp.lib.Unp.BUFFSIZE;
import static io.unp.lib.WrapUnix.Read;
import static io.unp.lib.WrapUnix.Write;

import io.unp.lib.Err;
import io.unp.sys.ErrnoException;

/**
 * unixdomain/mycat (section 14.7): {@code cat} for one file that it does not open itself:
 * {@code my_open} has the separate program unixdomain/openfile open it and pass the descriptor
 * back over a stream pipe; a failed open comes back as openfile's exit status,
 * which becomes the errno of "cannot open".
 */
public final class MyCat {
    private MyCat() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: mycat <pathname>");
        }

        int fd;
        try {
            fd = myOpen(args[0], O_RDONLY);
        } catch (ErrnoException e) {
            throw Err.sys("cannot open %s", args[0]);
        }

        byte[] buff = new byte[BUFFSIZE];
        int n;
        while ((n = Read(fd, buff, BUFFSIZE)) > 0) {
            Write(STDOUT_FILENO, buff, n);
        }
    }
}
