package io.unp.examples.server;

import static io.unp.abi.Constants.SIGINT;
import static io.unp.lib.SignalFunc.Signal;

import io.unp.lib.Exit;
import io.unp.lib.SharedMemory;
import io.unp.lib.Stdio;

/**
 * server/serv03m: {@link Serv03} with a counter per child ({@code meter}); SIGINT also prints
 * each child's count. {@code serv03m [ <host> ] <port#> <#children>}.
 */
public final class Serv03m {
    private Serv03m() {}

    private static int nchildren;
    private static int[] pids;
    private static SharedMemory cptr;

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        int listenfd = ServerArgs.tcpListen(args, 1, "usage: serv03 [ <host> ] <port#> <#children>", addrlen);
        nchildren = ServerArgs.last(args);
        pids = new int[Math.max(nchildren, 0)];
        cptr = Meter.meter(nchildren);

        int lockfd = LockFcntl.myLockInit("/tmp/lock.XXXXXX"); // one lock file for all children
        for (int i = 0; i < nchildren; i++) {
            pids[i] = Child03m.childMake(i, listenfd, addrlen[0], lockfd, cptr); // parent returns
        }

        Signal(SIGINT, Serv03m::sigInt);

        Prefork.pauseForever(); // everything done by children
    }

    /** {@code sig_int}: terminate the children, print the CPU time and each child's count, exit. */
    static void sigInt(int signo) {
        Prefork.terminateAll(pids);
        PrCpuTime.prCpuTime();

        for (int i = 0; i < nchildren; i++) {
            Stdio.printf("child %d, %d connections\n", i, cptr.getLong(i));
        }

        throw new Exit(0);
    }
}
