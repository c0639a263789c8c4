package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.lib.Rtt.RttInfo;
import org.junit.jupiter.api.Test;

/**
 * The RTT library of section 20.5 with C's arithmetic: float fields, double intermediates, the
 * RTO clamped to 2..60 s, rounded for alarm, doubled per timeout, given up after three
 * retransmissions; rtt_debug prints as glibc's %.3f does (half-even on the exact value).
 */
class RttTest {
    @Test
    void aNewPeerStartsWithAThreeSecondRto() {
        RttInfo r = new RttInfo();
        Rtt.rttInit(r);
        assertEquals(0f, r.rttSrtt);
        assertEquals(0.75f, r.rttRttvar);
        assertEquals(3.0f, r.rttRto);
        assertEquals(3, Rtt.rttStart(r));
        int ts = Rtt.rttTs(r);
        assertTrue(ts >= 0 && ts < 1000 * 2, "milliseconds since rtt_init: " + ts);
    }

    @Test
    void rttStopUpdatesTheEstimatorsAsJacobsonAndTheBook() {
        RttInfo r = new RttInfo();
        Rtt.rttInit(r);
        Rtt.rttStop(r, 0); // a reply in no time: the deviation decays by a quarter
        assertEquals(0f, r.rttRtt);
        assertEquals(0.5625f, r.rttRttvar);
        assertEquals(2.25f, r.rttRto);
        assertEquals(2, Rtt.rttStart(r)); // (int) (2.25 + 0.5)
        Rtt.rttStop(r, 200);
        // delta 0.2: srtt 0.025, rttvar 0.5625 + (0.2 - 0.5625) / 4 = 0.471875, rto 0.025 + 1.8875
        assertEquals((float) (0.0 + 0.2f / 8.0), r.rttSrtt);
        assertEquals((float) (0.5625 + (0.2f - 0.5625) / 4), r.rttRttvar);
        assertEquals(2.0f, r.rttRto, "1.9125 is clamped to RTT_RXTMIN");
        Rtt.rttStop(r, 100_000); // 100 s: clamped to RTT_RXTMAX
        assertEquals(60f, r.rttRto);
        Rtt.rttStop(r, -1); // a uint32_t: 4294967.295 s, not -1 ms
        assertEquals(4294967.295f, r.rttRtt, 1f);
    }

    @Test
    void eachTimeoutDoublesTheRtoAndTheFourthGivesUp() {
        RttInfo r = new RttInfo();
        Rtt.rttInit(r);
        Rtt.rttStop(r, 0);
        Rtt.rttNewpack(r);
        int[] alarms = new int[4];
        alarms[0] = Rtt.rttStart(r);
        for (int i = 1; i <= 3; i++) {
            assertEquals(0, Rtt.rttTimeout(r));
            alarms[i] = Rtt.rttStart(r);
        }
        assertEquals(-1, Rtt.rttTimeout(r), "RTT_MAXNREXMT retransmissions, then give up");
        assertEquals("[2, 5, 9, 18]", java.util.Arrays.toString(alarms));
        Rtt.rttNewpack(r);
        assertEquals(0, r.rttNrexmt);
    }

    @Test
    void debugLinesArePrintedAsCsPercentPointThreeF() {
        assertEquals("0.562", Rtt.f3(0.5625f), "half-even, like glibc");
        assertEquals("0.062", Rtt.f3(0.0625f));
        assertEquals("0.188", Rtt.f3(0.1875f));
        assertEquals("3.000", Rtt.f3(3f));
        assertEquals("0.201", Rtt.f3(0.201f));
    }
}
