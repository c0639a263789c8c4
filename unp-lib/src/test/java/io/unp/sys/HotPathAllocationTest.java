package io.unp.sys;

import static io.unp.abi.Constants.AF_UNIX;
import static io.unp.abi.Constants.POLLIN;
import static io.unp.abi.Constants.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.abi.FdSet;
import io.unp.abi.PollFd;
import io.unp.abi.Timeval;
import io.unp.lib.Readline;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 7, item 2: the calls on a server's hot path (write, read, readline, poll, select)
 * allocate no Java object per call, so a long-running server makes no garbage of its own.
 * Measured with the JVM's per-thread allocation counter over thousands of calls on a
 * socketpair, after a warm-up that creates the thread's native scratch memory and the
 * per-descriptor readline buffer.
 */
@Timeout(60)
class HotPathAllocationTest {
    private static final int ROUNDS = 20_000;
    private final int[] sv = new int[2];
    private final byte[] line = "a line of text\n".getBytes();
    private final byte[] in = new byte[4096];

    @BeforeEach
    void pair() {
        Sys.socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    }

    @AfterEach
    void close() {
        Sys.close(sv[0]);
        Sys.close(sv[1]);
    }

    private static long allocated() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return mx.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /** Bytes allocated per call of {@code body}, after {@code ROUNDS} warm-up calls. */
    private static double bytesPerCall(Runnable body) {
        for (int i = 0; i < ROUNDS; i++) {
            body.run();
        }
        long before = allocated();
        for (int i = 0; i < ROUNDS; i++) {
            body.run();
        }
        return (double) (allocated() - before) / ROUNDS;
    }

    @Test
    void writeAndReadAllocateNothing() {
        double perCall = bytesPerCall(() -> {
            assertEquals(line.length, Sys.write(sv[0], line, 0, line.length));
            assertEquals(line.length, Sys.read(sv[1], in, 0, in.length));
        });
        assertTrue(perCall < 1, perCall + " bytes allocated per write+read");
    }

    @Test
    void readlineAllocatesNothing() {
        double perCall = bytesPerCall(() -> {
            Sys.write(sv[0], line, 0, line.length);
            assertEquals(line.length, Readline.readline(sv[1], in, in.length));
        });
        assertTrue(perCall < 1, perCall + " bytes allocated per write+readline");
    }

    @Test
    void pollAndSelectAllocateNothing() {
        PollFd[] fds = PollFd.array(64);
        fds[0].fd(sv[1]).events(POLLIN);
        FdSet rset = new FdSet();
        Timeval zero = new Timeval(0, 0);
        Sys.write(sv[0], line, 0, line.length); // sv[1] stays readable
        double perCall = bytesPerCall(() -> {
            assertEquals(1, Sys.poll(fds, 64, 0));
            FdSet.FD_ZERO(rset);
            FdSet.FD_SET(sv[1], rset);
            zero.tvSec(0).tvUsec(0);
            assertEquals(1, Sys.select(sv[1] + 1, rset, null, null, zero));
        });
        assertTrue(perCall < 1, perCall + " bytes allocated per poll+select");
    }

    @Test
    void theCounterSeesAllocation() {
        double perCall = bytesPerCall(() -> {
            byte[] garbage = new byte[100];
            garbage[0] = 1;
            Sys.write(sv[0], garbage, 0, 1);
            Sys.read(sv[1], in, 0, 1);
        });
        assertTrue(perCall >= 100, "the measurement misses a 100-byte array per call: " + perCall);
    }
}
