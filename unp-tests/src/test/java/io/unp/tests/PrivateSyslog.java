package io.unp.tests;

import io.unp.testkit.Need;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A syslog receiver on a private {@code /dev/log}, for tests of daemons (chapter 12).
 *
 * <p>glibc's syslog(3) always writes to {@code /dev/log}. The test runs a bash script in a new
 * mount namespace ({@code unshare -m --propagation private}, inside a {@link NetNs}) whose
 * first lines ({@link #prologue}) lay a tmpfs-backed overlay over {@code /dev} (devpts and
 * {@code /dev/shm} moved onto it), so that the receiver can bind {@code /dev/log} there without
 * touching this machine's {@code /dev}. Everything the script starts, and everything those
 * start (a daemon included), inherits that namespace: their messages reach the receiver and
 * nothing else. The receiver is either python3 (each datagram exactly as glibc sent it, hex
 * encoded one per line) or Debian's rsyslogd (its own parse of each message, through a
 * template that keeps the priority).
 */
final class PrivateSyslog {
    /** How the receiver runs. */
    enum Receiver { PYTHON, RSYSLOG }

    private final Path dir;
    private final Receiver receiver;

    private PrivateSyslog(Path dir, Receiver receiver) {
        this.dir = dir;
        this.receiver = receiver;
    }

    /** A receiver whose output and files live in {@code dir}; skips the test if its program is missing. */
    static PrivateSyslog in(Path dir, Receiver receiver) {
        Need.command("unshare");
        if (receiver == Receiver.RSYSLOG) {
            Need.file(Path.of("/usr/sbin/rsyslogd"), "rsyslog");
        }
        return new PrivateSyslog(dir, receiver);
    }

    /** The file the receiver writes. */
    Path log() {
        return dir.resolve(receiver == Receiver.PYTHON ? "syslog.hex" : "syslog.txt");
    }

    /** The command that runs {@code script} in a new mount namespace (prefix it with the NetNs's exec). */
    static List<String> unshare(String script) {
        return List.of("unshare", "-m", "--propagation", "private", "bash", "-c", script);
    }

    /**
     * Bash lines that make the private {@code /dev} and start the receiver on its
     * {@code /dev/log}, waiting until it is there.
     */
    String prologue() {
        StringBuilder s = new StringBuilder();
        s.append("set -e\n");
        s.append("T=").append(q(dir.resolve("dev").toString())).append("\n");
        s.append("mkdir -p \"$T\" && mount -t tmpfs tmpfs \"$T\"\n");
        s.append("mkdir -p \"$T/upper\" \"$T/work\" \"$T/pts\" \"$T/shm\"\n");
        s.append("mount --bind /dev/pts \"$T/pts\"; mount --bind /dev/shm \"$T/shm\"\n");
        s.append("mount -t overlay overlay -o lowerdir=/dev,upperdir=\"$T/upper\",workdir=\"$T/work\" /dev\n");
        s.append("mount --move \"$T/pts\" /dev/pts; mount --move \"$T/shm\" /dev/shm\n");
        s.append("mount -t tmpfs tmpfs /run\n"); // rsyslogd's and inetd's pid files stay private too
        if (receiver == Receiver.PYTHON) {
            Path py = write("recv.py", String.join("\n",
                    "import os, socket, sys",
                    "s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)",
                    "s.bind('/dev/log')",
                    "os.chmod('/dev/log', 0o666)",
                    "out = open(sys.argv[1], 'w')",
                    "while True:",
                    "    out.write(s.recv(65536).hex() + '\\n')",
                    "    out.flush()", ""));
            s.append("python3 ").append(q(py.toString())).append(' ').append(q(log().toString())).append(" &\n");
        } else {
            Path conf = write("rsyslog.conf", String.join("\n",
                    "global(workDirectory=\"" + dir + "\")",
                    "module(load=\"imuxsock\" SysSock.Use=\"off\")",
                    "input(type=\"imuxsock\" Socket=\"/dev/log\" CreatePath=\"on\")",
                    "template(name=\"unp\" type=\"string\" string=\"<%PRI%> %syslogtag%%msg%\\n\")",
                    "*.* action(type=\"omfile\" file=\"" + log() + "\" template=\"unp\")", ""));
            s.append("rsyslogd -n -f ").append(q(conf.toString())).append(" -i /run/rsyslogd.pid &\n");
        }
        s.append("for i in $(seq 100); do [ -S /dev/log ] && break; sleep 0.1; done\n");
        s.append("[ -S /dev/log ] || { echo 'no receiver on the private /dev/log' >&2; exit 1; }\n");
        return s.toString();
    }

    /** The messages received so far: each datagram's bytes (python), or each line rsyslogd wrote. */
    List<String> messages() {
        List<String> out = new ArrayList<>();
        try {
            if (!Files.exists(log())) {
                return out;
            }
            for (String line : Files.readAllLines(log(), StandardCharsets.ISO_8859_1)) {
                if (line.isEmpty()) {
                    continue;
                }
                out.add(receiver == Receiver.PYTHON
                        ? new String(HexFormat.of().parseHex(line), StandardCharsets.ISO_8859_1) : line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Waits until a message matches {@code p}; returns its matcher, or fails listing what arrived. */
    Matcher await(Pattern p, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        do {
            for (String m : messages()) {
                Matcher x = p.matcher(m);
                if (x.matches()) {
                    return x;
                }
            }
            Thread.sleep(50);
        } while (System.nanoTime() < end);
        throw new AssertionError("no syslog message matches " + p + "; received: " + messages());
    }

    /** A shell script in the directory that runs a book program the way the tests do: {@code unp <program> args}. */
    Path launcher() {
        StringBuilder s = new StringBuilder("#!/bin/sh\nexec");
        for (String a : Programs.javaCommand()) {
            s.append(' ').append(q(a));
        }
        s.append(" \"$@\"\n");
        Path p = write("unp", s.toString());
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code s} quoted for the shell. */
    static String q(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** Kills every process of the namespace (daemons are nobody's descendants), then waits for them. */
    static void killAll(NetNs ns) {
        for (int round = 0; round < 20; round++) {
            Programs.Result r = Programs.runCommand(Duration.ofSeconds(10), null, "ip", "netns", "pids", ns.name());
            String pids = r.stdout().trim();
            if (pids.isEmpty()) {
                return;
            }
            List<String> cmd = new ArrayList<>(List.of("kill", "-9"));
            cmd.addAll(List.of(pids.split("\\s+")));
            Programs.runCommand(Duration.ofSeconds(10), null, cmd.toArray(new String[0]));
            NetNs.sleep(100);
        }
    }

    /** Pids of the namespace's processes. */
    static List<Integer> pids(NetNs ns) {
        Programs.Result r = Programs.runCommand(Duration.ofSeconds(10), null, "ip", "netns", "pids", ns.name());
        List<Integer> out = new ArrayList<>();
        for (String p : r.stdout().trim().split("\\s+")) {
            if (!p.isEmpty()) {
                out.add(Integer.parseInt(p));
            }
        }
        return out;
    }
}
