package io.unp.examples.ping;

import io.unp.sys.Sys;

/** ping/sig_alrm.c (figure 25.8): send a request, and another in a second. */
final class SigAlrm {
    private SigAlrm() {}

    static void sigAlrm(int signo) {
        Ping.pr.fsend.run();
        Sys.alarm(1);
        // probably interrupts recvfrom()
    }
}
