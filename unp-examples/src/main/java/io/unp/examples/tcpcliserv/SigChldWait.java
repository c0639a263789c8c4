package io.unp.examples.tcpcliserv;

import io.unp.lib.Stdio;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * tcpcliserv/sigchldwait.c (figure 5.7): a SIGCHLD handler that calls {@code wait} once per
 * call, linked by tcpserv02 and tcpserv03. Several children ending together collapse into one
 * or two calls, so some of them stay zombies (section 5.10).
 */
final class SigChldWait {
    private SigChldWait() {}

    /** {@code sig_chld}: reaps one child and says which. */
    static void sigChld(int signo) {
        int[] stat = new int[1];
        int pid;
        try {
            pid = Sys.wait(stat);
        } catch (ErrnoException e) {
            pid = -1; // the C does not check either, and prints -1
        }
        Stdio.printf("child %d terminated\n", pid);
    }
}
