package io.unp.examples.server;

import static io.unp.abi.Constants.AF_UNIX;
import static io.unp.abi.Constants.SHUT_WR;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.Writen.Writen;

import io.unp.lib.Err;
import io.unp.lib.FirstThreadLocal;
import io.unp.sys.Sys;

/**
 * server/web_child.c (figure 27.4 and section 27.2): serves one client the way the chapter's
 * benchmark needs, each line the client sends is a number of bytes, which are written back;
 * returns when the client closes. A request of 0, a negative number or more than
 * {@link #MAXN} ends the program with {@code "client request for N bytes"}, as the C does
 * ({@code err_quit}: one preforked child, or a whole threaded server).
 *
 * <p>The book links it with two {@code readline}s: the library's buffered one (serv00-05) or
 * server/readline.c's one-byte-per-read one, which is safe in threads (serv06-09); the caller
 * names the one it links ({@link #webChild(int)} or {@link #webChild(int, LineReader)}).
 */
final class WebChild {
    private WebChild() {}

    /** Largest request a client may make. */
    static final int MAXN = 16384;

    /** A {@code Readline(fd, buf, maxlen)}: bytes stored, 0 at end of file. */
    @FunctionalInterface
    interface LineReader {
        int readline(int fd, byte[] buf, int maxlen);
    }

    /** C's stack arrays, one pair per thread (a threaded server serves clients in parallel). */
    private static final ThreadLocal<byte[][]> BUFFERS = new FirstThreadLocal<>() {
        @Override
        protected byte[][] initialValue() {
            return new byte[][] {new byte[MAXLINE], new byte[MAXN]};
        }
    };

    /** {@code web_child} linked with the library's {@code Readline} (serv00-05). */
    static void webChild(int sockfd) {
        webChild(sockfd, LIBRARY_READLINE);
    }

    /**
     * The library's {@code Readline}: a class, not a method reference, so that a preforked
     * child's first client does not wait while the JVM spins a lambda for it.
     */
    private static final LineReader LIBRARY_READLINE = new LineReader() {
        @Override
        public int readline(int fd, byte[] buf, int maxlen) {
            return io.unp.lib.Readline.Readline(fd, buf, maxlen);
        }
    };

    /**
     * Serves a one-byte request on a socket pair of its own and reads the answer: what a warm
     * spare child runs before its client arrives (not in the book; {@code Fork.Child.rehearse}).
     */
    static void rehearse() {
        int[] sv = new int[2];
        Sys.socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
        try {
            byte[] request = {'1', '\n'};
            Writen(sv[1], request, request.length);
            Sys.shutdown(sv[1], SHUT_WR);
            webChild(sv[0]);
            Sys.read(sv[1], new byte[1], 0, 1);
        } finally {
            Sys.close(sv[0]);
            Sys.close(sv[1]);
        }
    }

    /** {@code web_child} linked with {@code readline}. */
    static void webChild(int sockfd, LineReader readline) {
        byte[][] b = BUFFERS.get();
        byte[] line = b[0];
        byte[] result = b[1];
        for (;;) {
            if (readline.readline(sockfd, line, MAXLINE) == 0) {
                return; // connection closed by other end
            }

            // line from client specifies #bytes to write back
            int ntowrite = (int) atol(line);
            if ((ntowrite <= 0) || (ntowrite > MAXN)) {
                throw Err.quit("client request for %d bytes", ntowrite);
            }

            Writen(sockfd, result, ntowrite);
        }
    }

    /**
     * C's {@code atol} of a NUL-terminated line: leading white space, an optional sign, decimal
     * digits up to the first other byte; saturates at the limits of {@code long}, 0 if no digits.
     */
    static long atol(byte[] s) {
        int i = 0;
        while (i < s.length && isspace(s[i])) {
            i++;
        }
        boolean neg = false;
        if (i < s.length && (s[i] == '+' || s[i] == '-')) {
            neg = s[i] == '-';
            i++;
        }
        long v = 0;
        boolean overflow = false;
        while (i < s.length && s[i] >= '0' && s[i] <= '9') {
            int d = s[i++] - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                overflow = true;
            } else {
                v = v * 10 + d;
            }
        }
        if (overflow) {
            return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return neg ? -v : v;
    }

    private static boolean isspace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }
}
