package io.unp.lib;

import static io.unp.abi.Constants.F_GETFL;
import static io.unp.abi.Constants.F_SETFL;
import static io.unp.abi.Constants.O_NONBLOCK;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_ERROR;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;

import io.unp.abi.Errno;
import io.unp.abi.FdSet;
import io.unp.abi.Timeval;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/** The book's {@code connect_nonb} ({@code lib/connect_nonb.c}, section 15.4). */
public final class ConnectNonb {
    private ConnectNonb() {}

    /**
     * {@code connect_nonb}: a nonblocking {@code connect} that waits at most {@code nsec}
     * seconds (0: as long as the kernel keeps trying) for the connection to complete.
     *
     * <p>As in the book: the socket is made nonblocking ({@code O_NONBLOCK} added to its file
     * status flags); a {@code connect} that fails with anything but EINPROGRESS fails at once; a
     * connection that completes at once (possible when client and server are on the same host)
     * skips the wait; otherwise {@code select} waits for the socket to become readable or
     * writable, and {@code getsockopt(SO_ERROR)} tells whether that means connected (0) or
     * failed (the pending error: ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH ...). When the connection
     * is made, the socket's original file status flags are restored, so the caller gets back a
     * blocking socket.
     *
     * <p>On failure this thread's {@link Sys#errno()} is the error, as C's {@code errno}, and the
     * socket is in the state the C leaves it in: after the timeout and after a pending error it
     * has been closed; after an immediate connect failure it is still open (and nonblocking).
     * The C's {@code Select} ends the program when select fails; this lower tier lets that
     * failure (EINTR when a signal handler interrupts the wait) reach the caller instead.
     *
     * @param nsec the timeout in seconds; 0 waits without a limit
     * @throws ErrnoException on failure: ETIMEDOUT when {@code nsec} passed first (the socket is
     *     closed), the pending error of the connection, or the error of connect, fcntl, select or
     *     getsockopt
     */
    public static void connectNonb(int sockfd, SockAddr saptr, int nsec) {
        int flags = Sys.fcntl(sockfd, F_GETFL, 0);
        Sys.fcntl(sockfd, F_SETFL, flags | O_NONBLOCK);

        int error = 0;
        boolean connected = false;
        try {
            Sys.connect(sockfd, saptr);
            connected = true; // connect completed immediately
        } catch (ErrnoException e) {
            if (!e.is(Errno.EINPROGRESS)) {
                throw e;
            }
        }

        // Do whatever we want while the connect is taking place.

        if (!connected) {
            FdSet rset = new FdSet();
            FD_ZERO(rset);
            FD_SET(sockfd, rset);
            FdSet wset = rset.copy();
            Timeval tval = nsec != 0 ? new Timeval(nsec, 0) : null;

            if (Sys.select(sockfd + 1, rset, wset, null, tval) == 0) {
                closeQuietly(sockfd); // timeout
                throw failure(Errno.ETIMEDOUT.code());
            }

            if (FD_ISSET(sockfd, rset) || FD_ISSET(sockfd, wset)) {
                error = Sys.getsockoptInt(sockfd, SOL_SOCKET, SO_ERROR);
            } else {
                throw Err.quit("select error: sockfd not set");
            }
        }

        Sys.fcntl(sockfd, F_SETFL, flags); // restore file status flags

        if (error != 0) {
            closeQuietly(sockfd); // just in case
            throw failure(error);
        }
    }

    private static void closeQuietly(int fd) {
        try {
            Sys.close(fd);
        } catch (ErrnoException e) {
            // the C ignores close's result here
        }
    }

    /** The C sets errno and returns -1: the same errno, as this thread's, and as the exception. */
    private static ErrnoException failure(int code) {
        Sys.setErrno(code);
        return new ErrnoException("connect", code);
    }
}
