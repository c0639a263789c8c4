package io.unp.lib;

import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * The book's Unix wrappers ({@code lib/wrapunix.c}) that chapters 1-5 use: {@code Close},
 * {@code Read}, {@code Write}, {@code Fork}, {@code Wait}, {@code Waitpid}, {@code Dup2},
 * {@code Fcntl}. Each ends the program with {@code "<call> error: <strerror>"} on failure.
 */
public final class WrapUnix {
    private WrapUnix() {}

    /** {@code Close}. */
    public static void Close(int fd) {
        try {
            Sys.close(fd);
        } catch (ErrnoException e) {
            throw Err.sys("close error");
        }
    }

    /** {@code Read}: the bytes read, 0 at end of file. */
    public static int Read(int fd, byte[] buf, int nbytes) {
        try {
            return Sys.read(fd, buf, 0, nbytes);
        } catch (ErrnoException e) {
            throw Err.sys("read error");
        }
    }

    /** {@code Write}: ends the program unless all {@code nbytes} were written. */
    public static void Write(int fd, byte[] buf, int nbytes) {
        try {
            if (Sys.write(fd, buf, 0, nbytes) != nbytes) {
                throw Err.sys("write error");
            }
        } catch (ErrnoException e) {
            throw Err.sys("write error");
        }
    }

    /**
     * {@code Fork}: starts a child process that runs {@code child} with {@code fds} (see
     * {@link Fork#fork}); returns the child's pid in the parent.
     */
    public static int Fork(Class<? extends Fork.Child> child, int... fds) {
        try {
            return Fork.fork(child, fds);
        } catch (ErrnoException e) {
            throw Err.sys("fork error");
        }
    }

    /** {@code Wait}: the pid reaped; {@code status[0]} gets its wait status. */
    public static int Wait(int[] status) {
        try {
            return Sys.wait(status);
        } catch (ErrnoException e) {
            throw Err.sys("wait error");
        }
    }

    /** {@code Waitpid}. */
    public static int Waitpid(int pid, int[] status, int options) {
        try {
            return Sys.waitpid(pid, status, options);
        } catch (ErrnoException e) {
            throw Err.sys("waitpid error");
        }
    }

    /** {@code Dup2}. */
    public static int Dup2(int fd1, int fd2) {
        try {
            return Sys.dup2(fd1, fd2);
        } catch (ErrnoException e) {
            throw Err.sys("dup2 error");
        }
    }

    /** {@code Fcntl}. */
    public static int Fcntl(int fd, int cmd, int arg) {
        try {
            return Sys.fcntl(fd, cmd, arg);
        } catch (ErrnoException e) {
            throw Err.sys("fcntl error");
        }
    }
}
