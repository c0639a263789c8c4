package io.unp.lib;

/**
 * {@code daemon_inetd} ({@code lib/daemon_inetd.c}, section 12.6): for a server that inetd
 * starts. inetd has already done a daemon's work (the server runs without a terminal, its
 * descriptors 0, 1 and 2 are the client's socket), so all that is left is to send the error
 * functions to syslog.
 */
public final class DaemonInetd {
    private DaemonInetd() {}

    /**
     * {@code daemon_inetd}: from now on {@link Err}'s functions log through syslog(3) with
     * {@code ident} {@code pname}, the pid, and {@code facility} (0: LOG_USER), instead of
     * writing to standard error, which is the client's socket.
     */
    public static void daemonInetd(String pname, int facility) {
        DaemonLog.start(pname, facility);
    }
}
