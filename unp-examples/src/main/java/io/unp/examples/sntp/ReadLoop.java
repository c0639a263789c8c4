package io.unp.examples.sntp;

import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.lib.SockFuncs.sockCmpAddr;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.Select;
import static io.unp.lib.WrapUnix.Gettimeofday;

import io.unp.abi.FdSet;
import io.unp.abi.Timeval;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.Arrays;

/**
 * sntp/read_loop.c (section 19.10): {@code select} on every bound socket; for each datagram,
 * says who sent it and which socket got it, ignores our own (sent from one of our addresses)
 * and an exact duplicate of the previous one (the same packet received on two sockets, say the
 * broadcast and the wildcard one), and gives the rest to {@link SntpProc}.
 */
final class ReadLoop {
    private ReadLoop() {}

    private static final byte[][] buf = {new byte[Unp.MAXLINE], new byte[Unp.MAXLINE]};
    private static final SockAddr[] from = {new SockaddrStorage(), new SockaddrStorage()};
    private static final int[] nread = {-1, -1};
    private static int currb = 0;
    private static int lastb = 1;

    static void readLoop() {
        FdSet allrset = new FdSet();
        int maxfd = -1;
        for (Addrs a : Addrs.addrs) {
            FD_SET(a.fd, allrset);
            maxfd = Math.max(maxfd, a.fd);
        }

        Timeval now = new Timeval();
        FdSet rset = new FdSet();
        for (;;) {
            rset.assign(allrset);
            int nsel = Select(maxfd + 1, rset, null, null, null);

            Gettimeofday(now); // get time when select returns

            for (Addrs a : Addrs.addrs) {
                if (!FD_ISSET(a.fd, rset)) {
                    continue;
                }
                int salen = a.sa.len();
                try {
                    nread[currb] = Sys.recvfrom(a.fd, buf[currb], 0, Unp.MAXLINE, 0, from[currb]);
                } catch (ErrnoException e) {
                    nread[currb] = -1;
                }
                if ((a.flags & Addrs.ADDR_MCAST) != 0) {
                    printf("%d bytes from %s", nread[currb], SockNtop(from[currb]));
                    printf(" multicast to %s", a.ifname);
                } else if ((a.flags & Addrs.ADDR_BCAST) != 0) {
                    printf("%d bytes from %s", nread[currb], SockNtop(from[currb]));
                    printf(" broadcast to %s", SockNtop(a.sa));
                } else {
                    printf("%d bytes from %s", nread[currb], SockNtop(from[currb]));
                    printf(" to %s", SockNtop(a.sa));
                }

                if (checkLoop(from[currb])) {
                    printf(" (ignored)\n");
                    continue; // it's one of ours, looped back
                }
                if (checkDup(salen)) {
                    printf(" (dup)\n");
                    continue; // it's a duplicate
                }

                SntpProc.sntpProc(buf[lastb], nread[lastb], now);

                if (--nsel <= 0) {
                    break; // all done with selectable descriptors
                }
            }
        }
    }

    /** {@code check_loop}: true if {@code sa} is one of our bound addresses. */
    private static boolean checkLoop(SockAddr sa) {
        for (Addrs a : Addrs.addrs) {
            if (sockCmpAddr(sa, a.sa) == 0) {
                return true; // it is one of our addresses
            }
        }
        return false;
    }

    /** {@code check_dup}: true if this datagram repeats the last one; else makes it the last one. */
    private static boolean checkDup(int salen) {
        if (nread[currb] == nread[lastb]
                && Arrays.equals(from[currb].bytes(), 0, salen, from[lastb].bytes(), 0, salen)
                && nread[currb] >= 0
                && Arrays.equals(buf[currb], 0, nread[currb], buf[lastb], 0, nread[currb])) {
            return true; // it is a duplicate
        }

        int temp = currb; // swap currb and lastb
        currb = lastb;
        lastb = temp;
        return false;
    }
}
