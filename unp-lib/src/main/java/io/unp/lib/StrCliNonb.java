package io.unp.lib;

import static io.unp.abi.Constants.F_GETFL;
import static io.unp.abi.Constants.F_SETFL;
import static io.unp.abi.Constants.O_NONBLOCK;
import static io.unp.abi.Constants.SHUT_WR;
import static io.unp.abi.Constants.STDIN_FILENO;
import static io.unp.abi.Constants.STDOUT_FILENO;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.WrapSock.Select;
import static io.unp.lib.WrapSock.Shutdown;
import static io.unp.lib.WrapUnix.Fcntl;

import io.unp.abi.Errno;
import io.unp.abi.FdSet;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * The nonblocking {@code str_cli} ({@code nonblock/strclinonb.c}, section 15.2): the
 * echo client's loop with every descriptor nonblocking and two buffers, {@code to} (standard
 * input to the socket) and {@code fr} (the socket to standard output), so it never blocks in
 * a read or a write while another descriptor could make progress.
 *
 * <p>Each buffer has an "in" index, where the next read puts bytes, and an "out" index, where
 * the next write takes them; the bytes between the two are waiting to be written. A
 * descriptor is handed to {@code select} only when its buffer can take more (reads) or has
 * something to give (writes), and a buffer goes back to its start once it is empty.
 *
 * <p>At end of input the FIN is sent at once only if {@code to} holds nothing unwritten
 * ({@code tooptr == toiptr}, the third edition's test). The second edition tests
 * {@code tooptr == to}, which is also true when bytes were read but the socket write that
 * followed would have blocked; it then shuts the connection down with those bytes unsent and
 * their later write fails with EPIPE. The port takes the corrected test.
 */
public final class StrCliNonb {
    private StrCliNonb() {}

    /**
     * The book's time-stamped trace: {@code fprintf(stderr, "%s: <event>\n", gf_time())}
     * ("read 4096 bytes from stdin", "wrote 2048 bytes to socket", "EOF on socket" ...).
     */
    public static final Consumer<String> GF_TIME_TO_STDERR = event -> Stdio.err(GfTime.gfTime() + ": " + event + "\n");

    /**
     * {@code str_cli} of {@code strclinonb.c}: copies standard input to {@code sockfd} and
     * {@code sockfd} to standard output, nonblocking, printing the book's time stamps to
     * standard error. As in C, {@code fp} only names the input: the loop works on descriptors
     * 0 and 1, so {@code fp} must be {@link Stdio#stdin()} (with nothing read from it yet).
     */
    public static void strCli(InputStream fp, int sockfd) {
        if (fp != Stdio.stdin()) {
            throw new IllegalArgumentException("str_cli: the nonblocking version works on descriptor 0 only");
        }
        strCli(STDIN_FILENO, STDOUT_FILENO, sockfd, GF_TIME_TO_STDERR);
    }

    /**
     * The nonblocking {@code str_cli} on any descriptors: reads {@code infd} and writes what it
     * reads to {@code sockfd}, reads {@code sockfd} and writes that to {@code outfd}; at the end
     * of {@code infd} it sends a FIN ({@code shutdown(SHUT_WR)}) once everything read has been
     * written, and it returns when the server closes its side after that. Each event goes to
     * {@code trace} (null: none) with the words the book prints for descriptors 0 and 1.
     *
     * <p>The three descriptors get {@code O_NONBLOCK}; on return (or on a fatal error) the
     * input and output get their file status flags back, so the shell's terminal is not left
     * nonblocking (the C does not restore them). Ends the program as the C does: "read error on
     * stdin", "read error on socket", "write error to stdout", "write error to socket" (errors
     * other than EWOULDBLOCK), "str_cli: server terminated prematurely".
     */
    public static void strCli(int infd, int outfd, int sockfd, Consumer<String> trace) {
        int sockFlags = Fcntl(sockfd, F_GETFL, 0);
        Fcntl(sockfd, F_SETFL, sockFlags | O_NONBLOCK);

        int inFlags = Fcntl(infd, F_GETFL, 0);
        Fcntl(infd, F_SETFL, inFlags | O_NONBLOCK);
        try {
            int outFlags = Fcntl(outfd, F_GETFL, 0);
            Fcntl(outfd, F_SETFL, outFlags | O_NONBLOCK);
            try {
                loop(infd, outfd, sockfd, trace == null ? e -> { } : trace);
            } finally {
                restore(outfd, outFlags);
            }
        } finally {
            restore(infd, inFlags);
        }
    }

    private static void loop(int infd, int outfd, int sockfd, Consumer<String> trace) {
        byte[] to = new byte[MAXLINE];
        byte[] fr = new byte[MAXLINE];
        int toiptr = 0; // next byte read from stdin goes here
        int tooptr = 0; // next byte written to the socket comes from here
        int friptr = 0; // next byte read from the socket goes here
        int froptr = 0; // next byte written to stdout comes from here
        boolean stdineof = false;
        FdSet rset = new FdSet();
        FdSet wset = new FdSet();

        int maxfdp1 = Math.max(Math.max(infd, outfd), sockfd) + 1;
        for (;;) {
            FD_ZERO(rset);
            FD_ZERO(wset);
            if (!stdineof && toiptr < MAXLINE) {
                FD_SET(infd, rset); // read from stdin
            }
            if (friptr < MAXLINE) {
                FD_SET(sockfd, rset); // read from socket
            }
            if (tooptr != toiptr) {
                FD_SET(sockfd, wset); // data to write to socket
            }
            if (froptr != friptr) {
                FD_SET(outfd, wset); // data to write to stdout
            }

            Select(maxfdp1, rset, wset, null, null);

            if (FD_ISSET(infd, rset)) {
                int n = readOrWouldBlock(infd, to, toiptr, MAXLINE - toiptr, "read error on stdin");
                if (n == 0) {
                    trace.accept("EOF on stdin");
                    stdineof = true; // all done with stdin
                    if (tooptr == toiptr) {
                        Shutdown(sockfd, SHUT_WR); // send FIN
                    }
                } else if (n > 0) {
                    trace.accept("read " + n + " bytes from stdin");
                    toiptr += n; // # just read
                    FD_SET(sockfd, wset); // try and write to socket below
                }
            }

            if (FD_ISSET(sockfd, rset)) {
                int n = readOrWouldBlock(sockfd, fr, friptr, MAXLINE - friptr, "read error on socket");
                if (n == 0) {
                    trace.accept("EOF on socket");
                    if (stdineof) {
                        // The book returns here, dropping what fr still holds when standard output
                        // was not ready (a slow pipe): written out first, waiting for it as the
                        // loop would.
                        while (froptr < friptr) {
                            FdSet ready = new FdSet();
                            FD_SET(outfd, ready);
                            try {
                                Sys.select(outfd + 1, null, ready, null, null);
                            } catch (ErrnoException e) {
                                if (!e.is(Errno.EINTR)) {
                                    throw Err.sys("select error");
                                }
                                continue;
                            }
                            int nwritten = writeOrWouldBlock(outfd, fr, froptr, friptr - froptr, "write error to stdout");
                            if (nwritten > 0) {
                                trace.accept("wrote " + nwritten + " bytes to stdout");
                                froptr += nwritten;
                            }
                        }
                        return; // normal termination
                    }
                    throw Err.quit("str_cli: server terminated prematurely");
                } else if (n > 0) {
                    trace.accept("read " + n + " bytes from socket");
                    friptr += n; // # just read
                    FD_SET(outfd, wset); // try and write below
                }
            }

            int n = friptr - froptr;
            if (FD_ISSET(outfd, wset) && n > 0) {
                int nwritten = writeOrWouldBlock(outfd, fr, froptr, n, "write error to stdout");
                if (nwritten >= 0) {
                    trace.accept("wrote " + nwritten + " bytes to stdout");
                    froptr += nwritten; // # just written
                    if (froptr == friptr) {
                        froptr = friptr = 0; // back to beginning of buffer
                    }
                }
            }

            n = toiptr - tooptr;
            if (FD_ISSET(sockfd, wset) && n > 0) {
                int nwritten = writeOrWouldBlock(sockfd, to, tooptr, n, "write error to socket");
                if (nwritten >= 0) {
                    trace.accept("wrote " + nwritten + " bytes to socket");
                    tooptr += nwritten; // # just written
                    if (tooptr == toiptr) {
                        toiptr = tooptr = 0; // back to beginning of buffer
                        if (stdineof) {
                            Shutdown(sockfd, SHUT_WR); // send FIN
                        }
                    }
                }
            }
        }
    }

    /** read(2): the count, 0 at end of file, -1 for EWOULDBLOCK; any other error ends the program. */
    private static int readOrWouldBlock(int fd, byte[] buf, int off, int len, String what) {
        try {
            return Sys.read(fd, buf, off, len);
        } catch (ErrnoException e) {
            if (!e.is(Errno.EWOULDBLOCK)) {
                throw Err.sys(what);
            }
            return -1;
        }
    }

    /** write(2): the count written, -1 for EWOULDBLOCK; any other error ends the program. */
    private static int writeOrWouldBlock(int fd, byte[] buf, int off, int len, String what) {
        try {
            return Sys.write(fd, buf, off, len);
        } catch (ErrnoException e) {
            if (!e.is(Errno.EWOULDBLOCK)) {
                throw Err.sys(what);
            }
            return -1;
        }
    }

    private static void restore(int fd, int flags) {
        try {
            Sys.fcntl(fd, F_SETFL, flags);
        } catch (ErrnoException e) {
            // the descriptor is gone; nothing to give back
        }
    }
}
