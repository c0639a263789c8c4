package io.unp.examples.server;

import static io.unp.abi.Constants.SIGINT;
import static io.unp.lib.SignalFunc.Signal;

import io.unp.lib.Exit;

/**
 * server/serv02 (figure 27.11): preforked children, no locking around {@code accept}.
 * {@code serv02 [ <host> ] <port#> <#children>}; SIGINT terminates the children, waits for them,
 * prints the CPU time and exits.
 */
public final class Serv02 {
    private Serv02() {}

    private static int[] pids;

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        int listenfd = ServerArgs.tcpListen(args, 1, "usage: serv02 [ <host> ] <port#> <#children>", addrlen);
        int nchildren = ServerArgs.last(args);
        pids = new int[Math.max(nchildren, 0)];

        for (int i = 0; i < nchildren; i++) {
            pids[i] = Child02.childMake(i, listenfd, addrlen[0]); // parent returns
        }

        Signal(SIGINT, Serv02::sigInt);

        Prefork.pauseForever(); // everything done by children
    }

    /** {@code sig_int}: terminate all children, wait for them, print the CPU time, exit. */
    static void sigInt(int signo) {
        Prefork.terminateAll(pids);
        PrCpuTime.prCpuTime();
        throw new Exit(0);
    }
}
