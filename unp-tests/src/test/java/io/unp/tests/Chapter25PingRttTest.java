package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Beyond the book: ping's round-trip times over a slow link. On the lab ({@code scripts/lab}),
 * the link of host "linux" holds every frame 20 ms each way, so an echo from solaris (on the
 * other subnet, through gw) takes at least 40 ms; the book's ping measures the same floor as iputils
 * ping on the same link (the minimum; the relay's jitter moves the averages).
 */
class Chapter25PingRttTest {
    private static final Pattern OURS = Pattern.compile("64 bytes from 10\\.200\\.2\\.21: seq=\\d+, ttl=63, rtt=(\\d+\\.\\d{3}) ms");
    private static final Pattern IPUTILS = Pattern.compile("rtt min/avg/max/mdev = ([\\d.]+)/([\\d.]+)/([\\d.]+)/([\\d.]+) ms");

    @Test
    @Timeout(120)
    void rttOverADelayedLinkAgreesWithIputilsPing() throws InterruptedException {
        RouterChain.needCommand("ping", "iputils-ping");
        try (Lab lab = Lab.up()) {
            lab.check("delay", "linux", "20");
            String dest = lab.addr("linux");

            // iputils first: it also resolves the addresses (ARP), which would slow our first reply
            Programs.Result sys = lab.runCommand("solaris", Duration.ofSeconds(30), null, "ping", "-c", "6", "-i", "0.2",
                    "-q", dest);
            assertEquals(0, sys.exit(), sys.toString());
            Matcher m = IPUTILS.matcher(sys.stdout());
            assertTrue(m.find(), sys.stdout());
            double sysMin = Double.parseDouble(m.group(1));
            double sysAvg = Double.parseDouble(m.group(2));

            List<Double> rtts = new ArrayList<>();
            try (Programs.Proc p = lab.start("solaris", "ping/main", dest)) {
                long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                while (System.nanoTime() < end && count(p.stdoutSoFar()) < 5) {
                    Thread.sleep(50);
                }
                for (String l : p.stdoutSoFar().lines().skip(1).toList()) {
                    Matcher r = OURS.matcher(l);
                    assertTrue(r.matches(), "not the book's line: " + l);
                    rtts.add(Double.parseDouble(r.group(1)));
                }
            }
            assertTrue(rtts.size() >= 5, "five replies: " + rtts);
            Collections.sort(rtts);
            double ourMin = rtts.get(0);
            double ourMedian = rtts.get(rtts.size() / 2);
            assertTrue(sysMin >= 40 && ourMin >= 40, "20 ms each way: iputils min " + sysMin + ", ours " + rtts);
            assertTrue(ourMin < 60 && sysMin < 60, "and not much more: iputils min " + sysMin + ", ours " + rtts);
            // the user-space relay adds a few ms now and then on a busy machine, so the averages
            // wander; the floor, the link's 40 ms, is what both must measure alike
            assertTrue(Math.abs(ourMin - sysMin) < 10, "ours " + rtts + " (median " + ourMedian + ") against iputils min "
                    + sysMin + ", avg " + sysAvg);
        }
    }

    private static int count(String out) {
        return (int) out.lines().filter(l -> l.contains(" bytes from ")).count();
    }
}
