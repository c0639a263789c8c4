package io.unp.lib;

import static io.unp.abi.Constants.AF_UNIX;
import static io.unp.abi.Constants.SOCK_CLOEXEC;
import static io.unp.abi.Constants.SOCK_SEQPACKET;

import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link Fork} without waiting for a JVM to start: a warm spare child.
 *
 * <p>A spare is a child JVM started ahead of time ({@link SpareChildMain}), which loads the
 * native layer and then waits on its end of a Unix-domain socket. At fork time the parent sends
 * it the child class's name, the descriptors (with {@code SCM_RIGHTS}: its standard input, output
 * and error, then the ones named, each at the same number when that number is free in the
 * spare) and the arguments; the spare runs the child's code as a cold child would, and the parent
 * starts the next spare in the background. Like a cold fork, the child is a separate process
 * and this process's child from birth: {@code SIGCHLD} comes when it ends, {@code wait} and
 * {@code waitpid} reap it, its pid is what {@link #fork} returns, and the descriptors the parent
 * then closes stay open only in the child.
 *
 * <p>What differs (docs/chapter27.md): a spare exists before the fork, so {@code ps} shows one
 * idle child more than the book's server has, and a {@code wait} for any child would wait for
 * it too; the child gets only the descriptors named (a cold child inherits all that are not
 * close-on-exec), and the rest of its state (environment, umask, signal dispositions, limits) is
 * the parent's at the time the spare was started; a spare started before the parent changed its
 * working directory is not used. Off unless the environment has {@code UNP_FORK_SPARE=1} (or
 * the system property {@code unp.forkSpare=true}).
 */
public final class ForkSpare {
    private ForkSpare() {}

    /** A spare: its pid and this process's end of its socket (close-on-exec). */
    record Spare(int pid, int sock, String cwd) {}

    private static final ArrayDeque<Spare> READY = new ArrayDeque<>();
    private static Thread filler;
    private static String lastChild;

    /** True when forks should use spares: {@code UNP_FORK_SPARE=1} or {@code -Dunp.forkSpare=true}. */
    public static boolean enabled() {
        return "1".equals(System.getenv("UNP_FORK_SPARE")) || Boolean.getBoolean("unp.forkSpare");
    }

    /** How many spares to keep ready ({@code UNP_FORK_SPARES}, default 1). */
    static int target() {
        try {
            return Math.max(1, Math.min(8, Integer.parseInt(System.getenv().getOrDefault("UNP_FORK_SPARES", "1"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * {@link Fork#fork} through a spare: starts {@code child.run(fds)} in a spare (one started now
     * if none is ready, which costs what a cold fork costs) and returns its pid.
     *
     * @throws ErrnoException if no spare can be started, or the descriptors cannot be sent
     */
    public static int fork(Class<? extends Fork.Child> child, int[] fds, String... args) {
        Spare s = take(child.getName());
        try {
            SpareJob.send(s.sock(), child.getName(), fds, args);
        } catch (ErrnoException e) {
            // the spare died while it waited (killed): once more with a new one
            Sys.close(s.sock());
            s = spawn(child.getName());
            SpareJob.send(s.sock(), child.getName(), fds, args);
        } finally {
            Sys.close(s.sock());
            refill();
        }
        return s.pid();
    }

    /** A spare to use now: a ready one whose working directory is still ours, else a new one. */
    private static Spare take(String childClass) {
        String cwd = cwd();
        synchronized (READY) {
            lastChild = childClass;
            while (!READY.isEmpty()) {
                Spare s = READY.poll();
                if (s.cwd().equals(cwd)) {
                    return s;
                }
                retire(s); // started before a chdir: its relative paths would be wrong
            }
        }
        return spawn(childClass);
    }

    /**
     * Starts a spare JVM now (the spawn takes a millisecond; the JVM starts in the child). The
     * spare inherits nothing but its standard descriptors and its end of the socket, as
     * descriptor 3: were it to inherit a connection this process has just accepted and not yet
     * closed, that connection would stay open for as long as the spare lives.
     */
    static Spare spawn(String preload) {
        int[] sv = new int[2];
        Sys.socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv); // no other child may get either end
        try {
            List<String> argv = new ArrayList<>(Fork.jvmPrefix());
            argv.add(SpareChildMain.class.getName());
            argv.add("3");
            if (preload != null) {
                argv.add(preload);
            }
            List<String> envp = new ArrayList<>();
            for (Map.Entry<String, String> e : System.getenv().entrySet()) {
                envp.add(e.getKey() + "=" + e.getValue());
            }
            int pid = Sys.posixSpawnKeeping(argv, envp, sv[1]);
            return new Spare(pid, sv[0], cwd());
        } catch (RuntimeException e) {
            Sys.close(sv[0]);
            throw e;
        } finally {
            Sys.close(sv[1]);
        }
    }

    /** Starts spares in the background until {@link #target()} are waiting. */
    private static void refill() {
        synchronized (READY) {
            if (filler != null && filler.isAlive()) {
                return;
            }
            filler = new Thread(ForkSpare::fill, "unp-fork-spare");
            filler.setDaemon(true);
            filler.start();
        }
    }

    private static void fill() {
        while (true) {
            String preload;
            synchronized (READY) {
                if (READY.size() >= target()) {
                    return;
                }
                preload = lastChild;
            }
            Spare s;
            try {
                s = spawn(preload);
            } catch (RuntimeException e) {
                return; // the next fork starts one itself, or fails with the reason
            }
            synchronized (READY) {
                READY.add(s);
            }
        }
    }

    /** Tells a spare it will not be used: end of file on its socket, and it exits. */
    private static void retire(Spare s) {
        Sys.close(s.sock());
    }

    /** The pids of the spares waiting now. */
    public static List<Integer> spares() {
        synchronized (READY) {
            return READY.stream().map(Spare::pid).toList();
        }
    }

    private static String cwd() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/cwd")).toString();
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }
}
