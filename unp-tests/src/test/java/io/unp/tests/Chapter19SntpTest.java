package io.unp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unp.testkit.Need;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sections 19.10-19.11, SNTP, against real NTP software on the lab network: chronyd on bsdi
 * (started with {@code -x}, so it never touches this machine's clock) serves its local clock at
 * stratum 8 and broadcasts it every second to lan1's broadcast address and to the NTP group
 * 224.0.1.1; sntp/main on aix and ssntp/main on sunos5 print each packet with the clock
 * difference, which is small since every lab host shares this machine's clock; ntpdig, a real
 * SNTP client, sends ssntp a request that ssntp prints and, like the book's program, leaves
 * unanswered.
 */
class Chapter19SntpTest {
    private static final Duration T = Duration.ofSeconds(30);
    private static final Path CHRONYD = Path.of("/usr/sbin/chronyd");
    private static final Path NTPDIG = Path.of("/usr/bin/ntpdig");
    private static final Pattern OFFSET = Pattern.compile("v4, mode 5, strat 8, clock difference = (-?\\d+) usec\n");

    @TempDir
    static Path dir;
    private static Lab lab;
    private static Programs.Proc chronyd;

    @BeforeAll
    static void up() throws IOException {
        Need.file(CHRONYD, "chrony");
        lab = Lab.up();
        Path conf = dir.resolve("chrony.conf");
        Files.writeString(conf, String.join("\n",
                "local stratum 8", // serve the local clock: nothing to synchronise with here
                "allow",
                "broadcast 1 10.200.1.255",
                "broadcast 1 224.0.1.1",
                "cmdport 0",
                "bindcmdaddress /", // no command socket in /run/chrony
                "pidfile " + dir.resolve("chronyd.pid"),
                ""));
        chronyd = lab.startCommand("bsdi", CHRONYD.toString(), "-d", "-x", "-u", "root", "-f", conf.toString());
    }

    @AfterAll
    static void down() {
        if (lab != null) {
            lab.close();
        }
    }

    /** Checks that every clock difference printed is below a second, and returns how many there were. */
    private static int offsets(String out) {
        Matcher m = OFFSET.matcher(out);
        int n = 0;
        while (m.find()) {
            long usec = Long.parseLong(m.group(1));
            assertTrue(Math.abs(usec) < 1_000_000, "one clock, yet " + usec + " usec apart: " + out);
            n++;
        }
        return n;
    }

    @Test
    @Timeout(60)
    void usageErrorsAreTheCs() {
        for (String[] c : java.util.List.of(new String[] {"sntp/main", "usage: sntp <IPaddress>\n"},
                new String[] {"ssntp/main", "usage: ssntp <IPaddress>\n"},
                new String[] {"mcast/main", "usage: sendrecv <IP-multicast-address> <port#>\n"},
                new String[] {"mysdr/main", "usage: mysdr <mcast-addr> <port#> <interface-name>\n", "224.2.127.254"},
                new String[] {"mcast/udpcli05", "usage: udpcli05 <IPaddress>\n"})) {
            Programs.Result r = c.length == 2 ? Programs.run(T, null, c[0]) : Programs.run(T, null, c[0], c[2]);
            assertEquals(1, r.exit(), r.toString());
            assertEquals(c[1], r.stderr());
        }
    }

    @Test
    @Timeout(60)
    void sntpBindsEveryAddressAsksByBroadcastAndMulticastAndPrintsTheServersClockDifference() throws Exception {
        try (Programs.Proc sntp = lab.start("aix", "sntp/main", "ntp.mcast.net")) {
            // whole lines: a line's "v4, ..." and its "clock difference" are two writes, and may arrive apart
            Lab.awaitOutput(sntp, Pattern.compile(" multicast to eth0\n" + OFFSET.pattern()), T);
            Lab.awaitOutput(sntp, Pattern.compile(" broadcast to 10.200.1.255.123\n" + OFFSET.pattern()), T);
            String out = sntp.stdoutSoFar();
            assertTrue(out.startsWith(String.join("\n",
                    "binding 127.0.0.1.123",
                    "binding 10.200.1.13.123",
                    "binding 10.200.1.255.123",
                    "joining 224.0.1.1 on eth0",
                    "binding 0.0.0.0.123",
                    "sending broadcast to 10.200.1.255.123",
                    "sending multicast to 224.0.1.1.123 on eth0",
                    "")), out);
            // its own broadcast comes back and is recognised
            assertTrue(out.contains("48 bytes from 10.200.1.13.123 broadcast to 10.200.1.255.123 (ignored)\n"), out);
            assertTrue(out.contains("48 bytes from 10.200.1.11.123 broadcast to 10.200.1.255.123\nv4, mode 5, strat 8, "), out);
            assertTrue(out.contains("48 bytes from 10.200.1.11.123 multicast to eth0\nv4, mode 5, strat 8, "), out);
            assertTrue(offsets(out) >= 2, out);
            assertEquals("", sntp.stderrSoFar());
        }
    }

    @Test
    @Timeout(60)
    void ssntpPrintsBroadcastsAndARealClientsRequestWhichItDoesNotAnswer() throws Exception {
        Need.file(NTPDIG, "ntpsec-ntpdig");
        try (Programs.Proc ssntp = lab.start("sunos5", "ssntp/main", "ntp.mcast.net")) {
            Lab.awaitOutput(ssntp, "joined 224.0.1.1.123 on eth0\n", T);
            // the C's missing braces: "joined" for lo too, which has no IFF_MULTICAST and was not joined
            assertTrue(ssntp.stdoutSoFar().startsWith("joined 224.0.1.1.123 on lo\njoined 224.0.1.1.123 on eth0\n"),
                    ssntp.stdoutSoFar());
            Lab.awaitOutput(ssntp, OFFSET, T);
            Programs.Result dig = lab.runCommand("solaris", T, null, NTPDIG.toString(), "-t", "1", lab.addr("sunos5"));
            assertNotEquals(0, dig.exit(), "ntpdig got an answer from ssntp: " + dig);
            Lab.awaitOutput(ssntp, "\nv4, mode 3, strat 0, client\n", T);
            assertTrue(offsets(ssntp.stdoutSoFar()) >= 1);
            // a datagram too short to be NTP is reported and the listener goes on
            lab.runCommand("solaris", T, null, "python3", "-c", "import socket; socket.socket(socket.AF_INET, "
                    + "socket.SOCK_DGRAM).sendto(b'0123456789', ('" + lab.addr("sunos5") + "', 123))");
            Lab.awaitOutput(ssntp, "\npacket too small: 10 bytes\n", T);
            assertTrue(ssntp.process().isAlive());
            // the same real client gets its answer from chronyd
            Programs.Result ok = lab.runCommand("solaris", T, null, NTPDIG.toString(), "-t", "2", lab.addr("bsdi"));
            assertEquals(0, ok.exit(), ok + "\nchronyd: " + chronyd.stderrSoFar());
            assertTrue(ok.stdout().contains(lab.addr("bsdi")) && ok.stdout().contains(" s8 "), ok.toString());
        }
    }
}
