package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Constants;
import io.unp.abi.SigSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The book's signal-set wrappers: what they change, and the exit they take on a bad signal number. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WrapUnixSigsetTest {

    @Test
    void sigprocmaskBlocksWhatSigaddsetPutInTheSet() throws Exception {
        // on a thread of its own, so the test runner's mask is never touched
        CompletableFuture<Boolean> blocked = CompletableFuture.supplyAsync(() -> {
            SigSet set = new SigSet();
            WrapUnix.Sigemptyset(set);
            WrapUnix.Sigaddset(set, Constants.SIGUSR1);
            SigSet old = new SigSet();
            WrapUnix.Sigprocmask(Constants.SIG_BLOCK, set, old);
            SigSet now = new SigSet();
            WrapUnix.Sigprocmask(Constants.SIG_SETMASK, old, now);
            return WrapUnix.Sigismember(now, Constants.SIGUSR1) && !WrapUnix.Sigismember(now, Constants.SIGUSR2);
        });
        assertTrue(blocked.get(10, TimeUnit.SECONDS), "SIGUSR1, and only it, was in the thread's mask");

        SigSet all = new SigSet();
        WrapUnix.Sigfillset(all);
        WrapUnix.Sigdelset(all, Constants.SIGCHLD);
        assertTrue(WrapUnix.Sigismember(all, Constants.SIGALRM));
        assertFalse(WrapUnix.Sigismember(all, Constants.SIGCHLD));
    }

    @Test
    void aNumberThatIsNotASignalEndsTheProgramWithEinval() throws Exception {
        // in a child JVM: the message is the lesson, and it goes to the program's standard error
        ChildJvm.Result r = ChildJvm.run(ChildJvm.javaCommand(ExitChild.class, "sigaddset-0", "sigismember-nsig"));
        assertEquals("sigaddset error: Invalid argument\nsigismember error: Invalid argument\n", r.err());
        assertEquals("sigaddset-0: exit 1\nsigismember-nsig: exit 1\n", r.out());
    }
}
