package io.unp.lib;

import static io.unp.abi.Constants.AF_UNIX;
import static io.unp.abi.Constants.SOCK_CLOEXEC;
import static io.unp.abi.Constants.SOCK_SEQPACKET;

import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link Fork} without waiting for a JVM to start: a warm spare child.
 *
 * <p>A spare is a child JVM started ahead of time ({@link SpareChildMain}) that loads and
 * rehearses what a child does first, then waits on its end of a Unix-domain socket. At fork
 * time the parent sends it the child class's name and the descriptors ({@link SpareJob}: with
 * {@code SCM_RIGHTS}, its standard input, output and error, then the ones named, each at the
 * parent's number when that number is free in the spare); the spare runs the child's code as a
 * cold child would, and the parent starts the next spare in the background. Like a cold fork, the
 * child is a separate process and this process's child from birth: {@code SIGCHLD} comes when it
 * ends, {@code wait} and {@code waitpid} reap it, its pid is what {@link #fork} returns, and the
 * descriptors the parent then closes stay open only in the child. A spare inherits nothing but
 * its standard descriptors and its socket, so a connection the parent accepts while a spare
 * starts is never held open by it.
 *
 * <p>An idle spare is hidden from the program's waits for any child ({@link Sys.WaitFilter}):
 * when such a wait would block and only spares are left, they are told to exit and reaped first,
 * so {@code while (wait(NULL) > 0)} still ends with ECHILD, and a spare's pid is never reported.
 * What still shows (docs/chapter27.md): {@code ps} lists the idle spare as one child more than the
 * book's server has, and the children of this process counted from /proc include it; a child
 * gets only the descriptors named (a cold child inherits all that are not close-on-exec); its
 * environment, umask, signal dispositions and limits are the parent's when the spare started (a
 * spare started before the parent changed its working directory is not used). So spares are off
 * unless the environment has {@code UNP_FORK_SPARE=1} (or the system property
 * {@code unp.forkSpare=true}); {@code UNP_FORK_SPARES=N} keeps N ready (default 1, at most 8).
 */
public final class ForkSpare {
    private ForkSpare() {}

    /** A spare: its pid, this process's end of its socket (close-on-exec), the directory it started in. */
    record Spare(int pid, int sock, String cwd) {}

    /** Guards everything below. */
    private static final Object LOCK = new Object();
    private static final ArrayDeque<Spare> READY = new ArrayDeque<>();
    /** Spares told to exit and not reaped yet. */
    private static final Set<Integer> RETIRED = new HashSet<>();
    private static Thread filler;
    private static String lastChild;
    /** Set when the spares were retired for a wait; the next fork clears it. */
    private static boolean quiet;
    private static boolean filterInstalled;

    /** True when forks should use spares: {@code UNP_FORK_SPARE=1} or {@code -Dunp.forkSpare=true}. */
    public static boolean enabled() {
        return "1".equals(System.getenv("UNP_FORK_SPARE")) || Boolean.getBoolean("unp.forkSpare");
    }

    /** How many spares to keep ready ({@code UNP_FORK_SPARES}, default 1, at most 8). */
    static int target() {
        try {
            return Math.max(1, Math.min(8, Integer.parseInt(System.getenv().getOrDefault("UNP_FORK_SPARES", "1"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * {@link Fork#fork} through a spare (Fork calls it when {@link #enabled()}): starts {@code child.run(fds)} in a spare (one started now
     * if none is ready, which costs what a cold fork costs) and returns its pid.
     *
     * @throws ErrnoException if no spare can be started, or the descriptors cannot be sent
     */
    static int fork(Class<? extends Fork.Child> child, int[] fds) {
        installFilter();
        Spare s = take(child.getName());
        try {
            SpareJob.send(s.sock(), child.getName(), fds);
        } catch (ErrnoException e) {
            // the spare died while it waited (killed): once more with a new one
            Sys.close(s.sock());
            synchronized (LOCK) {
                RETIRED.add(s.pid());
            }
            s = spawn(child.getName());
            SpareJob.send(s.sock(), child.getName(), fds);
        } finally {
            Sys.close(s.sock());
            refill();
        }
        return s.pid();
    }

    /** A spare to use now: a ready one whose working directory is still ours, else a new one. */
    private static Spare take(String childClass) {
        String cwd = cwd();
        synchronized (LOCK) {
            lastChild = childClass;
            quiet = false;
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
            List<String> argv = new ArrayList<>(Fork.jvmPrefix(loaded(preload)));
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

    /** The class named {@code name} if this JVM has loaded it (a child class it forked), else null. */
    private static Class<?> loaded(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Class.forName(name, false, ForkSpare.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** Starts spares in the background until {@link #target()} are waiting. */
    private static void refill() {
        synchronized (LOCK) {
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
            synchronized (LOCK) { // spawning under the lock: a wait that retires spares sees them all
                if (quiet || READY.size() >= target()) {
                    return;
                }
                try {
                    READY.add(spawn(lastChild));
                } catch (RuntimeException e) {
                    return; // the next fork starts one itself, or fails with the reason
                }
            }
        }
    }

    /** Tells a spare it will not be used: end of file on its socket, and it exits with status 0. */
    private static void retire(Spare s) {
        RETIRED.add(s.pid());
        Sys.close(s.sock());
    }

    private static void installFilter() {
        synchronized (LOCK) {
            if (!filterInstalled) {
                Sys.waitFilter(new Hider());
                filterInstalled = true;
            }
        }
    }

    /** Keeps the spares out of the program's waits for any child. */
    private static final class Hider implements Sys.WaitFilter {
        @Override
        public void beforeBlockingWait() {
            List<Integer> reap = new ArrayList<>();
            synchronized (LOCK) {
                if (READY.isEmpty()) {
                    return;
                }
                Set<Integer> children = children();
                if (children == null) {
                    return; // no /proc/PID/task/TID/children: the wait may block on a spare
                }
                for (Spare s : READY) {
                    children.remove(s.pid());
                }
                children.removeAll(RETIRED);
                if (!children.isEmpty()) {
                    return; // a child of the program's will end the wait
                }
                quiet = true;
                while (!READY.isEmpty()) {
                    Spare s = READY.poll();
                    retire(s);
                    reap.add(s.pid());
                }
            }
            for (int pid : reap) {
                try {
                    Sys.waitpid(pid, null, 0); // its own pid: not filtered
                } catch (ErrnoException e) {
                    // already reaped through a wait for any child, which hid it
                }
                synchronized (LOCK) {
                    RETIRED.remove(pid);
                }
            }
        }

        @Override
        public boolean hide(int pid) {
            synchronized (LOCK) {
                if (RETIRED.remove(pid)) {
                    return true;
                }
                for (Spare s : READY) {
                    if (s.pid() == pid) { // an idle spare that died (killed): forget it
                        READY.remove(s);
                        Sys.close(s.sock());
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /** The pids of this process's children, zombies included (null when /proc does not list them). */
    private static Set<Integer> children() {
        Set<Integer> out = new HashSet<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path t : tasks) {
                for (String pid : Files.readString(t.resolve("children")).trim().split(" ")) {
                    if (!pid.isEmpty()) {
                        out.add(Integer.parseInt(pid));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return out;
    }

    private static String cwd() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/cwd")).toString();
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
