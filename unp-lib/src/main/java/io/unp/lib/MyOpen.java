package io.unp.lib;

import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.lib.WrapLib.ReadFd;
import static io.unp.lib.WrapSock.Socketpair;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Waitpid;
import static io.unp.sys.WaitStatus.WEXITSTATUS;
import static io.unp.sys.WaitStatus.WIFEXITED;

import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code my_open} ({@code unixdomain/myopen.c}, section 14.7): opens a file by asking another
 * program, {@code openfile}, to open it and pass the descriptor back over a stream pipe.
 *
 * <p>As in C, {@code my_open} makes a {@code socketpair}, starts {@code openfile} with one end
 * (its number, the path and the mode as arguments), waits for it, and then either reads the
 * descriptor from its end ({@code read_fd}) or, if {@code openfile} exited with a non-zero
 * status, takes that status as the errno of the failed open.
 *
 * <p>The JVM cannot fork and then exec, so the child is started with {@code posix_spawnp},
 * inheriting the socket at the same number, with its own end closed in the child, as the C
 * child does before {@code execl}. What is started (C's {@code "./openfile"}) is
 * {@link #openfileCommand()}: when this JVM runs the book's launcher (scripts/unp), the same
 * java command, options and class path running {@code unixdomain/openfile}; otherwise the
 * program {@code ./openfile}, as in C, so the C {@code openfile} or any other works too.
 */
public final class MyOpen {
    private MyOpen() {}

    /** The launcher's main class; the programs of unp-examples run under it. */
    static final String LAUNCHER = "io.unp.examples.Main";
    /** The launcher key of the book's openfile. */
    static final String OPENFILE = "unixdomain/openfile";

    /**
     * {@code my_open}: a descriptor for {@code pathname} opened with {@code mode}
     * ({@code O_RDONLY} ...) by {@link #openfileCommand()}.
     *
     * @throws ErrnoException with the errno of the failed open, reported by openfile as its
     *     exit status (this thread's {@link Sys#errno()} is set to it, as C sets errno)
     */
    public static int myOpen(String pathname, int mode) {
        return myOpen(pathname, mode, openfileCommand());
    }

    /**
     * {@code my_open} running {@code openfile} (the command and any leading arguments; the
     * socket number, {@code pathname} and {@code mode} are appended).
     */
    public static int myOpen(String pathname, int mode, List<String> openfile) {
        int[] sockfd = new int[2];
        Socketpair(AF_LOCAL, SOCK_STREAM, 0, sockfd);

        List<String> argv = new ArrayList<>(openfile);
        argv.add(Integer.toString(sockfd[1]));
        argv.add(pathname);
        argv.add(Integer.toString(mode));
        int childpid;
        try {
            childpid = Sys.posixSpawnp(argv, environment(), new int[] {sockfd[0]});
        } catch (ErrnoException e) {
            Close(sockfd[0]);
            Close(sockfd[1]);
            throw Err.sys("execl error");
        }

        // parent process - wait for the child to terminate
        Close(sockfd[1]); // close the end we don't use

        int[] status = new int[1];
        Waitpid(childpid, status, 0);
        if (!WIFEXITED(status[0])) {
            throw Err.quit("child did not terminate");
        }
        int fd;
        int code = WEXITSTATUS(status[0]);
        if (code == 0) {
            int[] recvfd = new int[1];
            ReadFd(sockfd[0], new byte[1], 1, recvfd);
            fd = recvfd[0];
        } else {
            Close(sockfd[0]);
            Sys.setErrno(code); // set errno value from child's status
            throw new ErrnoException("my_open", code);
        }

        Close(sockfd[0]);
        return fd;
    }

    /**
     * The command {@link #myOpen(String, int)} runs as {@code openfile}: this JVM's java
     * binary, options and class path with the launcher and {@code unixdomain/openfile} when this
     * JVM runs the launcher; {@code ./openfile} otherwise.
     */
    public static List<String> openfileCommand() {
        String command = System.getProperty("sun.java.command", "");
        String mainClass = command.isEmpty() ? "" : command.split(" ", 2)[0];
        if (!mainClass.equals(LAUNCHER)) {
            return List.of("./openfile");
        }
        List<String> argv = new ArrayList<>(Fork.jvmPrefix());
        argv.add(LAUNCHER);
        argv.add(OPENFILE);
        return argv;
    }

    private static List<String> environment() {
        List<String> envp = new ArrayList<>();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            envp.add(e.getKey() + "=" + e.getValue());
        }
        return envp;
    }
}
