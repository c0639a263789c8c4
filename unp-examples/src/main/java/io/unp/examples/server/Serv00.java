package io.unp.examples.server;

import static io.unp.abi.Constants.SIGINT;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Exit;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/**
 * server/serv00 (section 27.3): the iterative server, the baseline of the chapter's table: one
 * client at a time, in the one process. {@code serv00 [ <host> ] <port#>}; SIGINT prints the CPU
 * time used ({@code pr_cpu_time}) and exits.
 */
public final class Serv00 {
    private Serv00() {}

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        int listenfd = ServerArgs.tcpListen(args, 0, "usage: serv00 [ <host> ] <port#>", addrlen);
        SockAddr cliaddr = new SockaddrStorage(); // Malloc(addrlen)

        Signal(SIGINT, Serv00::sigInt);

        for (;;) {
            int connfd = Accept(listenfd, cliaddr);

            WebChild.webChild(connfd); // process the request

            Close(connfd); // parent closes connected socket
        }
    }

    /** {@code sig_int}: print the CPU time and exit. */
    static void sigInt(int signo) {
        PrCpuTime.prCpuTime();
        throw new Exit(0);
    }
}
