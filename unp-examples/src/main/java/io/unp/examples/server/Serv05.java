package io.unp.examples.server;

import static io.unp.abi.Constants.SIGINT;
import static io.unp.abi.FdSet.FD_CLR;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapLib.WriteFd;
import static io.unp.lib.WrapSock.Accept;
import static io.unp.lib.WrapSock.Select;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Read;

import io.unp.abi.FdSet;
import io.unp.lib.Err;
import io.unp.lib.Exit;
import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/**
 * server/serv05 (figures 27.18, 27.19): preforked children to which the parent passes each
 * connected socket ({@code write_fd}) over a stream pipe, choosing a child that is not busy; the
 * children tell it when they are free again. {@code serv05 [ <host> ] <port#> <#children>};
 * SIGINT also prints how many connections each child got.
 *
 * <p>As the 2nd edition's C, the parent calls {@code select} with {@code maxfd} rather than
 * {@code maxfd + 1}, so it never looks at the highest descriptor, the pipe of the last child made:
 * that child gets one connection and is never seen free again (the 3rd edition adds the 1).
 */
public final class Serv05 {
    private Serv05() {}

    private static int nchildren;
    /** Array of Child structures. */
    private static ChildInfo[] cptr;
    /** Set by sig_int (under the class lock) before it ends the process. */
    private static boolean exiting;

    public static void main(String[] args) {
        int[] addrlen = new int[1];
        int listenfd = ServerArgs.tcpListen(args, 1, "usage: serv05 [ <host> ] <port#> <#children>", addrlen);

        nchildren = ServerArgs.last(args);
        cptr = new ChildInfo[Math.max(nchildren, 0)];
        for (int i = 0; i < cptr.length; i++) {
            cptr[i] = new ChildInfo();
        }
        Dispatcher d = new Dispatcher(listenfd);

        // prefork all the children
        for (int i = 0; i < nchildren; i++) {
            Child05.childMake(i, listenfd, addrlen[0], cptr); // parent returns
            d.watch(cptr[i].childPipefd);
        }

        Signal(SIGINT, Serv05::sigInt);

        for (;;) {
            d.selectAndDispatch();
        }
    }

    /**
     * The parent's state and the body of its loop, one {@code select} per call. (The C has it
     * all in {@code main}; as one method, its three loops made the JIT compile {@code main}
     * with C2 three times over, once for each loop it was running when it got hot: 0.3 s of
     * C2's time in a run of the book's load, more than all the rest of its compiling.)
     */
    private static final class Dispatcher {
        private final int listenfd;
        private final FdSet masterset = new FdSet();
        private final FdSet rset = new FdSet();
        private final SockAddr cliaddr = new SockaddrStorage();
        private final byte[] rc = new byte[1];
        private int maxfd;
        private int navail = nchildren;

        Dispatcher(int listenfd) {
            this.listenfd = listenfd;
            FD_ZERO(masterset);
            watch(listenfd);
        }

        void watch(int fd) {
            FD_SET(fd, masterset);
            maxfd = Math.max(maxfd, fd);
        }

        void selectAndDispatch() {
            rset.assign(masterset);
            if (navail <= 0) {
                FD_CLR(listenfd, rset); // turn off if no available children
            }
            int nsel = Select(maxfd, rset, null, null, null);

            synchronized (Serv05.class) { // see sigInt
                if (exiting) {
                    Prefork.pauseForever(); // sig_int is ending the process
                }
                // check for new connections
                if (FD_ISSET(listenfd, rset)) {
                    passConnection(Accept(listenfd, cliaddr));
                    if (--nsel == 0) {
                        return; // all done with select() results
                    }
                }
                collectAvailable(nsel);
            }
        }

        /** Hands {@code connfd} to the first available child, and closes the parent's copy. */
        private void passConnection(int connfd) {
            int i = firstAvailable();
            if (i == nchildren) {
                throw Err.quit("no available children");
            }
            cptr[i].childStatus = 1; // mark child as busy
            cptr[i].childCount++;
            navail--;

            WriteFd(cptr[i].childPipefd, rc, 1, connfd);
            Close(connfd);
        }

        private static int firstAvailable() {
            int i;
            for (i = 0; i < nchildren; i++) {
                if (cptr[i].childStatus == 0) {
                    break; // available
                }
            }
            return i;
        }

        /** Finds the children whose byte says they are free again, until {@code nsel} descriptors are seen. */
        private void collectAvailable(int nsel) {
            for (int i = 0; i < nchildren; i++) {
                if (FD_ISSET(cptr[i].childPipefd, rset)) {
                    if (Read(cptr[i].childPipefd, rc, 1) == 0) {
                        throw Err.quit("child %d terminated unexpectedly", i);
                    }
                    cptr[i].childStatus = 0;
                    navail++;
                    if (--nsel == 0) {
                        break; // all done with select() results
                    }
                }
            }
        }
    }

    /**
     * {@code sig_int}: terminate the children, print the CPU time and each child's count, exit.
     * A C handler runs in place of the main loop; a Java one on a thread of its own, so it holds
     * the main loop's lock: otherwise the loop would see its children's pipes close and end the
     * program with "child N terminated unexpectedly" first; and it tells the loop to stay
     * still, since the lock is released when its {@code exit} unwinds.
     */
    static synchronized void sigInt(int signo) {
        exiting = true;
        int[] pids = new int[nchildren];
        for (int i = 0; i < nchildren; i++) {
            pids[i] = cptr[i].childPid;
        }
        Prefork.terminateAll(pids);
        PrCpuTime.prCpuTime();

        for (int i = 0; i < nchildren; i++) {
            Stdio.printf("child %d, %d connections\n", i, cptr[i].childCount);
        }

        throw new Exit(0);
    }
}
