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

        FdSet masterset = new FdSet();
        FD_ZERO(masterset);
        FD_SET(listenfd, masterset);
        int maxfd = listenfd;
        SockAddr cliaddr = new SockaddrStorage();

        nchildren = ServerArgs.last(args);
        int navail = nchildren;
        cptr = new ChildInfo[Math.max(nchildren, 0)];
        for (int i = 0; i < cptr.length; i++) {
            cptr[i] = new ChildInfo();
        }

        // prefork all the children
        for (int i = 0; i < nchildren; i++) {
            Child05.childMake(i, listenfd, addrlen[0], cptr); // parent returns
            FD_SET(cptr[i].childPipefd, masterset);
            maxfd = Math.max(maxfd, cptr[i].childPipefd);
        }

        Signal(SIGINT, Serv05::sigInt);

        FdSet rset = new FdSet();
        byte[] rc = new byte[1];
        for (;;) {
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
                    int connfd = Accept(listenfd, cliaddr);

                    int i;
                    for (i = 0; i < nchildren; i++) {
                        if (cptr[i].childStatus == 0) {
                            break; // available
                        }
                    }

                    if (i == nchildren) {
                        throw Err.quit("no available children");
                    }
                    cptr[i].childStatus = 1; // mark child as busy
                    cptr[i].childCount++;
                    navail--;

                    WriteFd(cptr[i].childPipefd, rc, 1, connfd);
                    Close(connfd);
                    if (--nsel == 0) {
                        continue; // all done with select() results
                    }
                }

                // find any newly-available children
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
