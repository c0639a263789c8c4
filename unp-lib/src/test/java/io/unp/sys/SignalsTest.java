package io.unp.sys;
import io.unp.abi.PollFd;
import io.unp.abi.Constants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The POSIX delivery rules {@link Signals} restores on top of the JVM, shown with SIGUSR1 sent to
 * this JVM: arrivals during a handler call are held and collapse into one more call, calls never
 * overlap, and a handler installed without SA_RESTART interrupts the installing thread's blocked
 * call with EINTR while one with SA_RESTART does not.
 */
class SignalsTest {
    private final int[] pair = {-1, -1};

    @AfterEach
    void restoreQuietHandler() {
        // a harmless handler with SA_RESTART: no later stray SIGUSR1 kills the JVM or targets a finished thread
        Signals.sigaction(Constants.SIGUSR1, signo -> {}, Signals.SA_RESTART);
        for (int fd : pair) {
            if (fd >= 0) {
                Sys.close(fd);
            }
        }
    }

    /** Counts handler calls and the most that ever ran at once. */
    private static final class SlowHandler implements Signals.Handler {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        final long sleepMs;

        SlowHandler(long sleepMs) {
            this.sleepMs = sleepMs;
        }

        @Override
        public void handle(int signo) {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            calls.incrementAndGet();
            sleep(sleepMs);
            running.decrementAndGet();
        }
    }

    @Test
    @Timeout(20)
    void arrivalsDuringAHandlerCollapseIntoOneMoreCall() {
        SlowHandler h = new SlowHandler(300);
        Signals.sigaction(Constants.SIGUSR1, h, Signals.SA_RESTART);

        for (int i = 0; i < 5; i++) { // five signals 20 ms apart, all within the first call's 300 ms
            Sys.kill(Sys.getpid(), Constants.SIGUSR1);
            sleep(20);
        }
        sleep(1200);

        assertEquals(2, h.calls.get(), "the first call plus one for the four held arrivals (C: the same)");
        assertEquals(1, h.maxRunning.get(), "handler calls must never overlap");
    }

    @Test
    @Timeout(20)
    void arrivalsAfterAHandlerReturnsEachGetACall() {
        SlowHandler h = new SlowHandler(30);
        Signals.sigaction(Constants.SIGUSR1, h, Signals.SA_RESTART);

        for (int i = 0; i < 3; i++) {
            Sys.kill(Sys.getpid(), Constants.SIGUSR1);
            sleep(400);
        }

        assertEquals(3, h.calls.get());
        assertEquals(1, h.maxRunning.get());
    }

    @Test
    @Timeout(20)
    void handlerWithoutSaRestartInterruptsTheBlockedReadWithEintr() throws Exception {
        Sys.socketpair(Constants.AF_UNIX, Constants.SOCK_STREAM, 0, pair);
        AtomicInteger handled = new AtomicInteger();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            Signals.sigaction(Constants.SIGUSR1, signo -> handled.incrementAndGet(), 0); // signal_intr
            return blockingRead(pair[0]);
        });
        sleep(300); // let the reader block in read(2)

        Sys.kill(Sys.getpid(), Constants.SIGUSR1);

        assertEquals("EINTR", reader.get(5, TimeUnit.SECONDS));
        assertEquals(1, handled.get());
    }

    @Test
    @Timeout(20)
    void handlerWithSaRestartLetsTheBlockedReadGoOn() throws Exception {
        Sys.socketpair(Constants.AF_UNIX, Constants.SOCK_STREAM, 0, pair);
        AtomicInteger handled = new AtomicInteger();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            Signals.sigaction(Constants.SIGUSR1, signo -> handled.incrementAndGet(), Signals.SA_RESTART);
            return blockingRead(pair[0]);
        });
        sleep(300);

        Sys.kill(Sys.getpid(), Constants.SIGUSR1);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (handled.get() == 0 && System.nanoTime() < end) {
            sleep(10);
        }
        assertEquals(1, handled.get());
        try {
            String early = reader.get(500, TimeUnit.MILLISECONDS);
            throw new AssertionError("read returned although the handler restarts it: " + early);
        } catch (TimeoutException expected) {
            // still blocked, as with SA_RESTART
        }

        Sys.write(pair[1], new byte[] {'x'});
        assertEquals("read 1", reader.get(5, TimeUnit.SECONDS));
    }

    private static String blockingRead(int fd) {
        try {
            return "read " + Sys.read(fd, new byte[16]);
        } catch (ErrnoException e) {
            return e.errno().name();
        }
    }

    @Test
    @Timeout(20)
    void handlerWithSaRestartStillInterruptsPollAsLinuxNeverRestartsIt() throws Exception {
        Sys.socketpair(Constants.AF_UNIX, Constants.SOCK_STREAM, 0, pair);
        AtomicInteger handled = new AtomicInteger();
        CompletableFuture<String> poller = CompletableFuture.supplyAsync(() -> {
            Signals.sigaction(Constants.SIGUSR1, signo -> handled.incrementAndGet(), Signals.SA_RESTART);
            PollFd[] fds = {new PollFd(pair[0], Constants.POLLIN)};
            try {
                return "poll " + Sys.poll(fds, 1, 10_000);
            } catch (ErrnoException e) {
                return e.errno().name();
            }
        });
        sleep(300); // let the thread block in poll(2)

        Sys.kill(Sys.getpid(), Constants.SIGUSR1);

        assertEquals("EINTR", poller.get(5, TimeUnit.SECONDS));
        assertEquals(1, handled.get());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
