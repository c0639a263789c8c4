package io.unp.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.Constants;
import io.unp.net.SockaddrIn;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The chapter 21 rule of {@link Signals}: on a socket this process owns for SIGURG, a read
 * blocked when the urgent byte arrives lets the SIGURG handler read it first (the JVM would
 * otherwise let the read step over it, and Linux then forgets it); and such a read still ends
 * with EINTR for a handler without SA_RESTART, and goes on for one with it.
 */
class SignalsUrgentTest {
    private final List<Integer> fds = new ArrayList<>();
    private int sender;
    private int receiver;

    @BeforeEach
    void connect() {
        int listener = open(Sys.socket(Constants.AF_INET, Constants.SOCK_STREAM, 0));
        Sys.bind(listener, SockaddrIn.of(new byte[] {127, 0, 0, 1}, 0));
        Sys.listen(listener, 1);
        SockaddrIn bound = new SockaddrIn();
        Sys.getsockname(listener, bound);
        sender = open(Sys.socket(Constants.AF_INET, Constants.SOCK_STREAM, 0));
        Sys.connect(sender, bound);
        receiver = open(Sys.accept(listener, null));
    }

    @AfterEach
    void close() {
        Signals.sigaction(Constants.SIGURG, Signals.SIG_DFL, 0);
        Signals.sigaction(Constants.SIGUSR1, signo -> {}, Signals.SA_RESTART);
        for (int fd : fds) {
            Sys.close(fd);
        }
    }

    private int open(int fd) {
        fds.add(fd);
        return fd;
    }

    private static void send(int fd, String s, int flags) {
        byte[] b = s.getBytes();
        Sys.send(fd, b, 0, b.length, flags);
    }

    @Test
    @Timeout(60)
    void theSigurgHandlerReadsEachUrgentByteBeforeTheBlockedReadGoesPastIt() throws Exception {
        StringBuilder oob = new StringBuilder();
        AtomicInteger failures = new AtomicInteger();
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            Signals.sigaction(Constants.SIGURG, signo -> {
                byte[] c = new byte[1];
                try {
                    Sys.recv(receiver, c, 0, 1, Constants.MSG_OOB);
                    synchronized (oob) {
                        oob.append((char) c[0]);
                    }
                } catch (ErrnoException e) {
                    failures.incrementAndGet();
                }
            }, Signals.SA_RESTART);
            Sys.fcntl(receiver, Constants.F_SETOWN, Sys.getpid());
            StringBuilder normal = new StringBuilder();
            byte[] buf = new byte[100];
            int n;
            while ((n = Sys.read(receiver, buf, 0, buf.length)) > 0) {
                normal.append(new String(buf, 0, n));
            }
            return normal.toString();
        });
        Thread.sleep(300);
        for (char c = 'a'; c <= 'j'; c++) {
            send(sender, "-", 0);
            Thread.sleep(50);
            send(sender, String.valueOf(c), Constants.MSG_OOB); // each urgent byte reaches the blocked reader
            Thread.sleep(150);
        }
        Sys.shutdown(sender, Constants.SHUT_WR);
        assertEquals("----------", reader.get(20, TimeUnit.SECONDS));
        assertEquals("abcdefghij", oob.toString(), "every urgent byte read by the handler");
        assertEquals(0, failures.get(), "no recv(MSG_OOB) failed with EINVAL");
    }

    @Test
    @Timeout(60)
    void aReadOnAnOwnedSocketStillEndsWithEintrOrGoesOnAsTheHandlersFlagsSay() throws Exception {
        Signals.sigaction(Constants.SIGURG, signo -> {}, Signals.SA_RESTART);
        for (int flags : new int[] {0, Signals.SA_RESTART}) {
            AtomicReference<Thread> who = new AtomicReference<>();
            CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
                who.set(Thread.currentThread());
                Signals.sigaction(Constants.SIGUSR1, signo -> {}, flags);
                Sys.fcntl(receiver, Constants.F_SETOWN, Sys.getpid());
                try {
                    return "read " + Sys.read(receiver, new byte[10], 0, 10);
                } catch (ErrnoException e) {
                    return e.getMessage();
                }
            });
            Thread.sleep(300);
            Sys.kill(Sys.getpid(), Constants.SIGUSR1);
            if (flags == 0) {
                assertEquals("read: Interrupted system call", reader.get(5, TimeUnit.SECONDS));
            } else {
                try {
                    String early = reader.get(700, TimeUnit.MILLISECONDS);
                    throw new AssertionError("returned although SA_RESTART: " + early);
                } catch (TimeoutException expected) {
                    // still reading
                }
                send(sender, "x", 0);
                assertEquals("read 1", reader.get(5, TimeUnit.SECONDS));
            }
            assertTrue(who.get() != null);
        }
    }
}
