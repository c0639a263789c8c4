package io.unp.examples.server;

import static io.unp.abi.Constants.WNOHANG;

import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * server/sig_chld_waitpid.c: the SIGCHLD handler of serv01, tcpserv04's {@code waitpid} loop
 * without its line per child (the benchmark would print one per client).
 */
final class SigChldWaitpid {
    private SigChldWaitpid() {}

    /** {@code sig_chld}: reaps every child that has ended. */
    static void sigChld(int signo) {
        int[] stat = new int[1];
        for (;;) {
            try {
                if (Sys.waitpid(-1, stat, WNOHANG) <= 0) {
                    return;
                }
            } catch (ErrnoException e) {
                return; // ECHILD: no child left
            }
        }
    }
}
