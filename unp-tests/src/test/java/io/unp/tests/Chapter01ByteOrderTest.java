package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unp.testkit.Need;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** intro/byteorder: the configure triplet, then the host's byte order. */
class Chapter01ByteOrderTest {
    @Test
    @Timeout(30)
    void x86LinuxIsLittleEndian() {
        Need.bestEffort(System.getProperty("os.arch").equals("amd64")
                        && System.getProperty("os.name").equals("Linux"),
                "the expected line is for Linux x86_64");
        Programs.Result r = Programs.run(Duration.ofSeconds(20), null, "intro/byteorder");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("x86_64-unknown-linux-gnu: little-endian\n", r.stdout());
        assertEquals("", r.stderr());
    }
}
