package io.unp.examples.server;

import static io.unp.abi.Constants.SIGCHLD;
import static io.unp.abi.Constants.SIGINT;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Fork;

import io.unp.abi.Errno;
import io.unp.lib.Err;
import io.unp.lib.Exit;
import io.unp.lib.Fork;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * server/serv01 (figure 27.2): the traditional concurrent server, one child process per client;
 * the child serves the client with {@code web_child} and exits, {@code sig_chld} reaps it.
 * {@code serv01 [ <host> ] <port#>}; SIGINT prints the CPU time of the server and of every child
 * reaped so far, and exits.
 *
 * <p>Each child is a new JVM ({@link Fork}), so a connection costs a JVM start where the book's
 * costs a {@code fork}: this is the design whose Java column differs most (docs/chapter27.md).
 */
public final class Serv01 {
    private Serv01() {}

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        int listenfd = ServerArgs.tcpListen(args, 0, "usage: serv01 [ <host> ] <port#>", addrlen);
        SockAddr cliaddr = new SockaddrStorage();

        Signal(SIGCHLD, SigChldWaitpid::sigChld);
        Signal(SIGINT, Serv01::sigInt);

        for (;;) {
            int connfd;
            try {
                connfd = Sys.accept(listenfd, cliaddr);
            } catch (ErrnoException e) {
                if (e.is(Errno.EINTR)) {
                    continue; // back to for()
                }
                throw Err.sys("accept error");
            }

            Fork(Child.class, listenfd, connfd); // child process
            Close(connfd); // parent closes connected socket
        }
    }

    /** The child process: {@code fds} are the listening and the connected socket. */
    @Fork.LightJit // lives for one short request: C2 would start compiling about when it ends
    public static final class Child implements Fork.Child {
        @Override
        public void run(int[] fds) {
            Close(fds[0]); // close listening socket
            WebChild.webChild(fds[1]); // process the request
        }

        /** A warm spare serves one small request of its own before a client arrives. */
        @Override
        public void rehearse() {
            WebChild.rehearse();
        }
    }

    /** {@code sig_int}: print the CPU time and exit. */
    static void sigInt(int signo) {
        PrCpuTime.prCpuTime();
        throw new Exit(0);
    }
}
