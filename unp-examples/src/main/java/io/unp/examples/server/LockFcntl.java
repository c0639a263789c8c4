package io.unp.examples.server;

import static io.unp.abi.Constants.F_SETLKW;
import static io.unp.abi.Constants.F_UNLCK;
import static io.unp.abi.Constants.F_WRLCK;
import static io.unp.abi.Constants.O_CREAT;
import static io.unp.abi.Constants.O_WRONLY;
import static io.unp.abi.Constants.SEEK_SET;
import static io.unp.lib.Unp.FILE_MODE;
import static io.unp.lib.WrapUnix.Mktemp;
import static io.unp.lib.WrapUnix.Open;
import static io.unp.lib.WrapUnix.Unlink;

import io.unp.abi.Errno;
import io.unp.abi.Flock;
import io.unp.lib.Err;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * server/lock_fcntl.c (figures 27.7, 27.8): the lock around {@code accept} as a POSIX record
 * lock, {@code fcntl(F_SETLKW)} on the whole of a temporary file that is unlinked at once, so
 * only the open descriptor keeps it (serv03, serv03m; serv05 links it without using it).
 *
 * <p>A record lock belongs to a process, so each preforked child, holding the same descriptor,
 * competes with the others. A forked C child finds {@code lock_fd} in its copy of the parent's
 * memory; a child JVM is told the number ({@link #myLockAttach}).
 */
final class LockFcntl {
    private LockFcntl() {}

    private static final Flock LOCK_IT = new Flock(F_WRLCK, SEEK_SET, 0, 0);
    private static final Flock UNLOCK_IT = new Flock(F_UNLCK, SEEK_SET, 0, 0);
    /** fcntl() fails with EBADF if my_lock_init() was not called. */
    private static int lockFd = -1;

    /** {@code my_lock_init}: {@code pathname} is a {@code mktemp} template; returns the descriptor. */
    static int myLockInit(String pathname) {
        String lockFile = Mktemp(pathname); // C copies the caller's string first: Java strings are never changed

        lockFd = Open(lockFile, O_CREAT | O_WRONLY, FILE_MODE);
        Unlink(lockFile); // but lock_fd remains open
        return lockFd;
    }

    /** In a child: the descriptor {@link #myLockInit} opened in the parent. */
    static void myLockAttach(int fd) {
        lockFd = fd;
    }

    /** {@code my_lock_wait}: waits for the lock, restarting after EINTR. */
    static void myLockWait() {
        for (;;) {
            try {
                Sys.fcntl(lockFd, F_SETLKW, LOCK_IT);
                return;
            } catch (ErrnoException e) {
                if (e.is(Errno.EINTR)) {
                    continue;
                }
                throw Err.sys("fcntl error for my_lock_wait");
            }
        }
    }

    /** {@code my_lock_release}. */
    static void myLockRelease() {
        try {
            Sys.fcntl(lockFd, F_SETLKW, UNLOCK_IT);
        } catch (ErrnoException e) {
            throw Err.sys("fcntl error for my_lock_release");
        }
    }
}
