package io.unp.lib;

import static io.unp.abi.Constants.SIGHUP;
import static io.unp.lib.SignalFunc.Signal;

import io.unp.sys.ErrnoException;
import io.unp.sys.Signals;
import io.unp.sys.Sys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code daemon_init} ({@code lib/daemon_init.c}, section 12.4): turns the running program into
 * a daemon.
 *
 * <p>C forks twice. A JVM cannot fork, so each fork here starts the same program again (the
 * java binary and JVM options of this JVM, the same main class and arguments, read from
 * {@code /proc/self/cmdline}; the environment is passed on) with a system property naming the
 * stage it has reached, and the starting process exits, as the parent of a fork does:
 * <ol>
 * <li>The program as started (no {@code unp.daemon} property) starts stage 1 and exits 0: the
 *     shell that ran it gets its prompt back.
 * <li>Stage 1, the book's first child, leads a new session and process group with no
 *     controlling terminal, ignores SIGHUP, starts stage 2 and exits 0. Its
 *     {@code setsid()} is made by {@code posix_spawn} ({@code POSIX_SPAWN_SETSID}) between
 *     the fork and the exec, not by the new JVM: a JVM needs a few hundred milliseconds to
 *     reach daemon_init, and a terminal that hung up in that time (the launching shell
 *     exiting, say) would kill it with SIGHUP while it was still in the terminal's session.
 * <li>Stage 2, the book's second child, is in stage 1's session but does not lead it, so
 *     opening a terminal can never make one its controlling terminal. It sets
 *     {@code daemon_proc} (the error functions now log through syslog) and calls
 *     {@code openlog(pname, LOG_PID, facility)}, changes to {@code /} and clears the umask;
 *     daemon_init returns and the program goes on as the daemon.
 * </ol>
 * Descriptors: each stage is started with every descriptor from 3 up closed. Stage 1 gets
 * {@code /dev/null} as standard input and output and keeps standard error (where a failure to
 * start stage 2 is reported); stage 2 gets {@code /dev/null} as 0, 1 and 2, where C closes
 * them: a JVM opens its own files as it runs, and with 0-2 closed one of those could become
 * "standard output". SIGHUP ignored in stage 1 stays ignored through the exec of stage 2, so
 * the daemon's JVM never installs its SIGHUP handler.
 *
 * <p>Unlike the C, whatever the program does before calling daemon_init runs once in each of
 * the three JVMs (stages 1 and 2 see /dev/null for standard output); call it first, as the
 * book's daemons do. The daemon's JVM resolves relative {@link java.io.File} names against
 * the directory it was started in ({@code user.dir}), while the native calls see {@code /}.
 * The daemon is ready a few JVM start-ups after the shell's prompt returns (two, here about
 * a second), not microseconds.
 */
public final class DaemonInit {
    private DaemonInit() {}

    /** The system property that tells a restarted program which stage of daemon_init it is. */
    public static final String STAGE_PROPERTY = "unp.daemon";

    /**
     * {@code daemon_init}: returns only in the daemon (stage 2); the process that called it
     * first, and stage 1, end with status 0.
     *
     * @param pname the {@code ident} for syslog (C passes {@code argv[0]})
     * @param facility the syslog facility, 0 for the default ({@code LOG_USER})
     */
    public static void daemonInit(String pname, int facility) {
        String stage = System.getProperty(STAGE_PROPERTY, "");
        if (stage.isEmpty()) {
            restart("1", 2, true); // the child becomes a session leader before its exec
            throw new Exit(0); // parent terminates
        }
        if (stage.equals("1")) { // 1st child continues, leader of its own session
            Signal(SIGHUP, Signals.SIG_IGN);
            restart("2", 3, false);
            throw new Exit(0); // 1st child terminates
        }
        // 2nd child continues
        DaemonLog.start(pname, facility); // daemon_proc = 1, and openlog
        Sys.chdir("/"); // change working directory
        Sys.umask(0); // clear our file mode creation mask
        // descriptors: closed (0, 1 and 2 on /dev/null) when this stage was started
    }

    /** True in the daemon that daemon_init made (stage 2). */
    public static boolean isDaemon() {
        return "2".equals(System.getProperty(STAGE_PROPERTY));
    }

    /**
     * The book's {@code Fork()} of daemon_init: starts this program again at {@code stage},
     * with /dev/null on its descriptors below {@code devNullBelow}, none from 3 up, and, with
     * {@code newSession}, in a session of its own.
     */
    private static void restart(String stage, int devNullBelow, boolean newSession) {
        List<String> envp = new ArrayList<>();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            envp.add(e.getKey() + "=" + e.getValue());
        }
        try {
            Sys.posixSpawnDetached(command(stage), envp, devNullBelow, newSession);
        } catch (ErrnoException e) {
            throw Err.sys("fork error");
        }
    }

    /**
     * This JVM's command line with the stage property set: the java binary {@link Fork} starts
     * children with, then {@code -Dunp.daemon=<stage>}, then the rest of
     * {@code /proc/self/cmdline} (JVM options, main class, program arguments, as bytes) less an
     * earlier stage's property.
     */
    static List<String> command(String stage) {
        List<String> cmdline;
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            // every argument ends with a NUL; keep empty ones (an argument "" is one)
            String all = new String(raw, StandardCharsets.ISO_8859_1);
            cmdline = Arrays.asList(all.substring(0, Math.max(0, all.length() - 1)).split("\0", -1));
        } catch (IOException e) {
            throw Err.quit("daemon_init: cannot read /proc/self/cmdline: %s", e.getMessage());
        }
        List<String> argv = new ArrayList<>();
        argv.add(Fork.jvmPrefix().get(0));
        argv.add("-D" + STAGE_PROPERTY + "=" + stage);
        int from = cmdline.size() > 1 && cmdline.get(1).startsWith("-D" + STAGE_PROPERTY + "=") ? 2 : 1;
        argv.addAll(cmdline.subList(from, cmdline.size()));
        return argv;
    }
}
