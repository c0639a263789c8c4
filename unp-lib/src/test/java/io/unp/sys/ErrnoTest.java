package io.unp.sys;
import io.unp.abi.Errno;
import io.unp.abi.Constants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrStorage;
import io.unp.testkit.Need;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The errno table, ErrnoException from real failing calls, and errno staying per thread. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ErrnoTest {

    @Test
    void theNumbersAndTextsTheBookPrints() {
        assertEquals(111, Errno.ECONNREFUSED.code());
        assertEquals("Connection refused", Errno.ECONNREFUSED.strerror());
        assertEquals(4, Errno.EINTR.code());
        assertEquals("Interrupted system call", Errno.strerror(4));
        assertEquals(11, Errno.EWOULDBLOCK.code());
        assertSame(Errno.EAGAIN, Errno.EWOULDBLOCK, "EWOULDBLOCK is EAGAIN on Linux");
        assertSame(Errno.EAGAIN, Errno.of(11));
        assertEquals(Errno.EDEADLK, Errno.EDEADLOCK);
        assertEquals(Errno.EOPNOTSUPP, Errno.ENOTSUP);
        assertSame(Errno.UNKNOWN, Errno.of(0));
        assertSame(Errno.UNKNOWN, Errno.of(-3));
        assertSame(Errno.UNKNOWN, Errno.of(100000));
        assertEquals("Unknown error 4242", Errno.strerror(4242));
        assertEquals("Unknown error 41", Errno.strerror(41), "41 is unused on Linux");
    }

    /** Every number from 1 to 140: our name and text are glibc's (python3's errno and os.strerror call it). */
    @Test
    void theTableMatchesGlibc() throws Exception {
        String script = "import errno, os\n"
                + "for n in range(1, 141):\n"
                + "    print(n, errno.errorcode.get(n, '-'), os.strerror(n), sep='\\t')\n";
        Need.command("python3");
        Process p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        List<String> mismatches = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] f = line.split("\t");
            int n = Integer.parseInt(f[0]);
            Errno e = Errno.of(n);
            String name = f[1].equals("-") ? e.name() : f[1]; // python 3.11 lacks a few names (EHWPOISON)
            // python picks one name for aliased numbers (EWOULDBLOCK/EAGAIN, EDEADLOCK/EDEADLK, ENOTSUP/EOPNOTSUPP)
            boolean sameName = e.name().equals(name) || (n == 11 && name.equals("EWOULDBLOCK"))
                    || (n == 35 && name.equals("EDEADLOCK")) || (n == 95 && name.equals("ENOTSUP"));
            if (!sameName || !Errno.strerror(n).equals(f[2])) {
                mismatches.add(n + ": glibc " + name + " \"" + f[2] + "\", ours " + e.name() + " \"" + Errno.strerror(n) + "\"");
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void connectToAClosedPortFailsWithEconnrefused() {
        int bound = Sys.socket(Constants.AF_INET, Constants.SOCK_STREAM, 0);
        int fd = Sys.socket(Constants.AF_INET, Constants.SOCK_STREAM, 0);
        try {
            SockaddrIn sin = new SockaddrIn();
            sin.sinAddr(io.unp.net.NetOrder.htonl(Constants.INADDR_LOOPBACK));
            Sys.bind(bound, sin); // bound but not listening: its port is closed and stays ours
            SockaddrStorage target = new SockaddrStorage();
            Sys.getsockname(bound, target);
            Sys.setErrno(0);
            ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.connect(fd, target));
            assertEquals("connect", e.call());
            assertEquals(Errno.ECONNREFUSED, e.errno());
            assertEquals(111, e.code());
            assertTrue(e.is(Errno.ECONNREFUSED));
            assertEquals("connect: Connection refused", e.getMessage());
            assertEquals(111, Sys.errno(), "the failing call set this thread's errno");
        } finally {
            Sys.close(fd);
            Sys.close(bound);
        }
    }

    @Test
    void socketOfAnUnknownFamilyFailsWithEafnosupport() {
        ErrnoException e = assertThrows(ErrnoException.class, () -> Sys.socket(999, Constants.SOCK_STREAM, 0));
        assertEquals("socket", e.call());
        assertEquals(Errno.EAFNOSUPPORT, e.errno());
        assertEquals(97, Sys.errno());
        assertEquals("socket: Address family not supported by protocol", e.getMessage());
    }

    @Test
    void aNumberTheTableLacksKeepsItsCode() {
        ErrnoException e = new ErrnoException("frob", 4242);
        assertSame(Errno.UNKNOWN, e.errno());
        assertEquals(4242, e.code());
        assertEquals("frob: Unknown error 4242", e.getMessage());
    }

    /** Two threads fail different calls at the same time, thousands of times: each sees only its own errno. */
    @Test
    void errnoStaysWithItsThreadWhileOthersFail() throws Exception {
        int rounds = 3000;
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<String> problem = new AtomicReference<>();
        Thread afThread = new Thread(() -> failRepeatedly(start, rounds, problem, Errno.EAFNOSUPPORT,
                () -> Sys.socket(999, Constants.SOCK_STREAM, 0)));
        Thread badfThread = new Thread(() -> failRepeatedly(start, rounds, problem, Errno.EBADF,
                () -> Sys.close(-1)));
        Sys.setErrno(Errno.ENOENT.code());
        afThread.start();
        badfThread.start();
        start.countDown();
        afThread.join();
        badfThread.join();
        assertEquals(null, problem.get());
        assertEquals(Errno.ENOENT.code(), Sys.errno(), "this thread's errno was left alone");
    }

    private static void failRepeatedly(CountDownLatch start, int rounds, AtomicReference<String> problem,
            Errno expected, Runnable call) {
        try {
            start.await();
        } catch (InterruptedException e) {
            return;
        }
        for (int i = 0; i < rounds; i++) {
            try {
                call.run();
                problem.compareAndSet(null, "call did not fail");
                return;
            } catch (ErrnoException e) {
                if (!e.is(expected) || Sys.errno() != expected.code()) {
                    problem.compareAndSet(null, "expected " + expected + ", got " + e.errno() + " / errno " + Sys.errno());
                    return;
                }
            }
        }
    }
}
