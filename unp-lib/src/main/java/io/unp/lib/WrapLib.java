package io.unp.lib;

import io.unp.net.Inet;
import io.unp.net.SockAddr;
import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/** The book's library wrappers ({@code lib/wraplib.c}): {@code Inet_pton} and {@code Inet_ntop}. */
public final class WrapLib {
    private WrapLib() {}

    /**
     * {@code Inet_pton}: {@link Inet#inetPton} into the address field of {@code sa}; ends the
     * program with "inet_pton error for ADDR" when the text is not an address (or, with
     * strerror, when the family is not supported).
     */
    public static void InetPton(int family, String strptr, SockAddr sa) {
        int n = Inet.inetPton(family, strptr, sa);
        if (n < 0) {
            Sys.setErrno(Errno.EAFNOSUPPORT.code());
            throw Err.sys("inet_pton error for %s", strptr);
        } else if (n == 0) {
            throw Err.quit("inet_pton error for %s", strptr);
        }
    }

    /** {@code Inet_ntop}: {@link Inet#inetNtop}, ending the program with "inet_ntop error" on failure. */
    public static String InetNtop(int family, byte[] addr) {
        String s = Inet.inetNtop(family, addr);
        if (s == null) {
            Sys.setErrno(Errno.EAFNOSUPPORT.code());
            throw Err.sys("inet_ntop error");
        }
        return s;
    }

    // ---- chapter 12 (issue 8)
    // (end of chapter 12)

    // ---- chapter 13 (issue 8)
    // (end of chapter 13)

    // ---- chapter 14 (issue 8)

    /** {@code Read_fd}: {@link ReadFd#readFd}, ending the program with "read_fd error" on failure. */
    public static int ReadFd(int fd, byte[] ptr, int nbytes, int[] recvfd) {
        try {
            return ReadFd.readFd(fd, ptr, nbytes, recvfd);
        } catch (ErrnoException e) {
            throw Err.sys("read_fd error");
        }
    }

    /** {@code Write_fd}: {@link WriteFd#writeFd}, ending the program with "write_fd error" on failure. */
    public static int WriteFd(int fd, byte[] ptr, int nbytes, int sendfd) {
        try {
            return WriteFd.writeFd(fd, ptr, nbytes, sendfd);
        } catch (ErrnoException e) {
            throw Err.sys("write_fd error");
        }
    }
    // (end of chapter 14)

    // ---- chapter 15 (issue 9)
    // (end of chapter 15)

    // ---- chapter 16 (issue 9)

    /** {@code Get_ifi_info}: {@link IfiInfo#GetIfiInfo}, {@code get_ifi_info error} when there is nothing. */
    public static IfiInfo GetIfiInfo(int family, int doaliases) {
        return IfiInfo.GetIfiInfo(family, doaliases);
    }
    // (end of chapter 16)

    // ---- chapter 17 (issue 9)

    /** {@code If_nametoindex}: {@link IfIndex#IfNametoindex}. */
    public static int IfNametoindex(String name) {
        return IfIndex.IfNametoindex(name);
    }

    /** {@code If_indextoname}: {@link IfIndex#IfIndextoname}. */
    public static String IfIndextoname(int index) {
        return IfIndex.IfIndextoname(index);
    }

    /** {@code If_nameindex}: {@link IfIndex#IfNameindex}. */
    public static java.util.List<IfNameindex> IfNameindex() {
        return IfIndex.IfNameindex();
    }

    /** {@code Net_rt_iflist}: {@link NetRtIflist#NetRtIflist}. */
    public static java.util.List<RtMsg> NetRtIflist(int family, int flags) {
        return io.unp.lib.NetRtIflist.NetRtIflist(family, flags);
    }

    /** {@code Net_rt_dump}: {@link NetRtDump#NetRtDump}. */
    public static java.util.List<RtMsg> NetRtDump(int family, int flags) {
        return io.unp.lib.NetRtDump.NetRtDump(family, flags);
    }

    /** {@code Sock_masktop}: {@link SockMasktop#sockMasktop}. */
    public static String SockMasktop(io.unp.net.SockAddr sa, int salen) {
        return io.unp.lib.SockMasktop.sockMasktop(sa, salen);
    }
    // (end of chapter 17)

    // ---- chapter 18-20 (issue 10)
    // (end of chapter 18-20)

    // ---- chapter 21-22 (issue 11)
    // (end of chapter 21-22)

    // ---- chapter 23 (issue 11)
    // (end of chapter 23)

    // ---- chapter 24-26 (issue 12)
    // (end of chapter 24-26)

    // ---- chapter 27 (issue 13)
    // The book's pthread wrappers for a mutex in shared memory (lock_pthread.c); chapter 23's
    // WrapPthread has those of the process-private PthreadMutex. Both import statically side by
    // side: the argument types choose.

    /**
     * {@code Pthread_mutex_init(mptr, &mattr)} where {@code mptr} points at byte {@code offset} of
     * {@code mapping}: a real pthread mutex there, process-shared if {@code attr} says so; ends the
     * program with "pthread_mutex_init error: <strerror>" on failure.
     */
    public static SharedMutex Pthread_mutex_init(io.unp.sys.Mapping mapping, long offset, PthreadMutexattr attr) {
        try {
            return SharedMutex.init(mapping, offset, attr);
        } catch (io.unp.sys.ErrnoException e) {
            throw pthreadFail(e, "pthread_mutex_init");
        }
    }

    /** {@code Pthread_mutex_lock} of a {@link SharedMutex}. */
    public static void Pthread_mutex_lock(SharedMutex mptr) {
        try {
            mptr.lock();
        } catch (io.unp.sys.ErrnoException e) {
            throw pthreadFail(e, "pthread_mutex_lock");
        }
    }

    /** {@code Pthread_mutex_unlock} of a {@link SharedMutex}. */
    public static void Pthread_mutex_unlock(SharedMutex mptr) {
        try {
            mptr.unlock();
        } catch (io.unp.sys.ErrnoException e) {
            throw pthreadFail(e, "pthread_mutex_unlock");
        }
    }

    /** As the book's pthread wrappers: {@code errno = n; err_sys("<call> error")}. */
    private static Exit pthreadFail(io.unp.sys.ErrnoException e, String call) {
        io.unp.sys.Sys.setErrno(e.code());
        throw Err.sys("%s error", call);
    }
    // (end of chapter 27)
}
