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
 * server/child03m.c: {@link Child03} that counts its clients in the parent's {@code meter}
 * (serv03m).
 */
@Fork.LightJit // one of a pool: each child JVM would compile the same code with C2 for its share
public final class Child03m implements Fork.Child {
    private static SharedMemory cptr;

    /** {@code child_make}: returns the child's pid. */
    static int childMake(int i, int listenfd, int addrlen, int lockfd, SharedMemory meter) {
        return Prefork.childMake(Child03m.class, i, listenfd, addrlen, lockfd, meter.fd());
    }

    /** In the child: what {@code childMake} passed: the lock file, then the meter, after the listening socket. */
    @Override
    public void run(int[] fds) {
        Prefork.Start s = Prefork.start(fds);
        LockFcntl.myLockAttach(s.fd(0));
        cptr = Meter.attach(s.fd(1));
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
            cptr.putLong(i, cptr.getLong(i) + 1); // cptr[i]++

            WebChild.webChild(connfd); // process the request
            Close(connfd);
        }
    }
}
