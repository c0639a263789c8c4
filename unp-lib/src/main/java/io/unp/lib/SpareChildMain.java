package io.unp.lib;

import static io.unp.abi.Constants.AF_UNIX;
import static io.unp.abi.Constants.SOCK_CLOEXEC;
import static io.unp.abi.Constants.SOCK_SEQPACKET;

import io.unp.sys.Sys;

/**
 * Entry point of a spare child JVM ({@link ForkSpare}): {@code <socket fd> [class to preload]}.
 *
 * <p>Before its job arrives, a spare warms up: it loads the native layer and the class the
 * parent forked last, and rehearses what it will do with the job on a socket pair of its own
 * (sends itself a job, installs the descriptors, reads and writes a line through the library's
 * {@code readline} and {@code writen}, then runs that class's {@link Fork.Child#rehearse}), so
 * that the class loading, linking and method-handle setup of those paths (about 40 ms of a fresh
 * JVM) are done before the clock starts. Then it
 * waits. The job's descriptors replace its standard input, output and error and take the
 * parent's numbers where those are free here; the child class runs under the {@link Launcher}
 * as {@link ForkChildMain} runs it, and the process ends as a forked child does. End of file
 * instead of a job (the parent exited or retired the spare) ends it quietly with status 0.
 *
 * <p>It never writes to the socket: a byte left unread there when the parent closes its end
 * would make the kernel reset the connection (ECONNRESET) and lose the job.
 */
public final class SpareChildMain {
    private SpareChildMain() {}

    public static void main(String[] args) {
        int sock = Integer.parseInt(args[0]);
        Launcher.runChild("fork child", () -> {
            warm(args.length > 1 ? args[1] : null);

            SpareJob job = SpareJob.receive(sock);
            if (job == null) {
                throw new Exit(0); // not needed after all
            }
            Sys.close(sock);
            int[] fds = job.install();
            instantiate(job.childClass).run(fds);
        });
    }

    /** The child's code, as {@link ForkChildMain} makes it. */
    private static Fork.Child instantiate(String name) {
        try {
            return Class.forName(name).asSubclass(Fork.Child.class).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw Err.quit("fork child: cannot start %s: %s", name, e);
        }
    }

    /** Loads and rehearses, ahead of the job, what the child will do first. */
    private static void warm(String preload) {
        Sys.getpid(); // the native layer
        int[] sv = new int[2];
        Sys.socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv);
        int[] line = new int[2];
        Sys.socketpair(AF_UNIX, io.unp.abi.Constants.SOCK_STREAM | SOCK_CLOEXEC, 0, line);
        try {
            SpareJob.send(sv[0], SpareChildMain.class.getName(), new int[] {line[1]});
            SpareJob rehearsal = SpareJob.receive(sv[1]);
            for (int fd : rehearsal.received) {
                SpareJob.isOpen(fd);
                Sys.close(fd);
            }
            byte[] hello = {'h', 'i', '\n'};
            Writen.writen(line[0], hello, 0, hello.length);
            byte[] buf = new byte[Unp.MAXLINE];
            Readline.readline(line[1], buf, buf.length);
        } finally {
            for (int fd : new int[] {sv[0], sv[1], line[0], line[1]}) {
                Sys.close(fd);
            }
        }
        SpareJob.isOpen(sv[0]); // a failed call: ErrnoException's first use (EBADF)
        if (preload != null) {
            try {
                Class<?> c = Class.forName(preload, true, SpareChildMain.class.getClassLoader());
                c.asSubclass(Fork.Child.class).getDeclaredConstructor().newInstance().rehearse();
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // the job will say what is wrong, or run without the rehearsal
            }
        }
    }
}
