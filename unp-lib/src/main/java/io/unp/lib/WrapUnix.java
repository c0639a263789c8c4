package io.unp.lib;

import io.unp.sys.ErrnoException;
import io.unp.abi.SigSet;
import io.unp.sys.Sys;

/**
 * The book's Unix wrappers ({@code lib/wrapunix.c}): {@code Close}, {@code Read},
 * {@code Write}, {@code Fork}, {@code Wait}, {@code Waitpid}, {@code Dup2}, {@code Fcntl} and the
 * signal-set ones ({@code Sigprocmask}, {@code Sigaddset} ...). Each ends the program with
 * {@code "<call> error: <strerror>"} on failure.
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

    // ---- signal sets (lib/wrapunix.c)

    /** {@code Sigprocmask}. */
    public static void Sigprocmask(int how, SigSet set, SigSet oset) {
        try {
            Sys.sigprocmask(how, set, oset);
        } catch (ErrnoException e) {
            throw Err.sys("sigprocmask error");
        }
    }

    /** {@code Sigemptyset}. */
    public static void Sigemptyset(SigSet set) {
        Sys.sigemptyset(set);
    }

    /** {@code Sigfillset}. */
    public static void Sigfillset(SigSet set) {
        Sys.sigfillset(set);
    }

    /** {@code Sigaddset}: ends the program with "sigaddset error" for a number that is not a signal. */
    public static void Sigaddset(SigSet set, int signo) {
        try {
            Sys.sigaddset(set, signo);
        } catch (ErrnoException e) {
            throw Err.sys("sigaddset error");
        }
    }

    /** {@code Sigdelset}: ends the program with "sigdelset error" for a number that is not a signal. */
    public static void Sigdelset(SigSet set, int signo) {
        try {
            Sys.sigdelset(set, signo);
        } catch (ErrnoException e) {
            throw Err.sys("sigdelset error");
        }
    }

    /** {@code Sigismember}: ends the program with "sigismember error" for a number that is not a signal. */
    public static boolean Sigismember(SigSet set, int signo) {
        try {
            return Sys.sigismember(set, signo);
        } catch (ErrnoException e) {
            throw Err.sys("sigismember error");
        }
    }

    // ---- chapter 12 (issue 8)
    // (end of chapter 12)

    // ---- chapter 13 (issue 8)
    // (end of chapter 13)

    // ---- chapter 14 (issue 8)

    /** {@code Open}: {@link Sys#open}, ending the program with "open error for %s" on failure, as the book's. */
    public static int Open(String pathname, int oflag, int mode) {
        try {
            return Sys.open(pathname, oflag, mode);
        } catch (ErrnoException e) {
            throw Err.sys("open error for %s", pathname);
        }
    }

    /** {@code Unlink}: {@link Sys#unlink}, ending the program with "unlink error for %s" on failure, as the book's. */
    public static void Unlink(String pathname) {
        try {
            Sys.unlink(pathname);
        } catch (ErrnoException e) {
            throw Err.sys("unlink error for %s", pathname);
        }
    }
    // (end of chapter 14)

    // ---- chapter 15 (issue 9)
    // (end of chapter 15)

    // ---- chapter 16 (issue 9)

    /** {@code Ioctl} with a typed request: {@code ioctl error: <strerror>} on failure. */
    public static <A extends io.unp.net.IoctlArg> void Ioctl(int fd, io.unp.net.IoctlReq<A> req, A arg) {
        try {
            Sys.ioctl(fd, req, arg);
        } catch (ErrnoException e) {
            throw Err.sys("ioctl error");
        }
    }

    /** {@code Ioctl(fd, SIOCGIFCONF, &ifc)}: {@code ioctl error: <strerror>} on failure. */
    public static void Ioctl(int fd, io.unp.net.IoctlReq<io.unp.net.IfConf> req, io.unp.net.IfConf ifc) {
        try {
            Sys.ioctl(fd, req, ifc);
        } catch (ErrnoException e) {
            throw Err.sys("ioctl error");
        }
    }

    /** {@code Ioctl} with a raw request number and its argument's bytes: the value ioctl returned. */
    public static int Ioctl(int fd, int request, byte[] arg) {
        try {
            return Sys.ioctl(fd, request, arg);
        } catch (ErrnoException e) {
            throw Err.sys("ioctl error");
        }
    }
    // (end of chapter 16)

    // ---- chapter 17 (issue 9)

    /**
     * {@code Sysctl}: the value of kernel variable {@code name} read from /proc/sys (see
     * {@link ProcSys}); {@code sysctl error: <strerror>} when it cannot be read.
     */
    public static String Sysctl(String name) {
        String value = ProcSys.sysctl(name);
        if (value == null) {
            throw Err.sys("sysctl error");
        }
        return value;
    }
    // (end of chapter 17)

    // ---- chapter 18-20 (issue 10)

    /** {@code Gettimeofday}: {@link Sys#gettimeofday}, ending the program with "gettimeofday error" on failure. */
    public static void Gettimeofday(io.unp.abi.Timeval tv) {
        try {
            Sys.gettimeofday(tv);
        } catch (ErrnoException e) {
            throw Err.sys("gettimeofday error");
        }
    }

    /** {@code Pipe}: {@link Sys#pipe}, ending the program with "pipe error" on failure. */
    public static void Pipe(int[] fds) {
        try {
            Sys.pipe(fds);
        } catch (ErrnoException e) {
            throw Err.sys("pipe error");
        }
    }
    // (end of chapter 18-20)

    // ---- chapter 21-22 (issue 11)
    // (end of chapter 21-22)

    // ---- chapter 23 (issue 11)
    // (Open: chapter 14's, shared)

    // (end of chapter 23)

    // ---- chapter 24-26 (issue 12)
    // (end of chapter 24-26)

    // ---- chapter 27 (issue 13)

    /** {@code Mmap}: {@link Sys#mmap}, ending the program with "mmap error" on failure. */
    public static io.unp.sys.Mapping Mmap(long addr, long len, int prot, int flags, int fd, long offset) {
        try {
            return Sys.mmap(addr, len, prot, flags, fd, offset);
        } catch (ErrnoException e) {
            throw Err.sys("mmap error");
        }
    }

    /** {@code Munmap}: {@link Sys#munmap}, ending the program with "munmap error" on failure. */
    public static void Munmap(io.unp.sys.Mapping m) {
        try {
            Sys.munmap(m);
        } catch (ErrnoException e) {
            throw Err.sys("munmap error");
        }
    }

    /**
     * {@code Mktemp}: {@link Sys#mktemp}, ending the program with "mktemp error" on failure. C
     * rewrites the caller's array in place; Java returns the new name.
     */
    public static String Mktemp(String template) {
        try {
            return Sys.mktemp(template);
        } catch (ErrnoException e) {
            throw Err.quit("mktemp error");
        }
    }

    /** {@code Ftruncate}: {@link Sys#ftruncate}, ending the program with "ftruncate error" on failure. */
    public static void Ftruncate(int fd, long length) {
        try {
            Sys.ftruncate(fd, length);
        } catch (ErrnoException e) {
            throw Err.sys("ftruncate error");
        }
    }
    // (end of chapter 27)
}
