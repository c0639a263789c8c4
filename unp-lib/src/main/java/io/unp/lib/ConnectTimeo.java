package io.unp.lib;

import static io.unp.abi.Constants.SIGALRM;
import static io.unp.lib.SignalFunc.Signal;

import io.unp.abi.Errno;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Signals;
import io.unp.sys.Sys;

/**
 * {@code connect_timeo} ({@code lib/connect_timeo.c}, section 13.2): {@code connect} with an
 * upper limit set by {@code alarm}, the first of section 13.2's three timeouts.
 *
 * <p>SIGALRM's handler does nothing; what matters is that the book's {@code Signal} installs it
 * without SA_RESTART, so when the alarm goes off the blocked {@code connect} returns EINTR
 * (through {@link Signals}, which interrupts the thread that installed the handler). The alarm
 * can only shorten the kernel's own connect timeout (about two minutes on Linux, 75 seconds in
 * the book's BSD), never lengthen it. Linux keeps the connection attempt going after the
 * interrupted call, so the socket is closed, as in C, and cannot be used again.
 */
public final class ConnectTimeo {
    private ConnectTimeo() {}

    /**
     * {@code connect_timeo}: connects {@code sockfd} to {@code saptr}, giving up after
     * {@code nsec} seconds. On failure the socket is closed and errno ({@link Sys#errno()}) is
     * ETIMEDOUT if the alarm ended the wait, else connect's own error. The caller's SIGALRM
     * handler is put back afterwards; if an alarm was already set it is lost, with a message
     * ("connect_timeo: alarm was already set"), as in C.
     *
     * @return 0 when connected, -1 on failure
     */
    public static int connectTimeo(int sockfd, SockAddr saptr, int nsec) {
        Signals.Handler sigfunc = Signal(SIGALRM, ConnectTimeo::connectAlarm);
        if (Sys.alarm(nsec) != 0) {
            Err.msg("connect_timeo: alarm was already set");
        }

        int n = 0;
        try {
            Sys.connect(sockfd, saptr);
        } catch (ErrnoException e) {
            n = -1;
            try {
                Sys.close(sockfd);
            } catch (ErrnoException ignored) {
                // C ignores close's result too
            }
            Sys.setErrno(e.is(Errno.EINTR) ? Errno.ETIMEDOUT.code() : e.code());
        }
        Sys.alarm(0); // turn off the alarm
        Signal(SIGALRM, sigfunc); // restore previous signal handler

        return n;
    }

    /** SIGALRM's handler: returns, just to interrupt the connect. */
    private static void connectAlarm(int signo) {
        // nothing: the interruption is the point
    }

    /** {@code Connect_timeo}: {@link #connectTimeo}, ending the program with "connect_timeo error". */
    public static void ConnectTimeo(int fd, SockAddr sa, int sec) {
        if (connectTimeo(fd, sa, sec) < 0) {
            throw Err.sys("connect_timeo error");
        }
    }
}
