package io.unp.lib;

import io.unp.sys.Sys;
import java.io.IOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code fork()} for the JVM, which cannot fork: the child is a new JVM, started with
 * {@code posix_spawnp}, that inherits the parent's descriptors at the same numbers and runs
 * the code of the book's child branch.
 *
 * <p>Where C writes {@code if ((pid = Fork()) == 0) { child code; exit(0); }}, Java puts the
 * child code in a {@link Child} class and calls {@code Fork(ChildClass.class, fds...)}; the
 * child gets the same descriptor numbers, and does what the C child does with them (close
 * the listening socket, serve the client). {@code ps} shows parent and children, the parent
 * gets SIGCHLD when a child ends, and {@code wait}/{@code waitpid} reap it.
 *
 * <p>The child JVM runs with the same Java binary and JVM options as the parent (read from
 * {@code /proc/self/cmdline}), so it shares the launcher's class-data archive and start-up
 * settings, and a server's child gets the server's options; its entry point is
 * {@link ForkChildMain}. Where the parent's options cannot be read (started with
 * {@code -jar}), the child gets the server options of {@link JvmOptions}, the table
 * {@code scripts/unp} uses: a process that forks children to serve clients is a server. A child
 * class marked {@link LightJit} gets C1 only in front of those.
 *
 * <p>A new JVM takes 60 to 130 ms to start on this project's machines, and a fork-per-client
 * server's client waits that long for its first byte. With {@code UNP_FORK_SPARE=1} a fork is
 * handed to a warm spare child started in advance instead ({@link ForkSpare}: first byte in a few
 * milliseconds, the same child process, SIGCHLD and waitpid), at the price of one idle child more
 * in {@code ps}; it is off by default because the chapter 5 lessons count a server's children.
 */
public final class Fork {
    private Fork() {}

    /** The child's side of a fork: what runs between {@code fork() == 0} and {@code exit(0)}. */
    public interface Child {
        /** Runs in the child with the descriptor numbers the parent passed. */
        void run(int[] fds);

        /**
         * Runs the first steps of {@link #run} on descriptors of the child's own (a socket pair,
         * say), in a warm spare before its job arrives ({@code UNP_FORK_SPARE=1}), so that the
         * job finds that code loaded, linked and its call sites bound. Must leave no trace: no
         * output, no descriptor left open, none of the parent's touched. Nothing by default.
         */
        default void rehearse() {}
    }

    /**
     * Marks a {@link Child} whose JVM compiles with C1 only: the {@code light-child} rows of the
     * options table ({@link JvmOptions#lightChild}) go before the parent's options. For children
     * that are one of many doing the same work (a preforked pool: every child JVM compiles the
     * same code, each for its share of the clients) or that live for one short request; in
     * chapter 27's servers C2 cost each child 55 ms of CPU and saved it about 1% of a
     * connection's. A child without the mark runs with its parent's options (a server's full
     * JIT); a marked child whose parent was given a {@code -XX:TieredStopAtLevel} of its own
     * ({@code UNP_JAVA_OPTS}) gets that level, since the parent's options come last.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface LightJit {}

    private static volatile List<String> jvmPrefix;
    private static volatile List<String> lightJvmPrefix;

    /**
     * Starts a child process running {@code child.run(fds)}; the child inherits all of the
     * parent's descriptors not marked close-on-exec.
     *
     * @return the child's pid
     * @throws io.unp.sys.ErrnoException if posix_spawnp fails
     */
    public static int fork(Class<? extends Child> child, int... fds) {
        if (ForkSpare.enabled()) {
            return ForkSpare.fork(child, fds);
        }
        List<String> argv = new ArrayList<>(jvmPrefix(child));
        argv.add(ForkChildMain.class.getName());
        argv.add(child.getName());
        for (int fd : fds) {
            argv.add(Integer.toString(fd));
        }
        List<String> envp = new ArrayList<>();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            envp.add(e.getKey() + "=" + e.getValue());
        }
        return Sys.posixSpawnp(argv, envp, new int[0]);
    }

    /** The java binary and the JVM options this JVM was started with, up to the main class. */
    static List<String> jvmPrefix() {
        List<String> prefix = jvmPrefix;
        if (prefix == null) {
            prefix = computeJvmPrefix();
            jvmPrefix = prefix;
        }
        return prefix;
    }

    /** {@link #jvmPrefix()}, with the {@code light-child} options first for a {@link LightJit} child. */
    static List<String> jvmPrefix(Class<?> child) {
        if (child == null || !child.isAnnotationPresent(LightJit.class)) {
            return jvmPrefix();
        }
        List<String> prefix = lightJvmPrefix;
        if (prefix == null) {
            List<String> plain = jvmPrefix();
            prefix = new ArrayList<>();
            prefix.add(plain.get(0));
            prefix.addAll(JvmOptions.lightChild(Runtime.version().feature()));
            prefix.addAll(plain.subList(1, plain.size()));
            lightJvmPrefix = prefix;
        }
        return prefix;
    }

    private static List<String> computeJvmPrefix() {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = System.getProperty("sun.java.command", "");
        String mainClass = command.isEmpty() ? "" : command.split(" ", 2)[0];
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            // One char per byte (the project's rule for C strings): the bytes go back out unchanged.
            List<String> args = new ArrayList<>(Arrays.asList(new String(raw, StandardCharsets.ISO_8859_1).split("\0")));
            int main = args.indexOf(mainClass);
            if (main > 0 && !args.contains("-jar")) {
                List<String> prefix = new ArrayList<>(args.subList(0, main));
                prefix.set(0, javaBin);
                return prefix;
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the plain command line
        }
        List<String> prefix = new ArrayList<>();
        prefix.add(javaBin);
        prefix.addAll(JvmOptions.forThisJvm(JvmOptions.Role.SERVER));
        prefix.add("-cp");
        prefix.add(System.getProperty("java.class.path"));
        return prefix;
    }
}
