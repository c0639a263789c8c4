package io.unp.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.unp.testkit.Need;

/**
 * A private mount namespace whose /tmp is an empty tmpfs, for the chapter 14 programs that use
 * fixed paths (/tmp/unix.str, /tmp/unix.dg) and leave socket files behind (tmpnam names): a
 * test neither meets another test's (or a user's) sockets nor leaves files on the machine.
 *
 * <p>A holder process ({@code unshare -m}, then {@code sleep}) keeps the namespace alive; every
 * program is started in it with {@code nsenter -m}, optionally as another user with
 * {@code setpriv}. The test sees the namespace's /tmp as {@link #tmp()}
 * ({@code /proc/<holder>/root/tmp}). Unix-domain sockets with paths need only the mount
 * namespace; the network namespace stays the machine's. Needs root, unshare, nsenter, setpriv.
 */
final class PrivateTmp implements AutoCloseable {
    private final Programs.Proc holder;
    private final List<Programs.Proc> started = new ArrayList<>();

    private PrivateTmp(Programs.Proc holder) {
        this.holder = holder;
    }

    static PrivateTmp create() throws InterruptedException {
        Need.root("a private mount namespace for /tmp (unshare -m)");
        for (String tool : List.of("unshare", "nsenter", "setpriv")) {
            Need.command(tool);
        }
        // A checkout under /tmp (CI may clone there) must stay visible in the new /tmp: the tmpfs
        // is made elsewhere, the checkout bound into it at the same path, then moved onto /tmp.
        String root = Programs.root().toAbsolutePath().normalize().toString();
        String keep = root.startsWith("/tmp/") ? root : "";
        String script = "set -e; t=/run/unp-private-tmp.$$; mkdir -p \"$t\"; mount -t tmpfs -o mode=1777 unp-tmp \"$t\"; "
                + "if [ -n \"$1\" ]; then mkdir -p \"$t${1#/tmp}\"; mount --bind \"$1\" \"$t${1#/tmp}\"; fi; "
                + "mount --move \"$t\" /tmp; rmdir \"$t\"; echo ready; exec sleep 100000";
        Programs.Proc holder = Programs.Proc.start(List.of("unshare", "-m", "--propagation", "private", "sh", "-c",
                script, "sh", keep), Map.of());
        if (!holder.awaitStdout("ready", Duration.ofSeconds(20))) {
            String err = holder.stderrSoFar();
            holder.close();
            throw new IllegalStateException("cannot make a private /tmp: " + err);
        }
        return new PrivateTmp(holder);
    }

    /** The namespace's /tmp, as this process sees it. */
    Path tmp() {
        return Path.of("/proc/" + holder.pid() + "/root/tmp");
    }

    /** The prefix that runs a command in the namespace, as {@code uid}/{@code gid} unless negative. */
    List<String> enter(int uid, int gid) {
        List<String> cmd = new ArrayList<>(List.of("nsenter", "-t", Long.toString(holder.pid()), "-m", "--"));
        if (uid >= 0) {
            cmd.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups"));
        }
        return cmd;
    }

    /** Starts a book program in the namespace, as root. */
    Programs.Proc start(String program, String... args) {
        return startAs(-1, -1, program, args);
    }

    /** Starts a book program in the namespace as {@code uid}/{@code gid} (no supplementary groups). */
    Programs.Proc startAs(int uid, int gid, String program, String... args) {
        List<String> cmd = enter(uid, gid);
        cmd.addAll(Programs.javaCommand());
        cmd.add(program);
        cmd.addAll(Arrays.asList(args));
        return track(Programs.Proc.start(cmd, Map.of()));
    }

    /** Starts any command (python3 ...) in the namespace as {@code uid}/{@code gid} (negative: root). */
    Programs.Proc startCommandAs(int uid, int gid, String... command) {
        List<String> cmd = enter(uid, gid);
        cmd.addAll(Arrays.asList(command));
        return track(Programs.Proc.start(cmd, Map.of()));
    }

    private Programs.Proc track(Programs.Proc p) {
        started.add(p);
        return p;
    }

    /**
     * Waits until {@code server} has a socket bound to {@code path} (listening, if
     * {@code listening}): one of the server's socket inodes appears with that path in
     * /proc/net/unix. Matching by inode, not by path, keeps other mount namespaces' sockets of the
     * same name out of it, and nothing connects to the server to find out.
     */
    void awaitBound(Programs.Proc server, String path, boolean listening, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end && server.process().isAlive()) {
            if (bound(server.pid(), path, listening)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no socket bound to " + path + " (alive: " + server.process().isAlive()
                + ")\n--- stdout\n" + server.stdoutSoFar() + "--- stderr\n" + server.stderrSoFar());
    }

    static boolean bound(long pid, String path, boolean listening) {
        Set<String> inodes = new HashSet<>();
        try {
            for (String link : ProcFds.links(pid)) {
                if (link.startsWith("socket:[")) {
                    inodes.add(link.substring(8, link.length() - 1));
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/net/unix"))) {
                // Num RefCount Protocol Flags Type St Inode Path; flags 00010000: listening
                String[] c = line.trim().split("\\s+");
                if (c.length >= 8 && c[7].equals(path) && inodes.contains(c[6])
                        && (!listening || c[3].equals("00010000"))) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false; // the process is gone
        }
        return false;
    }

    /** Kills everything started here, then the holder: the tmpfs goes with the namespace. */
    @Override
    public void close() {
        for (Programs.Proc p : started) {
            p.close();
        }
        holder.close();
    }
}
