package io.unp.examples.server;

import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.lib.WrapLib.ReadFd;
import static io.unp.lib.WrapSock.Socketpair;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Dup2;
import static io.unp.lib.WrapUnix.Write;

import io.unp.lib.Err;
import io.unp.lib.Fork;
import io.unp.lib.Stdio;
import io.unp.sys.Sys;

/**
 * server/child05.c (figures 27.16, 27.17): a preforked child that does not accept: the parent
 * passes it each connected socket over a stream pipe ({@code read_fd}), and the child writes a
 * byte back when it is ready for the next (serv05).
 */
@Fork.LightJit // one of a pool: each child JVM would compile the same code with C2 for its share
public final class Child05 implements Fork.Child {
    private static final int STDERR_FILENO = 2;
    /** C's {@code ""}: one NUL byte. */
    private static final byte[] NUL = new byte[1];

    /** {@code child_make}: the stream pipe, the fork, and the parent's record of the child. */
    static int childMake(int i, int listenfd, int addrlen, ChildInfo[] cptr) {
        int[] sockfd = new int[2];
        Socketpair(AF_LOCAL, SOCK_STREAM, 0, sockfd);

        int pid = Prefork.childMake(Child05.class, i, listenfd, addrlen, sockfd[0], sockfd[1]);
        Close(sockfd[1]);
        cptr[i].childPid = pid;
        cptr[i].childPipefd = sockfd[0];
        cptr[i].childStatus = 0;
        return pid; // parent
    }

    /** In the child: what {@code childMake} passed: the parent's end, then the child's end, after the listening socket. */
    @Override
    public void run(int[] fds) {
        Prefork.Start s = Prefork.start(fds);
        Dup2(s.fd(1), STDERR_FILENO); // child's stream pipe to parent
        Close(s.fd(0));
        Close(s.fd(1));
        Close(s.listenfd()); // child does not need this open
        childMain(s.i(), s.listenfd(), s.addrlen());
    }

    /** {@code child_main}: never returns. */
    static void childMain(int i, int listenfd, int addrlen) {
        byte[] c = new byte[1];
        int[] connfd = new int[1];

        Stdio.printf("child %d starting\n", Sys.getpid());
        for (;;) {
            if (ReadFd(STDERR_FILENO, c, 1, connfd) == 0) {
                throw Err.quit("read_fd returned 0");
            }
            if (connfd[0] < 0) {
                throw Err.quit("no descriptor from read_fd");
            }

            WebChild.webChild(connfd[0]); // process the request
            Close(connfd[0]);

            Write(STDERR_FILENO, NUL, 1); // tell parent we're ready again
        }
    }
}
