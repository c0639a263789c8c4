package io.unp.lib;

import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Send;
import static io.unp.lib.WrapUnix.Fcntl;

import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * {@code heartbeat_serv} ({@code oob/heartbeatserv.c}, section 21.5): the server's half of the
 * heartbeat. Each urgent byte from the client is echoed back urgently and resets the count;
 * SIGALRM every {@code nsec} seconds counts a period without a probe, and after
 * {@code maxnalarms} of them the server prints "no probes from client" and exits (the
 * server's child for that client, in the book's forking server).
 */
public final class HeartbeatServ {
    private HeartbeatServ() {}

    private static volatile int servfd;
    private static volatile int nsec; // #seconds between each alarm
    private static volatile int maxnalarms; // #alarms w/no client probe before quit
    private static volatile int nprobes; // #alarms since last client probe

    /** {@code heartbeat_serv}: starts the heartbeat on the connected socket {@code servfdArg}. */
    public static void heartbeatServ(int servfdArg, int nsecArg, int maxnalarmsArg) {
        servfd = servfdArg; // set globals for signal handlers
        if ((nsec = nsecArg) < 1) {
            nsec = 1;
        }
        if ((maxnalarms = maxnalarmsArg) < nsec) {
            maxnalarms = nsec;
        }

        Signal(Constants.SIGURG, HeartbeatServ::sigUrg);
        Fcntl(servfd, Constants.F_SETOWN, Sys.getpid());

        Signal(Constants.SIGALRM, HeartbeatServ::sigAlrm);
        Sys.alarm(nsec);
    }

    /** A probe: read its byte and send it back out-of-band. */
    private static void sigUrg(int signo) {
        byte[] c = new byte[1];
        try {
            Sys.recv(servfd, c, 0, 1, Constants.MSG_OOB);
        } catch (ErrnoException e) {
            if (!e.is(Errno.EWOULDBLOCK)) {
                throw Err.sys("recv error");
            }
        }
        Send(servfd, c, 1, Constants.MSG_OOB); // echo back out-of-band byte

        nprobes = 0; // reset counter
    }

    private static void sigAlrm(int signo) {
        if (++nprobes > maxnalarms) {
            Stdio.printf("no probes from client\n");
            throw new Exit(0);
        }
        Sys.alarm(nsec);
    }
}
