package io.unp.tests;

import static io.unp.abi.Constants.POLLHUP;
import static io.unp.abi.Constants.POLLIN;
import static io.unp.abi.Constants.POLLNVAL;
import static io.unp.abi.Constants.POLLOUT;
import static io.unp.abi.Constants.POLLRDNORM;
import static io.unp.abi.Constants.SIGALRM;
import static io.unp.abi.Constants.SIG_BLOCK;
import static io.unp.abi.Constants.SIG_SETMASK;
import static io.unp.abi.FdSet.FD_CLR;
import static io.unp.abi.FdSet.FD_ISSET;
import static io.unp.abi.FdSet.FD_SET;
import static io.unp.abi.FdSet.FD_ZERO;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Constants;
import io.unp.abi.Rlimit;
import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.abi.FdSet;
import io.unp.abi.PollFd;
import io.unp.abi.SigSet;
import io.unp.sys.Signals;
import io.unp.sys.Sys;
import io.unp.abi.Timespec;
import io.unp.abi.Timeval;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** unp-lib's select, pselect and poll, called in this JVM on pipes. */
class Chapter06SelectPollLibTest {
    /** The spare real-time signal io.unp.sys.Signals sends to interrupt a blocked call (SIGRTMIN+3). */
    private static final int INTERRUPT_SIGNAL = Constants.SIGRTMIN_GLIBC + 3;

    private final int[] pipe = new int[2];

    @BeforeEach
    void openPipe() {
        Sys.pipe(pipe);
    }

    @AfterEach
    void closePipe() {
        for (int fd : pipe) {
            try {
                Sys.close(fd);
            } catch (ErrnoException ignored) {
                // a test closed it
            }
        }
    }

    @Test
    void fdSetIsGlibcsLayout() {
        FdSet set = new FdSet();
        FD_SET(0, set);
        FD_SET(63, set);
        FD_SET(64, set);
        FD_SET(1023, set);
        byte[] want = new byte[128];
        want[0] = 0x01;
        want[7] = (byte) 0x80;
        want[8] = 0x01;
        want[127] = (byte) 0x80;
        assertArrayEquals(want, set.toBytes());
        assertTrue(FD_ISSET(63, set));
        assertFalse(FD_ISSET(62, set));
        FD_CLR(63, set);
        assertFalse(FD_ISSET(63, set));
        assertEquals(3, set.count());
        FD_ZERO(set);
        assertArrayEquals(new byte[128], set.toBytes());
    }

    @Test
    void descriptorsPastFdSetsizeAreRefusedNotWrittenPastTheSet() {
        FdSet set = new FdSet();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FD_SET(1024, set));
        assertEquals("FD_SET: descriptor 1024 does not fit in an fd_set (FD_SETSIZE is 1024)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FD_SET(-1, set));
        assertThrows(IllegalArgumentException.class, () -> FD_ISSET(5000, set));
        assertThrows(IllegalArgumentException.class, () -> FD_CLR(1024, set));
        assertArrayEquals(new byte[128], set.toBytes());
        ErrnoException s = assertThrows(ErrnoException.class, () -> Sys.select(1025, set, null, null, new Timeval()));
        assertEquals("select: Invalid argument", s.getMessage());
    }

    @Test
    void selectTimesOutWithTimeLeftZeroThenSeesTheReadablePipe() {
        FdSet rset = new FdSet();
        FD_SET(pipe[0], rset);
        Timeval tv = new Timeval(0, 200_000);
        long t0 = System.nanoTime();
        assertEquals(0, Sys.select(pipe[0] + 1, rset, null, null, tv));
        assertTrue(System.nanoTime() - t0 >= 190_000_000L, "waited the 200 ms");
        assertEquals(0, tv.tvSec());
        assertEquals(0, tv.tvUsec(), "Linux writes the time left back");
        assertFalse(FD_ISSET(pipe[0], rset), "a timeout empties the set");

        Sys.write(pipe[1], new byte[] {'x'});
        FdSet wset = new FdSet();
        FD_SET(pipe[0], rset);
        FD_SET(pipe[1], wset);
        assertEquals(2, Sys.select(Math.max(pipe[0], pipe[1]) + 1, rset, wset, null, new Timeval(1, 0)));
        assertTrue(FD_ISSET(pipe[0], rset));
        assertTrue(FD_ISSET(pipe[1], wset));
    }

    @Test
    void pollReportsReadableWritableHangupAndInvalid() {
        PollFd[] fds = PollFd.array(4);
        fds[0].fd(pipe[0]).events(POLLIN | POLLRDNORM);
        fds[1].fd(pipe[1]).events(POLLOUT);
        fds[2].fd(-1).events(POLLIN); // ignored
        int closed = Sys.dup(pipe[0]);
        Sys.close(closed);
        fds[3].fd(closed).events(POLLIN);

        assertEquals(2, Sys.poll(fds, 4, 0), "the closed descriptor and the writable end");
        assertEquals(0, fds[0].revents());
        assertEquals(POLLOUT, fds[1].revents());
        assertEquals(0, fds[2].revents());
        assertEquals(POLLNVAL, fds[3].revents());

        Sys.write(pipe[1], new byte[] {'x'});
        Sys.close(pipe[1]);
        assertEquals(1, Sys.poll(fds, 1, 1000));
        assertEquals(POLLIN | POLLRDNORM | POLLHUP, fds[0].revents(), "data, and the writer is gone");
        assertThrows(ErrnoException.class, () -> Sys.poll(fds, 5, 0), "nfds past the array");
    }

    /** Runs {@code call} in a fresh thread that installs a SIGALRM handler without SA_RESTART, then alarm(1). */
    private static ErrnoException interruptedByAlarm(Callable<Integer> call) throws Exception {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread t = new Thread(() -> {
            Signals.sigaction(SIGALRM, signo -> { }, 0);
            try {
                Sys.alarm(1);
                outcome.set(call.call());
            } catch (Throwable e) {
                outcome.set(e);
            } finally {
                Sys.alarm(0);
                Signals.sigaction(SIGALRM, Signals.SIG_IGN, 0);
            }
        });
        t.start();
        t.join(10_000);
        assertTrue(outcome.get() instanceof ErrnoException, "the call ended with " + outcome.get());
        return (ErrnoException) outcome.get();
    }

    @Test
    @Timeout(30)
    void selectPollAndPselectFailWithEintrWhenASignalHandlerRuns() throws Exception {
        int rfd = pipe[0];
        FdSet rset = new FdSet();
        FD_SET(rfd, rset);
        ErrnoException s = interruptedByAlarm(() -> Sys.select(rfd + 1, rset, null, null, new Timeval(8, 0)));
        assertTrue(s.is(Errno.EINTR), s.getMessage());
        assertEquals("select", s.call());

        PollFd[] fds = {new PollFd(rfd, POLLIN)};
        ErrnoException p = interruptedByAlarm(() -> Sys.poll(fds, 1, 8000));
        assertTrue(p.is(Errno.EINTR), p.getMessage());

        FD_SET(rfd, rset);
        ErrnoException ps = interruptedByAlarm(() -> Sys.pselect(rfd + 1, rset, null, null, new Timespec(8, 0), null));
        assertTrue(ps.is(Errno.EINTR), ps.getMessage());
    }

    /**
     * Section 6.9: a signal that arrives just before the wait. Blocked beforehand, it stays
     * pending; select after unblocking misses it and sleeps until its timeout, pselect unblocks
     * it atomically and returns EINTR at once.
     */
    @Test
    @Timeout(30)
    void pselectCatchesASignalThatArrivedBeforeTheWaitSelectMissesIt() throws Exception {
        int rfd = pipe[0];
        AtomicReference<String> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            SigSet block = new SigSet();
            SigSet saved = new SigSet();
            Sys.sigemptyset(block);
            Sys.sigaddset(block, INTERRUPT_SIGNAL);
            Signals.sigaction(SIGALRM, signo -> { }, 0);
            try {
                StringBuilder sb = new StringBuilder();
                for (boolean usePselect : new boolean[] {false, true}) {
                    Sys.sigprocmask(SIG_BLOCK, block, saved);
                    Sys.alarm(1);
                    Thread.sleep(1500); // the signal arrives now, before the wait
                    FdSet rset = new FdSet();
                    FD_SET(rfd, rset);
                    long t0 = System.nanoTime();
                    String how;
                    try {
                        if (usePselect) {
                            how = "returned " + Sys.pselect(rfd + 1, rset, null, null, new Timespec(2, 0), saved);
                        } else {
                            Sys.sigprocmask(SIG_SETMASK, saved, null);
                            how = "returned " + Sys.select(rfd + 1, rset, null, null, new Timeval(2, 0));
                        }
                    } catch (ErrnoException e) {
                        how = e.getMessage();
                    }
                    Sys.sigprocmask(SIG_SETMASK, saved, null);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    sb.append(usePselect ? "pselect " : "select ").append(how).append(ms < 1000 ? " at once" : " late")
                            .append('\n');
                }
                result.set(sb.toString());
            } catch (Throwable e) {
                result.set(e.toString());
            } finally {
                Sys.alarm(0);
                Signals.sigaction(SIGALRM, Signals.SIG_IGN, 0);
            }
        });
        t.start();
        t.join(20_000);
        assertEquals("select returned 0 late\npselect pselect: Interrupted system call at once\n", result.get());
    }

    @Test
    void sigsetHoldsSignalsOneToSixtyFour() {
        SigSet set = new SigSet();
        Sys.sigaddset(set, SIGALRM);
        Sys.sigaddset(set, 64);
        assertTrue(Sys.sigismember(set, SIGALRM));
        assertTrue(Sys.sigismember(set, 64));
        assertFalse(Sys.sigismember(set, 1));
        Sys.sigdelset(set, 64);
        assertEquals("{14}", set.toString());
        assertThrows(ErrnoException.class, () -> Sys.sigaddset(set, 65));
        assertThrows(ErrnoException.class, () -> Sys.sigaddset(set, 0));

        SigSet now = new SigSet();
        Sys.sigprocmask(SIG_BLOCK, null, now); // read the mask only
        assertFalse(Sys.sigismember(now, SIGALRM));
    }

    @Test
    void descriptorLimitReadsAndSets() {
        Rlimit rlim = Sys.getrlimit(Constants.RLIMIT_NOFILE);
        assertTrue(rlim.rlimCur() > 0 && (rlim.rlimMax() == Constants.RLIM_INFINITY || rlim.rlimCur() <= rlim.rlimMax()));
        Rlimit lower = new Rlimit(rlim.rlimCur() - 1, rlim.rlimMax());
        Sys.setrlimit(Constants.RLIMIT_NOFILE, lower);
        assertEquals(lower, Sys.getrlimit(Constants.RLIMIT_NOFILE));
        Sys.setrlimit(Constants.RLIMIT_NOFILE, rlim);
        assertEquals(rlim, Sys.getrlimit(Constants.RLIMIT_NOFILE));
    }
}
