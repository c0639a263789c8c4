package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The first program pair: the daytime server answers the daytime client over loopback. */
class DaytimeSmokeTest {
    @Test
    @Timeout(60)
    void clientPrintsTheServersCtimeLine() {
        try (NetNs ns = NetNs.create()) {
            Programs.Proc server = ns.start("intro/daytimetcpsrv");
            ns.awaitListening(server, 13, Duration.ofSeconds(20));
            Programs.Result r = ns.run(Duration.ofSeconds(20), null, "intro/daytimetcpcli", "127.0.0.1");
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.stdout().matches("[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\r\n"), r.toString());
        }
    }
}
