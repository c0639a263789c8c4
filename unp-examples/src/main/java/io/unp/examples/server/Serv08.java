package io.unp.examples.server;

import static io.unp.abi.Constants.SIGINT;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapPthread.Pthread_cond_signal;
import static io.unp.lib.WrapPthread.Pthread_mutex_lock;
import static io.unp.lib.WrapPthread.Pthread_mutex_unlock;
import static io.unp.lib.WrapSock.Accept;

import io.unp.lib.Err;
import io.unp.lib.Exit;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/**
 * server/serv08 (figure 27.23): a pool of threads created at start; only the main thread calls
 * {@code accept}, and it hands each connected socket to a thread through a ring of
 * {@code MAXNCLI} slots under a mutex and a condition variable. A ring that fills up ends the
 * program with {@code "iput = iget = N"}, as in C. {@code serv08 [ <host> ] <port#> <#threads>}.
 */
public final class Serv08 {
    private Serv08() {}

    private static int nthreads;

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        int listenfd = ServerArgs.tcpListen(args, 1, "usage: serv08 [ <host> ] <port#> <#threads>", addrlen);
        SockAddr cliaddr = new SockaddrStorage();

        nthreads = ServerArgs.last(args);
        Pthread08.tptr = ThreadInfo.calloc(nthreads);
        Pthread08.iget = Pthread08.iput = 0;

        // create all the threads
        for (int i = 0; i < nthreads; i++) {
            Pthread08.threadMake(i); // only main thread returns
        }

        Signal(SIGINT, Serv08::sigInt);

        for (;;) {
            int connfd = Accept(listenfd, cliaddr);

            Pthread_mutex_lock(Pthread08.clifdMutex);
            Pthread08.clifd[Pthread08.iput] = connfd;
            if (++Pthread08.iput == Pthread08.MAXNCLI) {
                Pthread08.iput = 0;
            }
            if (Pthread08.iput == Pthread08.iget) {
                throw Err.quit("iput = iget = %d", Pthread08.iput);
            }
            Pthread_cond_signal(Pthread08.clifdCond);
            Pthread_mutex_unlock(Pthread08.clifdMutex);
        }
    }

    /** {@code sig_int}: print the CPU time and each thread's count, exit. */
    static void sigInt(int signo) {
        PrCpuTime.prCpuTime();
        ThreadCounts.print(Pthread08.tptr);
        throw new Exit(0);
    }
}
