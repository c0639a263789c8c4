package io.unp.examples.server;

import static io.unp.abi.Constants.SIGINT;
import static io.unp.lib.SignalFunc.Signal;

import io.unp.lib.Exit;

/**
 * server/serv03 (section 27.7): preforked children that take an {@code fcntl} record lock on a
 * temporary file around {@code accept}, as Apache did. {@code serv03 [ <host> ] <port#> <#children>}.
 */
public final class Serv03 {
    private Serv03() {}

    private static int[] pids;

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        int listenfd = ServerArgs.tcpListen(args, 1, "usage: serv03 [ <host> ] <port#> <#children>", addrlen);
        int nchildren = ServerArgs.last(args);
        pids = new int[Math.max(nchildren, 0)];

        int lockfd = LockFcntl.myLockInit("/tmp/lock.XXXXXX"); // one lock file for all children
        for (int i = 0; i < nchildren; i++) {
            pids[i] = Child03.childMake(i, listenfd, addrlen[0], lockfd); // parent returns
        }

        Signal(SIGINT, Serv03::sigInt);

        Prefork.pauseForever(); // everything done by children
    }

    /** {@code sig_int}: terminate all children, wait for them, print the CPU time, exit. */
    static void sigInt(int signo) {
        Prefork.terminateAll(pids);
        PrCpuTime.prCpuTime();
        throw new Exit(0);
    }
}
