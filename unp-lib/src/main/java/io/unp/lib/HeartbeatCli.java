package io.unp.lib;

import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Send;
import static io.unp.lib.WrapUnix.Fcntl;

import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * {@code heartbeat_cli} ({@code oob/heartbeatcli.c}, section 21.5): the client's half of a
 * heartbeat over TCP out-of-band data. Every {@code nsec} seconds SIGALRM sends one urgent byte
 * to the server and counts a probe; the server echoes it urgently, and the SIGURG that brings
 * the echo back resets the count. After {@code maxnprobes} probes without an answer the
 * client prints "server is unreachable" and exits.
 *
 * <p>The handlers run on threads of their own (see {@link io.unp.sys.Signals}); as in C they
 * may interrupt the client's {@code select} (SIGALRM, installed without SA_RESTART, makes it
 * return EINTR) and share the counter with each other.
 */
public final class HeartbeatCli {
    private HeartbeatCli() {}

    private static volatile int servfd;
    private static volatile int nsec; // #seconds between each alarm
    private static volatile int maxnprobes; // #probes w/no response before quit
    private static volatile int nprobes; // #probes since last server response

    /** {@code heartbeat_cli}: starts the heartbeat on {@code servfdArg}. */
    public static void heartbeatCli(int servfdArg, int nsecArg, int maxnprobesArg) {
        servfd = servfdArg; // set globals for signal handlers
        if ((nsec = nsecArg) < 1) {
            nsec = 1;
        }
        if ((maxnprobes = maxnprobesArg) < nsec) {
            maxnprobes = nsec;
        }
        nprobes = 0;

        Signal(Constants.SIGURG, HeartbeatCli::sigUrg);
        Fcntl(servfd, Constants.F_SETOWN, Sys.getpid());

        Signal(Constants.SIGALRM, HeartbeatCli::sigAlrm);
        Sys.alarm(nsec);
    }

    /** The server's answer arrived: read the urgent byte (if it is there yet) and reset the count. */
    private static void sigUrg(int signo) {
        byte[] c = new byte[1];
        try {
            Sys.recv(servfd, c, 0, 1, Constants.MSG_OOB);
        } catch (ErrnoException e) {
            if (!e.is(Errno.EWOULDBLOCK)) {
                throw Err.sys("recv error");
            }
        }
        nprobes = 0; // reset counter
    }

    /** One more probe, or give up. */
    private static void sigAlrm(int signo) {
        if (++nprobes > maxnprobes) {
            Stdio.err("server is unreachable\n");
            throw new Exit(0);
        }
        Send(servfd, new byte[] {'1'}, 1, Constants.MSG_OOB);
        Sys.alarm(nsec);
    }
}
