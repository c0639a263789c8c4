package io.unp.tests;

import io.unp.testkit.Need;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chapter 12: a daemon made by {@code daemon_init} (inetd/daytimetcpsrv2) and a server run by a
 * real inetd (inetd/daytimetcpsrv3), each logging through syslog to a receiver on a private
 * {@code /dev/log} ({@link PrivateSyslog}); nothing reaches this machine's own.
 */
class Chapter12DaemonTest {
    private static final Duration T = Duration.ofSeconds(60);
    /** ctime's 24 characters and CR LF. */
    private static final Pattern DAYTIME = Pattern.compile("\\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\r\n");
    /** The prefix glibc's syslog sends: the priority, a timestamp, then the ident and pid. */
    private static final String STAMP = "\\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d ";
    /** A client that prints its own port, then what the server sent. */
    private static final String PY_CLIENT = String.join("\n",
            "import socket, sys",
            "s = socket.create_connection(('127.0.0.1', int(sys.argv[1])))",
            "print(s.getsockname()[1])",
            "data = b''",
            "while True:",
            "    b = s.recv(100)",
            "    if not b: break",
            "    data += b",
            "sys.stdout.write(data.decode('latin-1'))");

    @Test
    @Timeout(180)
    void daemonInitDetachesFromTheTerminalAndLogsThroughSyslog(@TempDir Path dir) throws Exception {
        boolean hostDevLog = Files.exists(Path.of("/dev/log"));
        PrivateSyslog syslog = PrivateSyslog.in(dir, PrivateSyslog.Receiver.PYTHON);
        Path unp = syslog.launcher();
        // the launching shell runs on a pseudo-terminal (script), as at a user's prompt; first a
        // launch without arguments (the usage error happens after daemon_init: it goes to syslog),
        // then the real one
        String script = syslog.prologue()
                + "script -qec " + PrivateSyslog.q("tty; " + unp + " inetd/daytimetcpsrv2; echo status=$?; "
                        + unp + " inetd/daytimetcpsrv2 9999; echo status=$?") + " /dev/null\n"
                + "echo launcher-done\n";
        try (NetNs ns = NetNs.create()) {
            try {
                Programs.Proc launch = ns.startCommand(PrivateSyslog.unshare(script).toArray(new String[0]));
                // the prompt comes back: the launching processes end, nothing holds the terminal
                Programs.Result r = launch.await(T);
                assertEquals(0, r.exit(), r.toString());
                String out = r.stdout().replace("\r", "");
                assertTrue(out.matches("(?s)/dev/pts/\\d+\nstatus=0\nstatus=0\nlauncher-done\n"), r.toString());

                assertTrue(waitFor(() -> ns.listening(9999), T), "the daemon never listened on 9999");
                int daemon = daemonPid(ns);
                ProcStat st = ProcStat.of(daemon);
                assertEquals(0, st.ttyNr, "the daemon has no controlling terminal");
                assertNotEquals(daemon, st.session, "the daemon does not lead its session");
                assertEquals(st.session, st.pgrp, "its process group is the first child's, as after the book's two forks");
                assertTrue(ProcessHandle.of(st.session).isEmpty(), "the session leader (first child) has exited");
                assertNotEquals(st.session, st.ppid, "its parent, the first child, has gone: it was reparented");
                assertEquals(Path.of("/"), Files.readSymbolicLink(Path.of("/proc/" + daemon + "/cwd")));
                String status = Files.readString(Path.of("/proc/" + daemon + "/status"));
                assertTrue(status.contains("Umask:\t0000"), status);
                long sigIgn = Long.parseUnsignedLong(field(status, "SigIgn"), 16);
                assertEquals(1, sigIgn & 1, "SIGHUP is ignored");
                for (int fd = 0; fd <= 2; fd++) {
                    assertEquals("/dev/null", Files.readSymbolicLink(Path.of("/proc/" + daemon + "/fd/" + fd)).toString());
                }
                for (String target : ProcFds.links(daemon)) {
                    assertFalse(target.startsWith("pipe:") || target.startsWith("/dev/pts"),
                            "a descriptor of the launching shell survived: " + target);
                }

                Programs.Result c = ns.runCommand(T, null, "python3", "-c", PY_CLIENT, "9999");
                assertEquals(0, c.exit(), c.toString());
                String[] lines = c.stdout().split("\n", 2);
                assertTrue(DAYTIME.matcher(lines[1]).matches(), c.toString());

                Matcher usage = syslog.await(Pattern.compile("<3>" + STAMP
                        + "daytimetcpsrv2\\[(\\d+)\\]: usage: daytimetcpsrv2 \\[ <host> \\] <service or port>\n"), T);
                assertNotEquals(daemon, Integer.parseInt(usage.group(1)));
                syslog.await(Pattern.compile("<6>" + STAMP + "daytimetcpsrv2\\[" + daemon + "\\]: connection from 127\\.0\\.0\\.1\\."
                        + lines[0] + "\n"), T);
            } finally {
                PrivateSyslog.killAll(ns);
            }
        }
        assertEquals(hostDevLog, Files.exists(Path.of("/dev/log")), "this machine's /dev/log was left as it was");
    }

    @Test
    @Timeout(180)
    void inetdRunsDaytimetcpsrv3WithTheSocketOnDescriptorsZeroAndOne(@TempDir Path dir) throws Exception {
        Need.file(Path.of("/usr/sbin/inetd"), "openbsd-inetd");
        boolean hostDevLog = Files.exists(Path.of("/dev/log"));
        PrivateSyslog syslog = PrivateSyslog.in(dir, PrivateSyslog.Receiver.RSYSLOG);
        Path unp = syslog.launcher();
        // inetd launders the environment and needs absolute paths: the launcher script is both
        Path conf = syslog.write("inetd.conf", "127.0.0.1:9999 stream tcp nowait root " + unp + " unp inetd/daytimetcpsrv3\n");
        String script = syslog.prologue() + "exec /usr/sbin/inetd -d " + PrivateSyslog.q(conf.toString()) + "\n";
        try (NetNs ns = NetNs.create()) {
            try {
                Programs.Proc inetd = ns.startCommand(PrivateSyslog.unshare(script).toArray(new String[0]));
                ns.awaitListening(inetd, 9999, T);

                List<String> ports = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Programs.Result c = ns.runCommand(T, null, "python3", "-c", PY_CLIENT, "9999");
                    assertEquals(0, c.exit(), c.toString());
                    String[] lines = c.stdout().split("\n", 2);
                    assertTrue(DAYTIME.matcher(lines[1]).matches(), c + "\n--- inetd\n" + inetd.stderrSoFar());
                    ports.add(lines[0]);
                }
                // each connection is a new server process, whose descriptor 0 was that client's socket
                List<String> pids = new ArrayList<>();
                for (String port : ports) {
                    Matcher m = syslog.await(Pattern.compile("<6> daytimetcpsrv3\\[(\\d+)\\]: connection from 127\\.0\\.0\\.1\\."
                            + port), T);
                    pids.add(m.group(1));
                }
                assertNotEquals(pids.get(0), pids.get(1), "inetd starts one server per connection");
            } finally {
                PrivateSyslog.killAll(ns);
            }
        }
        assertEquals(hostDevLog, Files.exists(Path.of("/dev/log")), "this machine's /dev/log was left as it was");
    }

    /** The pid of the daemon made by daemon_init: the JVM in the namespace at stage 2. */
    private static int daemonPid(NetNs ns) throws IOException {
        for (int pid : PrivateSyslog.pids(ns)) {
            try {
                String cmdline = Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.ISO_8859_1);
                if (cmdline.contains("\0-Dunp.daemon=2\0")) {
                    return pid;
                }
            } catch (IOException e) {
                // gone
            }
        }
        throw new AssertionError("no daemon (stage 2) among " + PrivateSyslog.pids(ns));
    }

    private static String field(String status, String name) {
        for (String line : status.split("\n")) {
            if (line.startsWith(name + ":")) {
                return line.substring(name.length() + 1).trim();
            }
        }
        throw new AssertionError("no " + name + " in " + status);
    }

    /** The fields of /proc/PID/stat a daemon's lesson is about. */
    record ProcStat(int ppid, int pgrp, int session, int ttyNr) {
        static ProcStat of(int pid) throws IOException {
            String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            // state ppid pgrp session tty_nr
            return new ProcStat(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]));
        }
    }

    static boolean waitFor(java.util.function.BooleanSupplier cond, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (cond.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return cond.getAsBoolean();
    }
}
