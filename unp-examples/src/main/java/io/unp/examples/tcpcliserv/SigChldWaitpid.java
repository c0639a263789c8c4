package io.unp.examples.tcpcliserv;

import static io.unp.abi.Constants.WNOHANG;

import io.unp.lib.Stdio;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * tcpcliserv/sigchldwaitpid.c (figure 5.11): a SIGCHLD handler that calls
 * {@code waitpid(-1, &stat, WNOHANG)} until no ended child is left, linked by tcpserv04,
 * tcpserv08, tcpserv09 and udpcliserv/udpservselect01; no zombie survives however many children end at once.
 */
public final class SigChldWaitpid {
    private SigChldWaitpid() {}

    /** {@code sig_chld}: reaps every child that has ended, one line each. */
    public static void sigChld(int signo) {
        int[] stat = new int[1];
        int pid;
        while ((pid = waitpid(-1, stat, WNOHANG)) > 0) {
            Stdio.printf("child %d terminated\n", pid);
        }
    }

    /** {@code waitpid} returning -1 on failure (ECHILD once no child is left), as in C. */
    private static int waitpid(int pid, int[] stat, int options) {
        try {
            return Sys.waitpid(pid, stat, options);
        } catch (ErrnoException e) {
            return -1;
        }
    }
}
