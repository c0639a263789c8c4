package io.unp.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unp.abi.Constants;
import io.unp.abi.FdSet;
import io.unp.abi.SigSet;
import io.unp.abi.Timespec;
import io.unp.abi.Timeval;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Section 18.5's premise, with a Java handler: SIGALRM blocked with sigprocmask holds the
 * handler's interruption of this thread until it is unblocked. Unblocked and then waited for in
 * two steps (sigprocmask, then select), the held interruption is spent in between and select
 * sleeps its whole timeout; unblocked by pselect's mask, atomically, it ends the wait at once.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SigprocmaskHoldsInterruptionTest {
    @Test
    void blockingSigalrmHoldsItsInterruptionUntilPselectUnblocksIt() throws Exception {
        int[] p = new int[2];
        Sys.pipe(p);
        AtomicReference<String> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            Signals.sigaction(Constants.SIGALRM, signo -> { }, 0);
            SigSet alrm = new SigSet();
            Sys.sigaddset(alrm, Constants.SIGALRM);
            SigSet empty = new SigSet();
            StringBuilder sb = new StringBuilder();
            try {
                for (boolean atomically : new boolean[] {false, true}) {
                    Sys.sigprocmask(Constants.SIG_BLOCK, alrm, null);
                    Sys.alarm(1);
                    Thread.sleep(1500); // SIGALRM comes and its handler runs; the interruption is held
                    FdSet rset = new FdSet();
                    FdSet.FD_SET(p[0], rset);
                    long t0 = System.nanoTime();
                    String how;
                    try {
                        if (atomically) {
                            how = "returned " + Sys.pselect(p[0] + 1, rset, null, null, new Timespec(2, 0), empty);
                        } else {
                            Sys.sigprocmask(Constants.SIG_UNBLOCK, alrm, null);
                            how = "returned " + Sys.select(p[0] + 1, rset, null, null, new Timeval(2, 0));
                        }
                    } catch (ErrnoException e) {
                        how = e.getMessage();
                    }
                    Sys.sigprocmask(Constants.SIG_UNBLOCK, alrm, null);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    sb.append(atomically ? "pselect " : "select ").append(how).append(ms < 1000 ? " at once" : " late")
                            .append('\n');
                }
                result.set(sb.toString());
            } catch (Throwable e) {
                result.set(e.toString());
            } finally {
                Sys.alarm(0);
                Signals.sigaction(Constants.SIGALRM, Signals.SIG_IGN, 0);
            }
        });
        t.start();
        t.join(20_000);
        Sys.close(p[0]);
        Sys.close(p[1]);
        assertEquals("select returned 0 late\npselect pselect: Interrupted system call at once\n", result.get());
    }
}
