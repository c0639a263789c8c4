package io.unp.lib;

import io.unp.abi.Errno;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * {@code accept} on a nonblocking listening socket, the fix of the book's section 15.6 for a
 * client that goes away between {@code select} and {@code accept}.
 *
 * <p>The book gives the fix in prose, not as a library function: set the listening socket
 * nonblocking when it is watched by {@code select}, and ignore EWOULDBLOCK (the connection
 * left the queue before accept: Berkeley kernels remove a connection that is reset there),
 * ECONNABORTED (POSIX), EPROTO (SVR4) and EINTR from the {@code accept} that follows. A
 * blocking accept in the same situation waits for the next client, and the server stops
 * serving the ones it has.
 *
 * <p>Linux keeps a reset connection in the queue and {@code accept} returns it; the client's
 * reset then shows as ECONNRESET on the first read (docs/chapter15.md). EWOULDBLOCK happens on
 * Linux when another process or thread accepted the connection first.
 */
public final class AcceptNonb {
    private AcceptNonb() {}

    /**
     * {@code accept} for a listening socket that has {@code O_NONBLOCK} set: the new connected
     * descriptor, or -1 when the connection is gone (EWOULDBLOCK, ECONNABORTED, EPROTO, EINTR;
     * this thread's {@link Sys#errno()} says which), so the caller goes back to {@code select}.
     *
     * @throws ErrnoException any other error of accept (EMFILE, EBADF ...)
     */
    public static int acceptNonb(int listenfd, SockAddr cliaddr) {
        try {
            return Sys.accept(listenfd, cliaddr);
        } catch (ErrnoException e) {
            if (ignored(e)) {
                return -1;
            }
            throw e;
        }
    }

    /** True for the errors section 15.6 says to ignore after select reported a connection. */
    public static boolean ignored(ErrnoException e) {
        return e.is(Errno.EWOULDBLOCK) || e.is(Errno.ECONNABORTED) || e.is(Errno.EPROTO) || e.is(Errno.EINTR);
    }
}
