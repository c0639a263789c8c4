package io.unp.examples.server;

import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Fork;
import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;
import io.unp.sys.Sys;

/**
 * server/child03.c (figure 27.13): a preforked child that takes the {@code fcntl} lock around
 * {@code accept} ({@link LockFcntl}), so only one child at a time waits in it (serv03).
 */
@Fork.LightJit // one of a pool: each child JVM would compile the same code with C2 for its share
public final class Child03 implements Fork.Child {
    /** {@code child_make}: returns the child's pid. */
    static int childMake(int i, int listenfd, int addrlen, int lockfd) {
        return Prefork.childMake(Child03.class, i, listenfd, addrlen, lockfd);
    }

    /** In the child: what {@code childMake} passed, the lock file's descriptor after the listening socket. */
    @Override
    public void run(int[] fds) {
        Prefork.Start s = Prefork.start(fds);
        LockFcntl.myLockAttach(s.fd(0));
        childMain(s.i(), s.listenfd(), s.addrlen());
    }

    /** {@code child_main}: never returns. */
    static void childMain(int i, int listenfd, int addrlen) {
        SockAddr cliaddr = new SockaddrStorage();

        Stdio.printf("child %d starting\n", Sys.getpid());
        for (;;) {
            LockFcntl.myLockWait();
            int connfd = Accept(listenfd, cliaddr);
            LockFcntl.myLockRelease();

            WebChild.webChild(connfd); // process the request
            Close(connfd);
        }
    }
}
