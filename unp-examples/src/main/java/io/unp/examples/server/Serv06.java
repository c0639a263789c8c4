package io.unp.examples.server;

import static io.unp.abi.Constants.SIGINT;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapPthread.Pthread_create;
import static io.unp.lib.WrapPthread.Pthread_detach;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Exit;
import io.unp.lib.Pthread;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/**
 * server/serv06 (figure 27.20): one thread per client, created after {@code accept} and
 * detached; it serves the client with {@code web_child} (linked with server/readline.c) and
 * closes the socket. {@code serv06 [ <host> ] <port#>}. Threads through chapter 23's
 * {@code Pthread_create} (a Java platform thread each).
 */
public final class Serv06 {
    private Serv06() {}

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        int listenfd = ServerArgs.tcpListen(args, 0, "usage: serv06 [ <host> ] <port#>", addrlen);
        SockAddr cliaddr = new SockaddrStorage();

        Signal(SIGINT, Serv06::sigInt);

        for (;;) {
            int connfd = Accept(listenfd, cliaddr);

            Pthread_create(null, Serv06::doit, connfd);
        }
    }

    /** {@code doit}: the thread's start function; {@code arg} is the connected socket. */
    static Object doit(Object arg) {
        int connfd = (Integer) arg;
        Pthread_detach(Pthread.pthreadSelf());
        WebChild.webChild(connfd, ServerReadline::Readline);
        Close(connfd);
        return null;
    }

    /** {@code sig_int}: print the CPU time and exit. */
    static void sigInt(int signo) {
        PrCpuTime.prCpuTime();
        throw new Exit(0);
    }
}
