package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** fgets, strlen and str behave like their C counterparts on raw bytes. */
class StdioTest {
    @Test
    void fgetsReadsALineAtATimeNulTerminatedAndMinusOneAtEof() throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream("first\nsecond\nno newline".getBytes(StandardCharsets.US_ASCII));
        byte[] buf = new byte[64];
        assertEquals(6, Stdio.fgets(buf, buf.length, in));
        assertEquals("first\n", Stdio.str(buf));
        assertEquals(7, Stdio.fgets(buf, buf.length, in));
        assertEquals("second\n", Stdio.str(buf));
        assertEquals(10, Stdio.fgets(buf, buf.length, in));
        assertEquals("no newline", Stdio.str(buf));
        assertEquals(-1, Stdio.fgets(buf, buf.length, in));
    }

    @Test
    void fgetsStopsAtSizeMinusOne() throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream("abcdefg\n".getBytes(StandardCharsets.US_ASCII));
        byte[] buf = new byte[4];
        assertEquals(3, Stdio.fgets(buf, buf.length, in));
        assertEquals("abc", Stdio.str(buf));
        assertEquals(3, Stdio.fgets(buf, buf.length, in));
        assertEquals("def", Stdio.str(buf));
        assertEquals(2, Stdio.fgets(buf, buf.length, in));
        assertEquals("g\n", Stdio.str(buf));
    }

    @Test
    void strKeepsEveryByteAndStopsAtNul() {
        byte[] raw = {'a', (byte) 0xe9, (byte) 0xff, 0, 'z'};
        assertEquals(3, Stdio.strlen(raw));
        assertEquals("a\u00e9\u00ff", Stdio.str(raw));
        assertEquals(2, Stdio.strlen(new byte[] {'h', 'i'}));
    }
}
