package io.unp.examples.nonblock;

import io.unp.abi.FdSet;

/**
 * nonblock/web.h: the web client's limits, flags, request format and the globals its files
 * share (the C declares them in the header).
 */
final class WebDefs {
    private WebDefs() {}

    /** The book's limit on the files fetched: the rest of the command line is ignored. */
    static final int BOOK_MAXFILES = 20;

    /**
     * {@code MAXFILES}: 20 as in web.h; beyond the book, the environment variable
     * {@code UNP_WEB_MAXFILES} raises it (for the 100-file run of docs/chapter15.md).
     */
    static final int MAXFILES = maxfiles();

    /** Port number or service name. */
    static final String SERV = "80";

    static final int F_CONNECTING = 1; // connect() in progress
    static final int F_READING = 2; // connect() complete; now reading
    static final int F_DONE = 4; // all done

    static final String GET_CMD = "GET %s HTTP/1.0\r\n\r\n";

    /** C's {@code struct file}: one file to fetch. */
    static final class WebFile {
        String fName; // filename
        String fHost; // hostname or IPv4/IPv6 address
        int fFd; // descriptor
        int fFlags; // F_xxx above
    }

    // globals
    static final WebFile[] file = newFiles(MAXFILES);
    static int nconn;
    static int nfiles;
    static int nlefttoconn;
    static int nlefttoread;
    static int maxfd;
    static final FdSet rset = new FdSet();
    static final FdSet wset = new FdSet();

    private static int maxfiles() {
        String v = System.getenv("UNP_WEB_MAXFILES");
        if (v == null || v.isEmpty()) {
            return BOOK_MAXFILES;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        return BOOK_MAXFILES;
    }

    private static WebFile[] newFiles(int n) {
        WebFile[] f = new WebFile[n];
        for (int i = 0; i < n; i++) {
            f[i] = new WebFile();
        }
        return f;
    }

    /** The request for {@code fname}, as {@code snprintf(line, MAXLINE, GET_CMD, fname)} makes it. */
    static byte[] getCmd(String fname) {
        byte[] b = String.format(GET_CMD, fname).getBytes(io.unp.lib.Stdio.BYTES);
        int max = io.unp.lib.Unp.MAXLINE - 1; // snprintf truncates
        return b.length <= max ? b : java.util.Arrays.copyOf(b, max);
    }
}
