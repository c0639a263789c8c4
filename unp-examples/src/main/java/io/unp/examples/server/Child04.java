package io.unp.examples.server;

import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Fork;
import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;
import io.unp.sys.Sys;

/**
 * server/child04.c: {@link Child03}'s loop linked with {@link LockPthread}: the lock around
 * {@code accept} is a process-shared pthread mutex in shared memory (serv04).
 */
@Fork.LightJit // one of a pool: each child JVM would compile the same code with C2 for its share
public final class Child04 implements Fork.Child {
    /** {@code child_make}: returns the child's pid. */
    static int childMake(int i, int listenfd, int addrlen, int lockfd) {
        return Prefork.childMake(Child04.class, i, listenfd, addrlen, lockfd);
    }

    /** In the child: what {@code childMake} passed, the mutex's memory after the listening socket. */
    @Override
    public void run(int[] fds) {
        Prefork.Start s = Prefork.start(fds);
        LockPthread.myLockAttach(s.fd(0));
        childMain(s.i(), s.listenfd(), s.addrlen());
    }

    /** {@code child_main}: never returns. */
    static void childMain(int i, int listenfd, int addrlen) {
        SockAddr cliaddr = new SockaddrStorage();

        Stdio.printf("child %d starting\n", Sys.getpid());
        for (;;) {
            LockPthread.myLockWait();
            int connfd = Accept(listenfd, cliaddr);
            LockPthread.myLockRelease();

            WebChild.webChild(connfd); // process the request
            Close(connfd);
        }
    }
}
