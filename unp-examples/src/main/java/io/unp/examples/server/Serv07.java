package io.unp.examples.server;

import static io.unp.abi.Constants.SIGINT;
import static io.unp.lib.SignalFunc.Signal;

import io.unp.lib.Exit;

/**
 * server/serv07 (figure 27.21): a pool of threads created at start, each calling {@code accept}
 * under one mutex. {@code serv07 [ <host> ] <port#> <#threads>}; SIGINT prints the CPU time
 * and how many connections each thread served.
 */
public final class Serv07 {
    private Serv07() {}

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        Pthread07.listenfd = ServerArgs.tcpListen(args, 1, "usage: serv07 [ <host> ] <port#> <#threads>", addrlen);
        Pthread07.addrlen = addrlen[0];
        Pthread07.nthreads = ServerArgs.last(args);
        Pthread07.tptr = ThreadInfo.calloc(Pthread07.nthreads);

        for (int i = 0; i < Pthread07.nthreads; i++) {
            Pthread07.threadMake(i); // only main thread returns
        }

        Signal(SIGINT, Serv07::sigInt);

        Prefork.pauseForever(); // everything done by threads
    }

    /** {@code sig_int}: print the CPU time and each thread's count, exit. */
    static void sigInt(int signo) {
        PrCpuTime.prCpuTime();
        ThreadCounts.print(Pthread07.tptr);
        throw new Exit(0);
    }
}
