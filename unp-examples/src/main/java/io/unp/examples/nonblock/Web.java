package io.unp.examples.nonblock;

import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_ERROR;
import static io.unp.abi.FdSet.FD_CLR;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_ZERO;
import static io.unp.examples.nonblock.WebDefs.F_CONNECTING;
import static io.unp.examples.nonblock.WebDefs.F_DONE;
import static io.unp.examples.nonblock.WebDefs.F_READING;
import static io.unp.examples.nonblock.WebDefs.MAXFILES;
import static io.unp.examples.nonblock.WebDefs.file;
import static io.unp.examples.nonblock.WebDefs.rset;
import static io.unp.examples.nonblock.WebDefs.wset;
import static io.unp.lib.Err.quit;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Select;
import static io.unp.lib.WrapSock.atoi;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Read;

import io.unp.abi.FdSet;
import io.unp.lib.Err;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * nonblock/web (section 15.5): fetches a home page with a blocking connection, then the files
 * named after it over up to {@code #conns} simultaneous nonblocking connections, reporting each
 * step: "start_connect for F, fd N", "connection established for F", "wrote N bytes for F",
 * "read N bytes from F", "end-of-file on F".
 *
 * <p>The requests are HTTP/1.0 GETs to port 80, so the server closes each connection after its
 * reply. At most 20 files ({@code MAXFILES}); the rest of the command line is ignored.
 * A {@code #conns} below 1 (or not a number) ends the program with a message; the C would
 * start no connection and wait in select for ever.
 */
public final class Web {
    private Web() {}

    public static void main(String[] args) {
        byte[] buf = new byte[MAXLINE];

        if (args.length < 4) {
            throw quit("usage: web <#conns> <hostname> <homepage> <file1> ...");
        }
        int maxnconn = atoi(args[0]);
        if (maxnconn < 1) { // beyond the book: the C would wait in select for ever
            throw quit("#conns must be at least 1: %s", args[0]);
        }

        WebDefs.nfiles = Math.min(args.length - 3, MAXFILES);
        for (int i = 0; i < WebDefs.nfiles; i++) {
            file[i].fName = args[i + 3];
            file[i].fHost = args[1];
            file[i].fFlags = 0;
        }
        printf("nfiles = %d\n", WebDefs.nfiles);

        HomePage.homePage(args[1], args[2]);

        FD_ZERO(rset);
        FD_ZERO(wset);
        WebDefs.maxfd = -1;
        WebDefs.nlefttoread = WebDefs.nlefttoconn = WebDefs.nfiles;
        WebDefs.nconn = 0;

        FdSet rs = new FdSet();
        FdSet ws = new FdSet();
        while (WebDefs.nlefttoread > 0) {
            while (WebDefs.nconn < maxnconn && WebDefs.nlefttoconn > 0) {
                // find a file to read
                int i;
                for (i = 0; i < WebDefs.nfiles; i++) {
                    if (file[i].fFlags == 0) {
                        break;
                    }
                }
                if (i == WebDefs.nfiles) {
                    throw quit("nlefttoconn = %d but nothing found", WebDefs.nlefttoconn);
                }
                StartConnect.startConnect(file[i]);
                WebDefs.nconn++;
                WebDefs.nlefttoconn--;
            }

            rs.assign(rset);
            ws.assign(wset);
            Select(WebDefs.maxfd + 1, rs, ws, null, null);

            for (int i = 0; i < WebDefs.nfiles; i++) {
                int flags = file[i].fFlags;
                if (flags == 0 || (flags & F_DONE) != 0) {
                    continue;
                }
                int fd = file[i].fFd;
                if ((flags & F_CONNECTING) != 0 && (FD_ISSET(fd, rs) || FD_ISSET(fd, ws))) {
                    connectResult(fd, file[i].fName);
                    // connection established
                    printf("connection established for %s\n", file[i].fName);
                    FD_CLR(fd, wset); // no more writeability test
                    WriteGetCmd.writeGetCmd(file[i]); // write() the GET command

                } else if ((flags & F_READING) != 0 && FD_ISSET(fd, rs)) {
                    int n = Read(fd, buf, buf.length);
                    if (n == 0) {
                        printf("end-of-file on %s\n", file[i].fName);
                        Close(fd);
                        file[i].fFlags = F_DONE; // clears F_READING
                        FD_CLR(fd, rset);
                        WebDefs.nconn--;
                        WebDefs.nlefttoread--;
                    } else {
                        printf("read %d bytes from %s\n", n, file[i].fName);
                    }
                }
            }
        }
    }

    /**
     * The pending error of a nonblocking connect ({@code getsockopt(SO_ERROR)}), reported with
     * {@code err_ret} as in C, which then goes on as if the connection were made (its GET fails).
     * The C prints whatever errno held before; this prints the connection's error.
     */
    private static void connectResult(int fd, String name) {
        try {
            int error = Sys.getsockoptInt(fd, SOL_SOCKET, SO_ERROR);
            if (error != 0) {
                Sys.setErrno(error);
                Err.ret("nonblocking connect failed for %s", name);
            }
        } catch (ErrnoException e) {
            Err.ret("nonblocking connect failed for %s", name);
        }
    }
}
