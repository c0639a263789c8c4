package io.unp.examples.server;

import static io.unp.abi.Constants.SIGINT;
import static io.unp.lib.SignalFunc.Signal;

import io.unp.lib.Exit;
import io.unp.lib.SharedMemory;
import io.unp.lib.Stdio;

/**
 * server/serv02m: {@link Serv02} with a counter per child in shared memory ({@code meter}); SIGINT
 * also prints how many connections each child served. Without a lock, how evenly the kernel
 * spreads them is up to it (section 27.6; docs/chapter27.md has the distributions measured
 * here). {@code serv02m [ <host> ] <port#> <#children>}.
 */
public final class Serv02m {
    private Serv02m() {}

    private static int nchildren;
    private static int[] pids;
    /** For counting the clients of each child. */
    private static SharedMemory cptr;

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        int listenfd = ServerArgs.tcpListen(args, 1, "usage: serv02 [ <host> ] <port#> <#children>", addrlen);
        nchildren = ServerArgs.last(args);
        pids = new int[Math.max(nchildren, 0)];
        cptr = Meter.meter(nchildren);

        for (int i = 0; i < nchildren; i++) {
            pids[i] = Child02m.childMake(i, listenfd, addrlen[0], cptr); // parent returns
        }

        Signal(SIGINT, Serv02m::sigInt);

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
