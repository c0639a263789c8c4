package io.unp.examples.sigio;

import static io.unp.abi.Constants.F_GETFL;
import static io.unp.abi.Constants.F_SETFL;
import static io.unp.abi.Constants.F_SETOWN;
import static io.unp.abi.Constants.O_ASYNC;
import static io.unp.abi.Constants.O_NONBLOCK;
import static io.unp.abi.Constants.SIGHUP;
import static io.unp.abi.Constants.SIGIO;
import static io.unp.abi.Constants.SIG_BLOCK;
import static io.unp.abi.Constants.SIG_SETMASK;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapUnix.Fcntl;
import static io.unp.lib.WrapUnix.Sigaddset;
import static io.unp.lib.WrapUnix.Sigemptyset;
import static io.unp.lib.WrapUnix.Sigprocmask;

import io.unp.abi.Errno;
import io.unp.abi.SigSet;
import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.net.SockaddrStorage;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * sigio/dgecho01.c (section 22.3), linked by udpserv01: {@code dg_echo} driven by SIGIO. The
 * SIGIO handler reads datagrams into a queue of {@value #QSIZE} until {@code recvfrom} says
 * EWOULDBLOCK (signals are not queued: one SIGIO may stand for many datagrams, so it must read
 * them all), and counts in {@code cntread[n]} how many calls read n. The main loop waits in
 * {@code sigsuspend} with SIGIO blocked, and echoes one datagram at a time with SIGIO unblocked.
 * SIGHUP prints the histogram. A full queue ends the program with "receive overflow".
 *
 * <p>The C turns on signal-driven I/O with {@code ioctl(FIOASYNC)} and nonblocking I/O with
 * {@code ioctl(FIONBIO)}; here {@code fcntl(F_SETFL)} sets O_ASYNC and O_NONBLOCK, the POSIX way
 * to the same two flags.
 */
final class DgEcho01 {
    private DgEcho01() {}

    static final int QSIZE = 8; // size of input queue
    static final int MAXDG = 4096; // maximum datagram size

    /** {@code DG}: one queued datagram and its sender. */
    private static final class Dg {
        final byte[] dgData = new byte[MAXDG]; // the datagram
        int dgLen; // its length
        final SockaddrStorage dgSa = new SockaddrStorage(); // the client's address and its length
    }

    private static int sockfd;
    private static final Dg[] dg = new Dg[QSIZE]; // the queue of datagrams to process
    private static final long[] cntread = new long[QSIZE + 1]; // diagnostic counter

    private static int iget; // next one for main loop to process
    private static int iput; // next one for signal handler to read into
    private static volatile int nqueue; // #on queue for main loop to process

    /** {@code dg_echo}. */
    static void dgEcho(int sockfdArg) {
        sockfd = sockfdArg;

        for (int i = 0; i < QSIZE; i++) { // init queue of buffers
            dg[i] = new Dg();
        }
        iget = iput = nqueue = 0;

        Signal(SIGHUP, DgEcho01::sigHup);
        Signal(SIGIO, DgEcho01::sigIo);
        Fcntl(sockfd, F_SETOWN, Sys.getpid());
        int flags = Fcntl(sockfd, F_GETFL, 0);
        Fcntl(sockfd, F_SETFL, flags | O_ASYNC | O_NONBLOCK); // ioctl FIOASYNC and FIONBIO

        SigSet zeromask = new SigSet(); // init three signal sets
        SigSet oldmask = new SigSet();
        SigSet newmask = new SigSet();
        Sigemptyset(zeromask);
        Sigemptyset(oldmask);
        Sigemptyset(newmask);
        Sigaddset(newmask, SIGIO); // the signal we want to block

        Sigprocmask(SIG_BLOCK, newmask, oldmask);
        for (;;) {
            while (nqueue == 0) {
                sigsuspend(zeromask); // wait for a datagram to process
            }

            // unblock SIGIO
            Sigprocmask(SIG_SETMASK, oldmask, null);

            Sendto(sockfd, dg[iget].dgData, dg[iget].dgLen, 0, dg[iget].dgSa);

            if (++iget >= QSIZE) {
                iget = 0;
            }

            // block SIGIO
            Sigprocmask(SIG_BLOCK, newmask, oldmask);
            nqueue--;
        }
    }

    /** {@code sigsuspend}, whose only return is -1 with EINTR. */
    private static void sigsuspend(SigSet mask) {
        try {
            Sys.sigsuspend(mask);
        } catch (ErrnoException e) {
            // EINTR: a handler ran
        }
    }

    /** {@code sig_io}: reads every datagram waiting, since one signal may stand for several. */
    private static void sigIo(int signo) {
        int nread;
        for (nread = 0;;) {
            if (nqueue >= QSIZE) {
                throw Err.quit("receive overflow");
            }

            Dg ptr = dg[iput];
            int len;
            try {
                len = Sys.recvfrom(sockfd, ptr.dgData, 0, MAXDG, 0, ptr.dgSa);
            } catch (ErrnoException e) {
                if (e.is(Errno.EWOULDBLOCK)) {
                    break; // all done; no more queued to read
                }
                throw Err.sys("recvfrom error");
            }
            ptr.dgLen = len;

            nread++;
            nqueue++;
            if (++iput >= QSIZE) {
                iput = 0;
            }
        }
        cntread[nread]++; // histogram of #datagrams read per signal
    }

    /** {@code sig_hup}: prints the histogram. */
    private static void sigHup(int signo) {
        for (int i = 0; i <= QSIZE; i++) {
            Stdio.printf("cntread[%d] = %d\n", i, cntread[i]);
        }
    }
}
