package io.unp.examples.server;

import static io.unp.abi.Constants.SIGINT;
import static io.unp.lib.SignalFunc.Signal;

import io.unp.lib.Exit;

/**
 * server/serv09: a pool of threads created at start, each calling {@code accept} on the
 * listening socket with no lock. {@code serv09 [ <host> ] <port#> <#threads>}; SIGINT prints the
 * CPU time and each thread's count.
 */
public final class Serv09 {
    private Serv09() {}

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        Pthread09.listenfd = ServerArgs.tcpListen(args, 1, "usage: serv09 [ <host> ] <port#> <#threads>", addrlen);
        Pthread09.addrlen = addrlen[0];
        Pthread09.nthreads = ServerArgs.last(args);
        Pthread09.tptr = ThreadInfo.calloc(Pthread09.nthreads);

        for (int i = 0; i < Pthread09.nthreads; i++) {
            Pthread09.threadMake(i); // only main thread returns
        }

        Signal(SIGINT, Serv09::sigInt);

        Prefork.pauseForever(); // everything done by threads
    }

    /** {@code sig_int}: print the CPU time and each thread's count, exit. */
    static void sigInt(int signo) {
        PrCpuTime.prCpuTime();
        ThreadCounts.print(Pthread09.tptr);
        throw new Exit(0);
    }
}
