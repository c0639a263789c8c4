package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * debug/backlog (chapter 4, figure 4.10): how many connections Linux queues for a listening
 * socket that never accepts. The run takes about 30 s (a 2 s connect timeout per backlog).
 */
class BacklogTest {
    @Test
    @Timeout(120)
    void linuxCompletesBacklogPlusOneConnections() {
        StringBuilder expected = new StringBuilder();
        for (int backlog = 0; backlog <= 14; backlog++) {
            expected.append(String.format("backlog = %d: timeout, %d connections completed%n", backlog, backlog + 1));
        }
        try (NetNs ns = NetNs.create()) {
            Programs.Result r = ns.run(Duration.ofSeconds(90), null, "debug/backlog");
            assertEquals(0, r.exit(), r.toString());
            assertEquals("", r.stderr());
            assertEquals(expected.toString(), r.stdout());
        }
    }

    @Test
    @Timeout(30)
    void anArgumentIsAUsageError() {
        Programs.Result r = Programs.run(Duration.ofSeconds(20), null, "debug/backlog", "5");
        assertEquals(1, r.exit(), r.toString());
        assertEquals("usage: backlog\n", r.stderr());
    }
}
