package io.unp.examples.server;

import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Fork;
import io.unp.lib.SharedMemory;
import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;
import io.unp.sys.Sys;

/**
 * server/child02m.c: {@link Child02} that counts its clients in its slot of the parent's
 * {@code meter} (serv02m): the distribution of connections over children that section 27.6
 * shows.
 */
@Fork.LightJit // one of a pool: each child JVM would compile the same code with C2 for its share
public final class Child02m implements Fork.Child {
    /** The counters, {@code long cptr[nchildren]} in memory shared with the parent. */
    private static SharedMemory cptr;

    /** {@code child_make}: returns the child's pid. */
    static int childMake(int i, int listenfd, int addrlen, SharedMemory meter) {
        return Prefork.childMake(Child02m.class, i, listenfd, addrlen, meter.fd());
    }

    /** In the child: what {@code childMake} passed, the meter's descriptor after the listening socket. */
    @Override
    public void run(int[] fds) {
        Prefork.Start s = Prefork.start(fds);
        cptr = Meter.attach(s.fd(0));
        childMain(s.i(), s.listenfd(), s.addrlen());
    }

    /** {@code child_main}: never returns. */
    static void childMain(int i, int listenfd, int addrlen) {
        SockAddr cliaddr = new SockaddrStorage();

        Stdio.printf("child %d starting\n", Sys.getpid());
        for (;;) {
            int connfd = Accept(listenfd, cliaddr);
            cptr.putLong(i, cptr.getLong(i) + 1); // cptr[i]++

            WebChild.webChild(connfd); // process the request
            Close(connfd);
        }
    }
}
