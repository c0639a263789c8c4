package io.unp.examples.server;

import static io.unp.abi.Constants.SIGINT;
import static io.unp.lib.SignalFunc.Signal;

import io.unp.lib.Exit;

/**
 * server/serv04 (section 27.8): preforked children that lock a process-shared pthread mutex,
 * in memory they share, around {@code accept}. {@code serv04 [ <host> ] <port#> <#children>}.
 */
public final class Serv04 {
    private Serv04() {}

    private static int[] pids;

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        int listenfd = ServerArgs.tcpListen(args, 1, "usage: serv04 [ <host> ] <port#> <#children>", addrlen);
        int nchildren = ServerArgs.last(args);
        pids = new int[Math.max(nchildren, 0)];

        int lockfd = LockPthread.myLockInit(null);
        for (int i = 0; i < nchildren; i++) {
            pids[i] = Child04.childMake(i, listenfd, addrlen[0], lockfd); // parent returns
        }

        Signal(SIGINT, Serv04::sigInt);

        Prefork.pauseForever(); // everything done by children
    }

    /** {@code sig_int}: terminate all children, wait for them, print the CPU time, exit. */
    static void sigInt(int signo) {
        Prefork.terminateAll(pids);
        PrCpuTime.prCpuTime();
        throw new Exit(0);
    }
}
