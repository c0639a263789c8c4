package io.unp.examples.server;

import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Fork;
import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;
import io.unp.sys.Sys;

/**
 * server/child02.c (figure 27.12): a preforked child without locking: every child blocks in
 * {@code accept} on the same listening socket, and the kernel gives each connection to one of
 * them (serv02).
 */
@Fork.LightJit // one of a pool: each child JVM would compile the same code with C2 for its share
public final class Child02 implements Fork.Child {
    /** {@code child_make}: returns the child's pid. */
    static int childMake(int i, int listenfd, int addrlen) {
        return Prefork.childMake(Child02.class, i, listenfd, addrlen);
    }

    /** In the child: what {@code childMake} passed. */
    @Override
    public void run(int[] fds) {
        Prefork.Start s = Prefork.start(fds);
        childMain(s.i(), s.listenfd(), s.addrlen());
    }

    /** {@code child_main}: never returns. */
    static void childMain(int i, int listenfd, int addrlen) {
        SockAddr cliaddr = new SockaddrStorage();

        Stdio.printf("child %d starting\n", Sys.getpid());
        for (;;) {
            int connfd = Accept(listenfd, cliaddr);

            WebChild.webChild(connfd); // process the request
            Close(connfd);
        }
    }
}
