package io.unp.sys;

import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.abi.FdSet;
import io.unp.abi.Iovec;
import io.unp.abi.PollFd;
import io.unp.abi.Rlimit;
import io.unp.abi.SigSet;
import io.unp.abi.Timespec;
import io.unp.abi.Timeval;
import io.unp.net.AddrInfo;
import io.unp.net.Hostent;
import io.unp.net.MsgHdr;
import io.unp.net.NameInfo;
import io.unp.net.Servent;
import io.unp.net.SockAddr;
import io.unp.net.SockOpt;
import io.unp.net.Utsname;
import io.unp.sys.ffi.DaemonCalls;
import io.unp.sys.ffi.FileCalls;
import io.unp.sys.ffi.LibC;
import io.unp.sys.ffi.MsgCalls;
import io.unp.sys.ffi.Native;
import io.unp.sys.ffi.Resolver;
import io.unp.sys.ffi.SharingCalls;
import io.unp.sys.ffi.Spawn;
import io.unp.sys.ffi.TimeCalls;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * One static method per libc call, named as in C, with Java types.
 *
 * <p>No retries and no policy: a call that fails throws {@link ErrnoException} with the
 * call's name and {@code errno}, and records that errno as this thread's {@link #errno()}, the
 * way C sets {@code errno}, so the book's {@code err_sys} can print it. Descriptors are plain
 * {@code int}s. A thread blocked in one of these calls is not woken by
 * {@link Thread#interrupt()}: use {@link #shutdown}, a timeout, or a signal installed
 * without {@code SA_RESTART} (see {@link Signals}).
 */
public final class Sys {
    private Sys() {}

    private static final int EINTR = Errno.EINTR.code();
    private static final ThreadLocal<int[]> LAST_ERRNO = new IntCell();
    /** The {@link #onClose} listeners: replaced, never changed, so a close reads it without a lock or an iterator. */
    private static volatile IntConsumer[] closeListeners = new IntConsumer[0];

    private static LibC c() {
        return Native.libc();
    }

    /**
     * A per-thread int. A class rather than {@code ThreadLocal.withInitial(lambda)}: no lambda is
     * linked on a program's start-up path (see docs/performance.md).
     */
    private static final class IntCell extends ThreadLocal<int[]> {
        @Override
        protected int[] initialValue() {
            return new int[1];
        }
    }

    /** The errno of the last call that failed on this thread, as C's {@code errno}. */
    public static int errno() {
        return LAST_ERRNO.get()[0];
    }

    /** Sets this thread's errno, as C code may assign {@code errno}. */
    public static void setErrno(int code) {
        LAST_ERRNO.get()[0] = code;
    }

    /** The one road from a failed call to an exception: reads errno, records it, names the call. */
    private static ErrnoException fail(String call) {
        return fail(call, Native.errno());
    }

    private static ErrnoException fail(String call, int code) {
        if (code == EINTR) {
            SigJmpBuf.landPending(); // a signal handler's siglongjmp lands here, if one is pending
        }
        setErrno(code);
        return new ErrnoException(call, code);
    }

    /** A bad {@code off}/{@code len} is the caller's bug, not an errno: Java's own exception. */
    private static void checkRange(byte[] buf, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, buf.length);
    }

    private static int check(String call, int result) {
        if (result < 0) {
            throw fail(call);
        }
        return result;
    }

    private static int check(String call, long result) {
        if (result < 0) {
            throw fail(call);
        }
        return (int) result;
    }

    /**
     * Runs {@code listener} with the descriptor number on every {@link #close} (before the
     * kernel can reuse the number) and on every {@link #dup2} onto it; the book's per-descriptor
     * buffers (readline) forget a descriptor this way.
     */
    public static synchronized void onClose(IntConsumer listener) {
        IntConsumer[] now = closeListeners;
        IntConsumer[] next = Arrays.copyOf(now, now.length + 1);
        next[now.length] = listener;
        closeListeners = next;
    }

    // ---- sockets

    /** {@code socket(2)}. */
    public static int socket(int domain, int type, int protocol) {
        return check("socket", c().socket(domain, type, protocol));
    }

    /** {@code socketpair(2)}: fills {@code sv[0]} and {@code sv[1]}. */
    public static void socketpair(int domain, int type, int protocol, int[] sv) {
        check("socketpair", c().socketpair(domain, type, protocol, sv));
    }

    /** {@code bind(2)} to the first {@link SockAddr#len()} bytes of {@code addr}. */
    public static void bind(int fd, SockAddr addr) {
        check("bind", c().bind(fd, addr));
    }

    /** {@code listen(2)}. */
    public static void listen(int fd, int backlog) {
        check("listen", c().listen(fd, backlog));
    }

    /**
     * {@code accept(2)}: returns the connected descriptor; fills {@code peer} (if not null) and
     * sets its length to the peer address's size.
     */
    public static int accept(int fd, SockAddr peer) {
        return check("accept", c().accept(fd, peer));
    }

    /** {@code connect(2)}. */
    public static void connect(int fd, SockAddr addr) {
        check("connect", c().connect(fd, addr));
    }

    // ---- UDP (chapter 8)

    /**
     * {@code recvfrom(2)} into {@code buf[off..off+len)}: the size of the datagram received (0
     * for an empty one). {@code from} (if not null) gets the sender's address, and its length
     * is set to the size the kernel reported, as {@code *addrlen} in C; with a null {@code from}
     * the call passes NULL for both, as the book's clients do.
     */
    public static int recvfrom(int fd, byte[] buf, int off, int len, int flags, SockAddr from) {
        checkRange(buf, off, len);
        if ((flags & (Constants.MSG_OOB | Constants.MSG_PEEK | Constants.MSG_DONTWAIT)) == 0 && Signals.urgentWatched(fd)) {
            Signals.beforeRead(fd, "recvfrom"); // chapter 21: SIGURG comes before the mark
        }
        return check("recvfrom", c().recvfrom(fd, buf, off, len, flags, from));
    }

    /**
     * {@code sendto(2)} of {@code buf[off..off+len)} to the first {@link SockAddr#len()} bytes of
     * {@code to}, or, with a null {@code to}, to the peer of a connected socket (NULL, 0 in C).
     * EPIPE raises SIGPIPE as {@link #send} does unless MSG_NOSIGNAL is set.
     */
    public static int sendto(int fd, byte[] buf, int off, int len, int flags, SockAddr to) {
        checkRange(buf, off, len);
        long n = c().sendto(fd, buf, off, len, flags, to);
        if (n < 0) {
            int code = Native.errno();
            if (code == Errno.EPIPE.code() && (flags & Constants.MSG_NOSIGNAL) == 0) {
                Signals.raisePipe();
            }
            throw fail("sendto", code);
        }
        return (int) n;
    }

    /** {@code getsockname(2)}: fills {@code out} and sets its length. */
    public static void getsockname(int fd, SockAddr out) {
        check("getsockname", c().getsockname(fd, out));
    }

    /** {@code getpeername(2)}: fills {@code out} and sets its length. */
    public static void getpeername(int fd, SockAddr out) {
        check("getpeername", c().getpeername(fd, out));
    }

    /** {@code shutdown(2)}: {@code SHUT_RD}, {@code SHUT_WR} or {@code SHUT_RDWR}. */
    public static void shutdown(int fd, int how) {
        check("shutdown", c().shutdown(fd, how));
    }

    /** {@code setsockopt(2)} with the option's bytes as the kernel lays them out. */
    public static void setsockopt(int fd, int level, int optname, byte[] optval, int optlen) {
        if (optlen < 0 || optlen > optval.length) {
            throw new IllegalArgumentException("optlen " + optlen + " outside 0.." + optval.length);
        }
        check("setsockopt", c().setsockopt(fd, level, optname, optval, optlen));
    }

    /** {@code setsockopt(2)} for an {@code int} option. */
    public static void setsockopt(int fd, int level, int optname, int value) {
        byte[] b = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(value).array();
        setsockopt(fd, level, optname, b, 4);
    }

    /** {@code getsockopt(2)}: fills {@code optval} and returns the option's length. */
    public static int getsockopt(int fd, int level, int optname, byte[] optval) {
        return check("getsockopt", c().getsockopt(fd, level, optname, optval));
    }

    /** {@code getsockopt(2)} for an {@code int} option. */
    public static int getsockoptInt(int fd, int level, int optname) {
        byte[] b = new byte[4];
        getsockopt(fd, level, optname, b);
        return ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).getInt();
    }

    // ---- typed socket options (chapter 7)

    /**
     * {@code getsockopt(2)} of a typed option ({@link io.unp.net.SolSocket#SO_LINGER}, ...): the
     * value the kernel returned. An option Linux does not have fails with ENOPROTOOPT, as the
     * kernel answers an unknown option, without a system call.
     */
    public static <T> T getsockopt(int fd, SockOpt<T> opt) {
        if (!opt.onLinux()) {
            throw fail("getsockopt", Errno.ENOPROTOOPT.code());
        }
        byte[] optval = new byte[opt.capacity()];
        int len = getsockopt(fd, opt.level(), opt.optname(), optval);
        return opt.decode(optval, len);
    }

    /**
     * {@code setsockopt(2)} of a typed option. An option Linux does not have fails with
     * ENOPROTOOPT, without a system call.
     */
    public static <T> void setsockopt(int fd, SockOpt<T> opt, T value) {
        if (!opt.onLinux()) {
            throw fail("setsockopt", Errno.ENOPROTOOPT.code());
        }
        byte[] optval = opt.encode(value);
        setsockopt(fd, opt.level(), opt.optname(), optval, optval.length);
    }

    // ---- descriptors

    /** {@code read(2)} into {@code buf[off..off+len)}: the byte count, 0 at end of file. */
    public static int read(int fd, byte[] buf, int off, int len) {
        checkRange(buf, off, len);
        if (Signals.urgentWatched(fd)) {
            Signals.beforeRead(fd, "read"); // chapter 21: SIGURG comes before the mark
        }
        return check("read", c().read(fd, buf, off, len));
    }

    /** {@code read(2)} into the whole of {@code buf}. */
    public static int read(int fd, byte[] buf) {
        return read(fd, buf, 0, buf.length);
    }

    /**
     * {@code write(2)} from {@code buf[off..off+len)}: the byte count written. A write to a
     * socket whose peer has gone delivers SIGPIPE as the kernel would (see
     * {@link Signals#raisePipe()}) and then fails with EPIPE.
     */
    public static int write(int fd, byte[] buf, int off, int len) {
        checkRange(buf, off, len);
        long n = c().write(fd, buf, off, len);
        if (n < 0) {
            int code = Native.errno();
            if (code == Errno.EPIPE.code()) {
                Signals.raisePipe();
            }
            throw fail("write", code);
        }
        return (int) n;
    }

    /** {@code write(2)} of the whole of {@code buf}. */
    public static int write(int fd, byte[] buf) {
        return write(fd, buf, 0, buf.length);
    }

    /** {@code recv(2)}. */
    public static int recv(int fd, byte[] buf, int off, int len, int flags) {
        checkRange(buf, off, len);
        if ((flags & (Constants.MSG_OOB | Constants.MSG_PEEK | Constants.MSG_DONTWAIT)) == 0 && Signals.urgentWatched(fd)) {
            Signals.beforeRead(fd, "recv"); // chapter 21: SIGURG comes before the mark
        }
        return check("recv", c().recv(fd, buf, off, len, flags));
    }

    /** {@code send(2)}; EPIPE raises SIGPIPE as {@link #write} does unless MSG_NOSIGNAL is set. */
    public static int send(int fd, byte[] buf, int off, int len, int flags) {
        checkRange(buf, off, len);
        long n = c().send(fd, buf, off, len, flags);
        if (n < 0) {
            int code = Native.errno();
            if (code == Errno.EPIPE.code() && (flags & Constants.MSG_NOSIGNAL) == 0) {
                Signals.raisePipe();
            }
            throw fail("send", code);
        }
        return (int) n;
    }

    /**
     * {@code close(2)}. The close listeners hear of {@code fd} first: once close returns,
     * another thread may get the same number from socket or accept.
     */
    public static void close(int fd) {
        closed(fd);
        check("close", c().close(fd));
    }

    private static void closed(int fd) {
        Signals.closing(fd);
        IntConsumer[] listeners = closeListeners;
        for (int i = 0; i < listeners.length; i++) {
            listeners[i].accept(fd);
        }
    }

    /**
     * {@code fcntl(2)} with an integer argument. {@code F_SETOWN} with a process ID also tells
     * {@link Signals} that SIGURG for {@code fd} comes to this process (see its chapter 21 rule).
     */
    public static int fcntl(int fd, int cmd, int arg) {
        int r = check("fcntl", c().fcntl(fd, cmd, arg));
        if (cmd == Constants.F_SETOWN) {
            Signals.urgentOwner(fd, arg == getpid());
        }
        return r;
    }

    /** {@code dup(2)}. */
    public static int dup(int fd) {
        return check("dup", c().dup(fd));
    }

    /**
     * {@code dup2(2)}. The descriptor {@code newfd} named before is closed by the kernel, so the
     * close listeners hear of {@code newfd}.
     */
    public static int dup2(int oldfd, int newfd) {
        int r = check("dup2", c().dup2(oldfd, newfd));
        if (oldfd != newfd) {
            closed(newfd);
        }
        return r;
    }

    /** {@code pipe(2)}: {@code fds[0]} gets the read end, {@code fds[1]} the write end. */
    public static void pipe(int[] fds) {
        check("pipe", c().pipe(fds));
    }

    /** {@code fstat(2)}: the descriptor's {@code st_mode} (file type and permission bits). */
    public static int fstatMode(int fd) {
        return check("fstat", c().fstatMode(fd));
    }

    /** {@code isatty(3)}. */
    public static boolean isatty(int fd) {
        return c().isatty(fd) == 1;
    }

    // ---- select and poll (chapter 6)

    /**
     * {@code select(2)}: waits until a descriptor in {@code readfds}, {@code writefds} or
     * {@code exceptfds} (each may be null) is ready, or {@code timeout} (null: forever) passes.
     * The sets are rewritten to hold only the ready descriptors, and Linux writes the time left
     * into {@code timeout}.
     *
     * @return the number of ready descriptors, 0 on timeout
     * @throws ErrnoException EINTR when a signal handler interrupted the wait (Linux never
     *     restarts select, whatever SA_RESTART says); EINVAL for {@code nfds} outside
     *     {@code 0..FD_SETSIZE}, which the kernel would take as leave to read and write past the
     *     128 bytes of an {@code fd_set}
     */
    public static int select(int nfds, FdSet readfds, FdSet writefds, FdSet exceptfds, Timeval timeout) {
        checkNfds("select", nfds);
        return check("select", c().select(nfds, readfds, writefds, exceptfds, timeout));
    }

    /**
     * {@code pselect(2)}: {@link #select} that replaces this thread's signal mask with
     * {@code sigmask} (null: keep it) for the duration of the wait, atomically, and takes a
     * {@link Timespec} it leaves unchanged. A signal blocked before the call and unblocked by
     * {@code sigmask} interrupts the wait with EINTR even if it arrived before the call: the
     * race the book's section 6.9 describes cannot happen. (The book's {@code lib/pselect.c}
     * emulates this non-atomically with sigprocmask and select; this is the kernel's call.) As
     * for {@link #sigprocmask}, a {@code sigmask} that blocks a signal with a Java handler
     * blocks its interruption too.
     */
    public static int pselect(int nfds, FdSet readfds, FdSet writefds, FdSet exceptfds, Timespec timeout,
            SigSet sigmask) {
        checkNfds("pselect", nfds);
        if (sigmask == null) {
            return check("pselect", c().pselect(nfds, readfds, writefds, exceptfds, timeout, null));
        }
        // the mask also holds or releases Java handlers for the wait (Signals, chapter 22)
        long r = Signals.withMask(sigmask, m -> withErrno(c().pselect(nfds, readfds, writefds, exceptfds, timeout, m)));
        return checkWithErrno("pselect", r);
    }

    /** A native result, with errno folded in as {@code -errno} when it failed (read before other calls change it). */
    private static long withErrno(long result) {
        return result < 0 ? -(long) Native.errno() : result;
    }

    private static int checkWithErrno(String call, long r) {
        if (r < 0) {
            throw fail(call, (int) -r);
        }
        return (int) r;
    }

    private static void checkNfds(String call, int nfds) {
        if (nfds < 0 || nfds > FdSet.FD_SETSIZE) {
            throw fail(call, Errno.EINVAL.code());
        }
    }

    /**
     * {@code poll(2)}: waits until one of the first {@code nfds} entries of {@code fds} has an
     * event, or {@code timeout} milliseconds pass (-1, the book's {@code INFTIM}: forever; 0:
     * do not wait). Each entry's {@code revents} is set; entries with a negative {@code fd} get 0.
     *
     * @return the number of entries with nonzero {@code revents}, 0 on timeout
     * @throws ErrnoException EINTR when a signal handler interrupted the wait; EINVAL when
     *     {@code nfds} is negative or larger than the array
     */
    public static int poll(PollFd[] fds, int nfds, int timeout) {
        if (nfds < 0 || nfds > fds.length) {
            throw fail("poll", Errno.EINVAL.code());
        }
        return check("poll", c().poll(fds, nfds, timeout));
    }

    /**
     * {@code sigprocmask(2)} for the calling thread ({@code SIG_BLOCK}, {@code SIG_UNBLOCK},
     * {@code SIG_SETMASK}); {@code set} or {@code oldset} may be null. In a JVM this is the
     * thread's own mask; a Java handler runs on another thread, so {@link Signals} holds back,
     * as the kernel would, the handlers this thread installed for the signals it now blocks, and
     * delivers a held one when it is unblocked. The signal {@link Signals} sends to interrupt
     * this thread's blocked call is held by the kernel's mask: a {@code set} holding a signal with
     * a Java handler blocks (or unblocks) the spare interrupting signals too, so SIGALRM blocked
     * here cannot interrupt this thread until it is unblocked, as in C (section 18.5).
     */
    public static void sigprocmask(int how, SigSet set, SigSet oldset) {
        check("sigprocmask", c().sigprocmask(how, Signals.kernelMask(set), oldset));
        if (set != null) {
            MASK_CHANGED.set(Boolean.TRUE);
            SigSet now = MASK_NOW.get();
            c().sigprocmask(Constants.SIG_BLOCK, null, now);
            Signals.maskChanged(now.word(0));
        }
    }

    private static final ThreadLocal<SigSet> MASK_NOW = ThreadLocal.withInitial(SigSet::new);
    /** Set on a thread once it changed its signal mask through {@link #sigprocmask}. */
    private static final ThreadLocal<Boolean> MASK_CHANGED = new ThreadLocal<>();

    /**
     * Readies the calling thread to run another POSIX thread's start routine (the thread cache
     * of {@code io.unp.lib.Pthread}): its {@code errno} and {@code h_errno} go back to 0, as a new
     * thread's. Changes nothing and returns false when the thread holds signal state a new
     * thread would not have: a signal mask it changed, or a {@link SigJmpBuf} still armed.
     */
    public static boolean recycleThread() {
        if (MASK_CHANGED.get() != null || SigJmpBuf.armedOnThisThread()) {
            return false;
        }
        LAST_ERRNO.get()[0] = 0;
        LAST_H_ERRNO.get()[0] = 0;
        return true;
    }

    /** {@code sigprocmask(2)} without telling {@link Signals}: its own swaps around a wait. */
    static void sigprocmaskNative(int how, SigSet set, SigSet oldset) {
        check("sigprocmask", c().sigprocmask(how, set, oldset));
    }

    /** {@code sigemptyset(3)}. */
    public static void sigemptyset(SigSet set) {
        set.clear();
    }

    /** {@code sigfillset(3)}. */
    public static void sigfillset(SigSet set) {
        set.fill();
    }

    /** {@code sigaddset(3)}: EINVAL for a number that is not a signal. */
    public static void sigaddset(SigSet set, int signo) {
        if (!set.set(signo, true)) {
            throw fail("sigaddset", Errno.EINVAL.code());
        }
    }

    /** {@code sigdelset(3)}: EINVAL for a number that is not a signal. */
    public static void sigdelset(SigSet set, int signo) {
        if (!set.set(signo, false)) {
            throw fail("sigdelset", Errno.EINVAL.code());
        }
    }

    /** {@code sigismember(3)}: EINVAL for a number that is not a signal. */
    public static boolean sigismember(SigSet set, int signo) {
        if (signo <= 0 || signo >= SigSet.NSIG) {
            throw fail("sigismember", Errno.EINVAL.code());
        }
        return set.contains(signo);
    }

    /** {@code getrlimit(2)}: the soft and hard limits; {@code RLIM_INFINITY} is -1. */
    public static Rlimit getrlimit(int resource) {
        long[] r = new long[2];
        check("getrlimit", c().getrlimit(resource, r));
        return new Rlimit(r[0], r[1]);
    }

    /** {@code setrlimit(2)}. */
    public static void setrlimit(int resource, Rlimit rlim) {
        check("setrlimit", c().setrlimit(resource, rlim.rlimCur(), rlim.rlimMax()));
    }

    /**
     * {@code pause(2)}: waits for a signal whose handler interrupts this thread (see
     * {@link Signals}); always ends with EINTR, as in C, or never returns.
     */
    public static void pause() {
        check("pause", c().pause());
    }

    // ---- names and addresses (chapters 9-11)

    private static final ThreadLocal<int[]> LAST_H_ERRNO = new IntCell();

    /**
     * This thread's {@code h_errno}: set by the last {@code gethostbyname*} or
     * {@code gethostbyaddr} call that failed on this thread, as C's per-thread {@code h_errno}.
     */
    public static int hErrno() {
        return LAST_H_ERRNO.get()[0];
    }

    private static HostErrnoException hostFail(String call, int hErrno, int errno) {
        LAST_H_ERRNO.get()[0] = hErrno;
        if (errno != 0) {
            setErrno(errno);
        }
        return new HostErrnoException(call, hErrno, hstrerror(hErrno), errno);
    }

    /**
     * A Java string may hold a NUL, a C string cannot: C would stop reading at it. Names
     * holding one are not known, rather than silently shortened.
     */
    private static boolean hasNul(String s) {
        return s != null && s.indexOf('\0') >= 0;
    }

    private static <T> T hostAnswer(String call, String name, java.util.function.Supplier<Resolver.Answer<T>> lookup) {
        if (hasNul(name)) {
            throw hostFail(call, Constants.HOST_NOT_FOUND, 0);
        }
        Resolver.Answer<T> a = lookup.get();
        if (a.value() == null) {
            throw hostFail(call, a.code(), a.errno());
        }
        return a.value();
    }

    private static GaiException gaiFail(String call, int code, int errno) {
        int sysErrno = code == Constants.EAI_SYSTEM ? errno : 0;
        if (sysErrno != 0) {
            setErrno(sysErrno);
        }
        return new GaiException(call, code, gaiStrerror(code), sysErrno);
    }

    /**
     * {@code gethostbyname(3)}, through glibc's reentrant {@code gethostbyname_r}: the
     * AF_INET addresses of {@code name} (a name, or a dotted-decimal address).
     *
     * <p>Unlike C's, the answer is a fresh record that no later call overwrites, and the call
     * is safe from many threads at once (section 11.14). A name holding a NUL character, which
     * no C string can, is not found (HOST_NOT_FOUND), as in all the resolver calls here.
     *
     * @throws HostErrnoException with {@code h_errno} (HOST_NOT_FOUND, TRY_AGAIN, NO_RECOVERY,
     *     NO_DATA) and its {@link #hstrerror} text when the lookup fails
     */
    public static Hostent gethostbyname(String name) {
        return hostAnswer("gethostbyname", name, () -> Resolver.gethostbyname(name));
    }

    /**
     * {@code gethostbyname2(3)} (reentrant {@code gethostbyname2_r}): the addresses of
     * {@code name} in family {@code af} (AF_INET or AF_INET6).
     *
     * @throws HostErrnoException as {@link #gethostbyname}
     */
    public static Hostent gethostbyname2(String name, int af) {
        return hostAnswer("gethostbyname2", name, () -> Resolver.gethostbyname2(name, af));
    }

    /**
     * {@code gethostbyaddr(3)} (reentrant {@code gethostbyaddr_r}): the host whose address is
     * the first {@code len} bytes of {@code addr} (network byte order), of family {@code type}.
     *
     * @throws HostErrnoException as {@link #gethostbyname}
     */
    public static Hostent gethostbyaddr(byte[] addr, int len, int type) {
        if (len < 0 || len > addr.length) {
            throw new IllegalArgumentException("length " + len + " outside 0.." + addr.length);
        }
        return hostAnswer("gethostbyaddr", null, () -> Resolver.gethostbyaddr(addr, len, type));
    }

    /**
     * {@code getservbyname(3)} (reentrant {@code getservbyname_r}): the service {@code name}
     * for protocol {@code proto} ("tcp", "udp", or null for the first entry of any protocol).
     *
     * @return the entry, or null when there is none, as C returns NULL
     */
    public static Servent getservbyname(String name, String proto) {
        return hasNul(name) || hasNul(proto) ? null : Resolver.getservbyname(name, proto);
    }

    /**
     * {@code getservbyport(3)} (reentrant {@code getservbyport_r}): the service on
     * {@code port}, given in network byte order as in C ({@code getservbyport(htons(53), "udp")}).
     *
     * @return the entry, or null when there is none
     */
    public static Servent getservbyport(int port, String proto) {
        return hasNul(proto) ? null : Resolver.getservbyport(port, proto);
    }

    /** {@code uname(2)}. */
    public static Utsname uname() {
        Resolver.Answer<Utsname> a = Resolver.uname();
        if (a.value() == null) {
            throw fail("uname", a.errno());
        }
        return a.value();
    }

    /** {@code gethostname(2)}: this host's name, as {@code uname().nodename()}. */
    public static String gethostname() {
        Resolver.Answer<String> a = Resolver.gethostname();
        if (a.value() == null) {
            throw fail("gethostname", a.errno());
        }
        return a.value();
    }

    /** {@code hstrerror(3)}: glibc's text for an {@code h_errno} value ("Unknown host"). */
    public static String hstrerror(int err) {
        return Resolver.hstrerror(err);
    }

    /**
     * {@code getaddrinfo(3)}: the socket addresses for {@code host} (a name or a numeric
     * address; null for the wildcard or loopback address) and {@code serv} (a service name or
     * a port number; null for port 0). {@code hints} (null: C's NULL, any family and type)
     * passes AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_NUMERICSERV, AI_V4MAPPED, AI_ALL and
     * AI_ADDRCONFIG, the family and the socket type through to glibc unchanged.
     *
     * <p>{@code freeaddrinfo} semantics: glibc's linked list is copied into the returned list
     * (C's {@code ai_next} order) and freed with {@code freeaddrinfo(3)} before this returns,
     * so there is nothing for the caller to free and nothing shared between calls or threads.
     *
     * @return the answers, never empty
     * @throws GaiException with the EAI_* code and the {@link #gaiStrerror} text (for
     *     EAI_SYSTEM also the errno, which becomes this thread's {@link #errno()})
     */
    public static List<AddrInfo> getaddrinfo(String host, String serv, AddrInfo hints) {
        if (hasNul(host) || hasNul(serv)) {
            throw gaiFail("getaddrinfo", Constants.EAI_NONAME, 0);
        }
        Resolver.Answer<List<AddrInfo>> a = Resolver.getaddrinfo(host, serv, hints);
        if (a.value() == null) {
            throw gaiFail("getaddrinfo", a.code(), a.errno());
        }
        return a.value();
    }

    /**
     * {@code getnameinfo(3)} asking for both the host ({@code NI_MAXHOST} bytes) and the
     * service ({@code NI_MAXSERV}): flags NI_NUMERICHOST, NI_NUMERICSERV, NI_NOFQDN,
     * NI_NAMEREQD, NI_DGRAM.
     *
     * @throws GaiException with the EAI_* code and its {@link #gaiStrerror} text
     */
    public static NameInfo getnameinfo(SockAddr sa, int flags) {
        return getnameinfo(sa, Constants.NI_MAXHOST, Constants.NI_MAXSERV, flags);
    }

    /**
     * {@code getnameinfo(3)} with C's buffer sizes: {@code hostlen} or {@code servlen} 0 means
     * that part is not wanted (C's NULL buffer) and comes back null; a buffer too small for
     * the answer fails with EAI_OVERFLOW, as in C.
     */
    public static NameInfo getnameinfo(SockAddr sa, int hostlen, int servlen, int flags) {
        Resolver.Answer<NameInfo> a = Resolver.getnameinfo(sa, Math.max(hostlen, 0), Math.max(servlen, 0), flags);
        if (a.value() == null) {
            throw gaiFail("getnameinfo", a.code(), a.errno());
        }
        return a.value();
    }

    /** {@code gai_strerror(3)}: glibc's text for an EAI_* code ("Name or service not known"). */
    public static String gaiStrerror(int code) {
        return Resolver.gaiStrerror(code);
    }

    // ---- networks (names/netent)

    /**
     * {@code getnetbyname(3)} (reentrant {@code getnetbyname_r}): the network {@code name} of
     * the networks database ({@code /etc/networks} on Linux).
     *
     * @throws HostErrnoException with {@code h_errno} (HOST_NOT_FOUND when there is no such
     *     network) and its {@link #hstrerror} text, as C sets {@code h_errno}
     */
    public static io.unp.net.Netent getnetbyname(String name) {
        return hostAnswer("getnetbyname", name, () -> Resolver.getnetbyname(name));
    }

    // ---- processes

    /** {@code getpid(2)}. */
    public static int getpid() {
        return c().getpid();
    }

    /** {@code getppid(2)}. */
    public static int getppid() {
        return c().getppid();
    }

    /** {@code kill(2)}. */
    public static void kill(int pid, int sig) {
        check("kill", c().kill(pid, sig));
    }

    /** {@code raise(3)}. */
    public static void raise(int sig) {
        check("raise", c().raise(sig));
    }

    /**
     * {@code waitpid(2)}: the pid reaped, or 0 with WNOHANG when no child has changed state;
     * {@code status[0]} (if given) gets the wait status.
     */
    public static int waitpid(int pid, int[] status, int options) {
        WaitFilter f = waitFilter;
        return f == null ? check("waitpid", c().waitpid(pid, status, options)) : filteredWait("waitpid", pid, status, options, f);
    }

    /** {@code wait(2)}: {@code waitpid(-1, status, 0)}. */
    public static int wait(int[] status) {
        WaitFilter f = waitFilter;
        return f == null ? check("wait", c().waitpid(-1, status, 0)) : filteredWait("wait", -1, status, 0, f);
    }

    /** {@code alarm(2)}: seconds left on the previous alarm. */
    public static int alarm(int seconds) {
        return c().alarm(seconds);
    }

    /**
     * {@code setitimer(2)}: arms timer {@code which} ({@code ITIMER_REAL} ...) to expire after
     * {@code valueUsec} microseconds, then every {@code intervalUsec} (0: once).
     */
    public static void setitimer(int which, long intervalUsec, long valueUsec) {
        check("setitimer", c().setitimer(which, intervalUsec, valueUsec));
    }

    /**
     * {@code sleep(3)}: blocks the calling thread for {@code seconds}; returns the seconds left
     * when a signal handler interrupted it, else 0.
     */
    public static int sleep(int seconds) {
        return c().sleep(seconds);
    }

    /** {@code _exit(2)}: ends the process now, without running Java shutdown hooks. */
    public static void exitImmediately(int status) {
        c().exit(status);
    }

    /**
     * {@code posix_spawnp(3)}: starts {@code argv} ({@code argv[0]} looked up on PATH unless it
     * holds a slash) with environment {@code envp}. The child inherits every descriptor that is
     * not close-on-exec at the same number, less those in {@code closeInChild}.
     *
     * @return the child's pid
     */
    public static int posixSpawnp(List<String> argv, List<String> envp, int[] closeInChild) {
        long pid = Spawn.posixSpawnp(argv, envp, closeInChild);
        if (pid < 0) {
            throw fail("posix_spawnp", (int) -pid);
        }
        return (int) pid;
    }

    // ---- chapter 12: daemons, syslog and inetd (issue 8)

    /** {@code setsid(2)}: makes the caller the leader of a new session and process group; the session id. */
    public static int setsid() {
        return check("setsid", DaemonCalls.setsid());
    }

    /** {@code umask(2)}: sets the file mode creation mask; returns the previous one. */
    public static int umask(int mask) {
        return DaemonCalls.umask(mask);
    }

    /**
     * {@code chdir(2)}. The JVM's {@code user.dir}, against which {@link java.io.File} resolves
     * relative names, keeps its start-up value.
     */
    public static void chdir(String path) {
        check("chdir", DaemonCalls.chdir(path));
    }

    /**
     * {@code openlog(3)}: {@code ident} prefixes every message ({@link Constants#LOG_PID} adds
     * the pid); kept in native memory for as long as the log may be written, as glibc keeps
     * the pointer.
     */
    public static void openlog(String ident, int option, int facility) {
        DaemonCalls.openlog(ident, option, facility);
    }

    /**
     * {@code syslog(3)}: logs {@code message} at {@code priority} (a level, or level | facility)
     * through {@code /dev/log}; the message is passed as {@code "%s"}'s argument, never as a
     * format. Fails silently, as syslog does, when nothing listens.
     */
    public static void syslog(int priority, String message) {
        DaemonCalls.syslog(priority, message);
    }

    /** {@code closelog(3)}. */
    public static void closelog() {
        DaemonCalls.closelog();
    }

    /**
     * {@code posix_spawn(3)} of {@code argv} (an absolute {@code argv[0]}) with {@code envp}
     * whose child has every descriptor from 3 up closed and {@code /dev/null} on each
     * descriptor below {@code devNullBelow} (3: all of standard input, output and error); the
     * way {@code daemon_init} starts the program again, detached. With {@code newSession} the
     * child calls {@code setsid()} before its exec ({@code POSIX_SPAWN_SETSID}).
     *
     * @return the child's pid
     */
    public static int posixSpawnDetached(List<String> argv, List<String> envp, int devNullBelow, boolean newSession) {
        long pid = DaemonCalls.spawnDetached(argv, envp, devNullBelow, newSession);
        if (pid < 0) {
            throw fail("posix_spawn", (int) -pid);
        }
        return (int) pid;
    }
    // (end of chapter 12)

    // ---- chapter 13: advanced I/O: recv/send flags, readv/writev, recvmsg/sendmsg (issue 8)
    // (end of chapter 13)

    // ---- chapter 14: Unix domain sockets, descriptor passing, credentials (issue 8)
    // The msghdr core (recvmsg, sendmsg, readv, writev) is here: chapter 13 builds
    // recvfrom_flags on it.

    /**
     * {@code recvmsg(2)}: receives into {@code msg}'s segments and fills in what the kernel
     * returns: the sender's address (if {@code msg.name()} is set) and its length, the control
     * messages and {@code msg.controllen()}, and {@code msg.flags()} (MSG_TRUNC when a datagram
     * was longer than the segments, MSG_CTRUNC when control data did not fit the control
     * buffer, MSG_EOR, MSG_OOB). Reset {@code controllen} before reusing {@code msg}, as in C.
     *
     * @return the bytes received, 0 at end of file (or for an empty datagram); with MSG_TRUNC in
     *     {@code flags}, a datagram's real length even if it was longer than the segments
     */
    public static int recvmsg(int fd, MsgHdr msg, int flags) {
        return check("recvmsg", MsgCalls.get().recvmsg(fd, msg, flags));
    }

    /**
     * {@code sendmsg(2)}: sends {@code msg}'s segments, with its control messages
     * ({@code SCM_RIGHTS}, {@code SCM_CREDENTIALS} ...), to {@code msg.name()} or, when that is
     * null, to the connected peer. EPIPE raises SIGPIPE as {@link #send} does unless
     * MSG_NOSIGNAL is set.
     *
     * @return the bytes sent
     */
    public static int sendmsg(int fd, MsgHdr msg, int flags) {
        long n = MsgCalls.get().sendmsg(fd, msg, flags);
        if (n < 0) {
            int code = Native.errno();
            if (code == Errno.EPIPE.code() && (flags & Constants.MSG_NOSIGNAL) == 0) {
                Signals.raisePipe();
            }
            throw fail("sendmsg", code);
        }
        return (int) n;
    }

    /**
     * {@code readv(2)}: reads into the first {@code iovcnt} segments of {@code iov}, filling each
     * before the next.
     *
     * @return the bytes read, 0 at end of file
     * @throws ErrnoException EINVAL for {@code iovcnt} negative or beyond the array (as the
     *     kernel answers a bad count), or the kernel's errno
     */
    public static int readv(int fd, Iovec[] iov, int iovcnt) {
        checkIovcnt("readv", iov, iovcnt);
        return check("readv", MsgCalls.get().readv(fd, iov, iovcnt));
    }

    /**
     * {@code writev(2)}: writes the first {@code iovcnt} segments of {@code iov} in one call (one
     * TCP segment or one datagram when they fit). EPIPE raises SIGPIPE as {@link #write} does.
     *
     * @return the bytes written
     */
    public static int writev(int fd, Iovec[] iov, int iovcnt) {
        checkIovcnt("writev", iov, iovcnt);
        long n = MsgCalls.get().writev(fd, iov, iovcnt);
        if (n < 0) {
            int code = Native.errno();
            if (code == Errno.EPIPE.code()) {
                Signals.raisePipe();
            }
            throw fail("writev", code);
        }
        return (int) n;
    }

    private static void checkIovcnt(String call, Iovec[] iov, int iovcnt) {
        if (iovcnt < 0 || iovcnt > iov.length) {
            throw fail(call, Errno.EINVAL.code());
        }
        for (int i = 0; i < iovcnt; i++) {
            java.util.Objects.requireNonNull(iov[i], "iov[" + i + "]");
        }
    }

    // Unix-domain sockets live in the file system: open, unlink and a temporary name.

    private static String cPath(String call, String pathname) {
        if (pathname.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(call + ": a path cannot hold a NUL character");
        }
        return pathname;
    }

    /** {@code open(2)} with {@code flags} ({@code O_RDONLY}, {@code O_CREAT} ...) and, for O_CREAT, {@code mode}. */
    public static int open(String pathname, int flags, int mode) {
        return check("open", FileCalls.get().open(cPath("open", pathname), flags, mode));
    }

    /** {@code open(2)} without a mode. */
    public static int open(String pathname, int flags) {
        return open(pathname, flags, 0);
    }

    /**
     * {@code unlink(2)}: removes a name from the file system, a Unix-domain socket's path
     * included (the socket itself is unaffected; the name just stops existing).
     */
    public static void unlink(String pathname) {
        check("unlink", FileCalls.get().unlink(cPath("unlink", pathname)));
    }

    /**
     * {@code tmpnam(3)} (through glibc's reentrant {@code tmpnam_r}): a path under /tmp that did
     * not exist when asked. As in C, another process may create it before the caller does.
     */
    public static String tmpnam() {
        String name = FileCalls.get().tmpnam();
        if (name == null) {
            throw fail("tmpnam");
        }
        return name;
    }

    /** {@code getuid(2)}. */
    public static int getuid() {
        return FileCalls.get().getuid();
    }

    /** {@code geteuid(2)}. */
    public static int geteuid() {
        return FileCalls.get().geteuid();
    }

    /** {@code getgid(2)}. */
    public static int getgid() {
        return FileCalls.get().getgid();
    }

    /** {@code getegid(2)}. */
    public static int getegid() {
        return FileCalls.get().getegid();
    }
    // (end of chapter 14)

    // ---- chapter 15: nonblocking I/O (issue 9)
    // (end of chapter 15)

    // ---- chapter 16: ioctl (issue 9)

    /**
     * {@code ioctl(2)} with an argument that points at a structure: {@code arg} is passed by
     * address and the kernel's changes come back in it. The raw form, for requests that
     * {@link io.unp.net.Ioctls} does not type (another system's request number gets Linux's
     * answer, usually ENOTTY).
     *
     * @return what ioctl returned (0 for every request of chapter 16)
     */
    public static int ioctl(int fd, int request, byte[] arg) {
        return check("ioctl", io.unp.sys.ffi.IoctlCalls.get().ioctl(fd, request, arg, arg.length));
    }

    /**
     * {@code ioctl(2)} with a typed request and its argument ({@code SIOCGIFFLAGS} with an
     * {@link io.unp.net.IfReq}, {@code SIOCGARP} with an {@link io.unp.net.ArpReq},
     * {@code FIONREAD} with an {@link io.unp.net.IntRef} ...), filled in place.
     */
    public static <A extends io.unp.net.IoctlArg> void ioctl(int fd, io.unp.net.IoctlReq<A> req, A arg) {
        byte[] b = arg.bytes();
        check("ioctl", io.unp.sys.ffi.IoctlCalls.get().ioctl(fd, req.request(), b, b.length));
    }

    /**
     * {@code ioctl(fd, SIOCGIFCONF, &ifc)}: fills {@code ifc}'s buffer with one {@code ifreq}
     * per IPv4 address and sets its {@code ifc_len} to the bytes used (with a null buffer, to
     * the bytes needed). Linux never fails for a short buffer: it fills what fits.
     */
    public static void ioctl(int fd, io.unp.net.IoctlReq<io.unp.net.IfConf> req, io.unp.net.IfConf ifc) {
        byte[] buf = ifc.ifcBuf();
        int len = check("ioctl", io.unp.sys.ffi.IoctlCalls.get().ioctlIfconf(fd, req.request(), buf,
                buf == null ? 0 : ifc.ifcLen()));
        ifc.ifcLen(buf == null ? len : Math.min(len, buf.length));
    }
    // (end of chapter 16)

    // ---- chapter 17: routing sockets: rtnetlink (issue 9)
    // (end of chapter 17)

    // ---- chapter 18-20: broadcast, multicast, advanced UDP (issue 10)

    /** {@code gettimeofday(2)}: fills {@code tv} with the time of day (the time zone argument is NULL). */
    public static void gettimeofday(Timeval tv) {
        check("gettimeofday", TimeCalls.gettimeofday(tv));
    }
    // (end of chapter 18-20)

    // ---- chapter 21-22: out-of-band data, signal-driven I/O (issue 11)

    /**
     * {@code sockatmark(3)} (glibc's, an {@code ioctl(SIOCATMARK)}): true if the next byte to
     * read from TCP socket {@code fd} is the one at the out-of-band mark.
     *
     * @throws ErrnoException EINVAL/ENOTTY for a descriptor that is not a TCP socket
     */
    public static boolean sockatmark(int fd) {
        return check("sockatmark", io.unp.sys.ffi.AsyncIoCalls.sockatmark(fd)) == 1;
    }

    /**
     * {@code sigsuspend(2)}: replaces the calling thread's signal mask with {@code mask} and
     * waits until a signal handler has run, then restores the mask. A Java handler that
     * {@code mask} unblocks, held while the thread blocked its signal, runs at once (see
     * {@link Signals}); one arriving during the wait ends it.
     *
     * @throws ErrnoException always: EINTR once a handler has run, as in C
     */
    public static void sigsuspend(SigSet mask) {
        long r = Signals.withMask(mask, m -> withErrno(io.unp.sys.ffi.AsyncIoCalls.sigsuspend(m)));
        checkWithErrno("sigsuspend", r < 0 ? r : -Errno.EINTR.code());
    }
    // (end of chapter 21-22)

    // ---- chapter 23: threads (issue 11)
    // (open(2) is chapter 14's Sys.open, which chapter 23 shares)

    /**
     * {@code pthread_self(3)}: the calling thread's native {@code pthread_t}. Every JVM thread
     * (a virtual thread: its carrier's, for the moment) is a POSIX thread.
     */
    public static long pthreadSelfNative() {
        return pthreadSelf();
    }

    /**
     * {@code pthread_kill(3)}: sends {@code sig} to the POSIX thread {@code thread}, which must
     * still exist. As the pthread calls do, reports failure by its number and leaves
     * {@link #errno()} alone.
     *
     * @throws ErrnoException ESRCH, EINVAL
     */
    public static void pthreadKillNative(long thread, int sig) {
        int rc = c().pthreadKill(thread, sig);
        if (rc != 0) {
            throw new ErrnoException("pthread_kill", rc);
        }
    }
    // (end of chapter 23)

    // ---- chapter 24-26: IP options, raw sockets, datalink (issue 12)
    // libpcap (chapter 26): handles are the C pointers as long; failures are PcapException with
    // libpcap's own message. The book's udpcksum uses these through io.unp.lib.Pcap.

    private static io.unp.sys.ffi.PcapCalls pcap() {
        return io.unp.sys.ffi.PcapCalls.get();
    }

    /** {@code pcap_lookupdev(3PCAP)}: the first device libpcap would capture on. */
    public static String pcapLookupdev() {
        String dev = pcap().lookupdev();
        if (dev == null) {
            throw new PcapException("pcap_lookupdev", pcap().errbuf());
        }
        return dev;
    }

    /** {@code pcap_findalldevs(3PCAP)}: the names of every device libpcap can capture on. */
    public static List<String> pcapFindalldevs() {
        List<String> devs = pcap().findalldevs();
        if (devs == null) {
            throw new PcapException("pcap_findalldevs", pcap().errbuf());
        }
        return devs;
    }

    /**
     * {@code pcap_open_live(3PCAP)}: a live capture on {@code device}, {@code snaplen} bytes of
     * each packet, promiscuous if {@code promisc} is non-zero, a read timeout of {@code toMs}.
     *
     * @return the {@code pcap_t *}, for the other pcap calls and {@link #pcapClose}
     */
    public static long pcapOpenLive(String device, int snaplen, int promisc, int toMs) {
        long p = pcap().openLive(device, snaplen, promisc, toMs);
        if (p == 0) {
            throw new PcapException("pcap_open_live", pcap().errbuf());
        }
        return p;
    }

    /** {@code pcap_lookupnet(3PCAP)}: {network, netmask} of {@code device}, each as stored (network order bytes in an int). */
    public static int[] pcapLookupnet(String device) {
        int[] nm = new int[2];
        if (pcap().lookupnet(device, nm) < 0) {
            throw new PcapException("pcap_lookupnet", pcap().errbuf());
        }
        return nm;
    }

    /** {@code pcap_compile(3PCAP)} of {@code expr}, then {@code pcap_setfilter(3PCAP)}. */
    public static void pcapSetfilter(long p, String expr, int optimize, int netmask) {
        int r = pcap().setFilter(p, expr, optimize, netmask);
        if (r == -1) {
            throw new PcapException("pcap_compile", pcap().geterr(p));
        } else if (r < 0) {
            throw new PcapException("pcap_setfilter", pcap().geterr(p));
        }
    }

    /** {@code pcap_datalink(3PCAP)}: the link-layer type (DLT_EN10MB ...). */
    public static int pcapDatalink(long p) {
        int dlt = pcap().datalink(p);
        if (dlt < 0) {
            throw new PcapException("pcap_datalink", pcap().geterr(p));
        }
        return dlt;
    }

    /**
     * {@code pcap_next_ex(3PCAP)}: 1 with a packet, its captured bytes copied into {@code buf}
     * and {@code info} = {caplen, len, tv_sec, tv_usec}; 0 when the read timeout expired with
     * no packet; -2 at the end of a savefile.
     */
    public static int pcapNextEx(long p, byte[] buf, long[] info) {
        int r = pcap().nextEx(p, buf, info);
        if (r == -1) {
            throw new PcapException("pcap_next_ex", pcap().geterr(p));
        }
        return r;
    }

    /** {@code pcap_stats(3PCAP)}: {ps_recv, ps_drop, ps_ifdrop}. */
    public static long[] pcapStats(long p) {
        long[] st = new long[3];
        if (pcap().stats(p, st) < 0) {
            throw new PcapException("pcap_stats", pcap().geterr(p));
        }
        return st;
    }

    /** {@code pcap_setnonblock(3PCAP)}: in non-blocking mode {@link #pcapNextEx} returns 0 at once when no packet is ready. */
    public static void pcapSetnonblock(long p, boolean on) {
        if (pcap().setnonblock(p, on) < 0) {
            throw new PcapException("pcap_setnonblock", pcap().errbuf());
        }
    }

    /** {@code pcap_get_selectable_fd(3PCAP)}: a descriptor that poll/select report readable when packets wait. */
    public static int pcapGetSelectableFd(long p) {
        int fd = pcap().selectableFd(p);
        if (fd < 0) {
            throw new PcapException("pcap_get_selectable_fd", "no selectable descriptor");
        }
        return fd;
    }

    /** {@code pcap_close(3PCAP)}. */
    public static void pcapClose(long p) {
        pcap().close(p);
    }

    /** {@code pcap_dump_open(3PCAP)}: a savefile (pcap format) for packets of {@code p}'s link type. */
    public static long pcapDumpOpen(long p, String fname) {
        long d = pcap().dumpOpen(p, fname);
        if (d == 0) {
            throw new PcapException("pcap_dump_open", pcap().geterr(p));
        }
        return d;
    }

    /** {@code pcap_dump(3PCAP)}: appends one packet with its capture header values. */
    public static void pcapDump(long dumper, byte[] buf, int caplen, int len, long tvSec, long tvUsec) {
        pcap().dump(dumper, buf, caplen, len, tvSec, tvUsec);
    }

    /** {@code pcap_dump_flush(3PCAP)} then {@code pcap_dump_close(3PCAP)}. */
    public static void pcapDumpClose(long dumper) {
        pcap().dumpFlush(dumper);
        pcap().dumpClose(dumper);
    }

    /** {@code pcap_lib_version(3PCAP)}. */
    public static String pcapLibVersion() {
        return pcap().libVersion();
    }
    // (end of chapter 24-26)

    // ---- chapter 27: shared memory, record locks (issue 13)

    /**
     * {@code mmap(2)}: maps {@code length} bytes of {@code fd} (or of nothing, with
     * {@code MAP_ANONYMOUS} and fd -1) from {@code offset}, at an address the kernel picks
     * ({@code addr} 0) or near {@code addr}.
     *
     * <p>A JVM's fork is an exec (see {@code io.unp.lib.Fork}), and exec drops every mapping:
     * memory a C server maps {@code MAP_SHARED} from {@code /dev/zero} or {@code MAP_ANONYMOUS}
     * before {@code fork} is shared with its children, but a child JVM starts with none of it,
     * and its own mmap of {@code /dev/zero} makes new memory. Map a file the children can open
     * or inherit instead ({@link #memfdCreate}).
     *
     * @return the mapping
     */
    public static Mapping mmap(long addr, long length, int prot, int flags, int fd, long offset) {
        long p = SharingCalls.get().mmap(addr, length, prot, flags, fd, offset);
        if (p == -1) {
            throw fail("mmap");
        }
        return new Mapping(p, length);
    }

    /** {@code munmap(2)} of the whole mapping; afterwards its loads and stores throw. */
    public static void munmap(Mapping m) {
        synchronized (m) {
            if (m.unmapped()) {
                throw fail("munmap", Errno.EINVAL.code());
            }
            check("munmap", SharingCalls.get().munmap(m.address(), m.length()));
            m.markUnmapped();
        }
    }

    /**
     * {@code memfd_create(2)}: a descriptor for a new anonymous file of size 0 ({@code name} is
     * only what {@code /proc/PID/fd} shows). Without {@code MFD_CLOEXEC} (flags 0) a child
     * started by posix_spawn inherits it, and can map the same memory.
     */
    public static int memfdCreate(String name, int flags) {
        return check("memfd_create", SharingCalls.get().memfdCreate(name, flags));
    }

    /** {@code ftruncate(2)}: sets the file's size (new bytes read as zeros). */
    public static void ftruncate(int fd, long length) {
        check("ftruncate", SharingCalls.get().ftruncate(fd, length));
    }

    /** {@code fstat(2)}: the file's {@code st_size}. */
    public static long fstatSize(int fd) {
        long size = SharingCalls.get().fstatSize(fd);
        if (size < 0) {
            throw fail("fstat");
        }
        return size;
    }

    /**
     * {@code getrusage(2)}: the CPU used by this process ({@code RUSAGE_SELF}: all its threads)
     * or by its children that have ended and been waited for ({@code RUSAGE_CHILDREN}, their own
     * waited-for descendants included).
     */
    public static io.unp.abi.Rusage getrusage(int who) {
        long[] r = new long[5];
        check("getrusage", SharingCalls.get().getrusage(who, r));
        return new io.unp.abi.Rusage(new Timeval(r[0], r[1]), new Timeval(r[2], r[3]), r[4]);
    }

    /**
     * {@code fcntl(2)} with a {@code struct flock}: {@code F_SETLK} (fails with EAGAIN or EACCES
     * when another process holds a conflicting lock), {@code F_SETLKW} (waits for it; EINTR when
     * a signal handler without SA_RESTART interrupts the wait, EDEADLK when waiting would
     * deadlock) or {@code F_GETLK} (writes the first conflicting lock, or {@code F_UNLCK}, back
     * into {@code lock}). Record locks belong to the process: every thread shares them, and
     * closing any descriptor of the file releases them.
     */
    public static void fcntl(int fd, int cmd, io.unp.abi.Flock lock) {
        check("fcntl", SharingCalls.get().fcntlLock(fd, cmd, lock));
    }

    /**
     * {@code mktemp(3)}: {@code template} (ending in {@code XXXXXX}) with the X's replaced so that
     * no file had that name when asked; as in C, another process may take the name before the
     * caller opens it.
     *
     * @throws ErrnoException EINVAL when the template does not end in six X's, EEXIST when no
     *     name was free (glibc returns an empty string and sets errno)
     */
    public static String mktemp(String template) {
        String name = SharingCalls.get().mktemp(cPath("mktemp", template));
        if (name == null || name.isEmpty()) {
            throw fail("mktemp");
        }
        return name;
    }

    /**
     * {@code pthread_mutexattr_init}, {@code pthread_mutexattr_setpshared(pshared)} and
     * {@code pthread_mutex_init} of the {@code pthread_mutex_t} at byte {@code offset} of
     * {@code m}: with {@code PTHREAD_PROCESS_SHARED} in a {@code MAP_SHARED} mapping, every process
     * that maps the same memory locks the same mutex (a futex on the shared page). Like the
     * pthread calls, failure comes back as the returned number: the exception carries it and
     * {@link #errno()} is left alone.
     */
    public static void pthreadMutexInit(Mapping m, long offset, int pshared) {
        pthreadCheck("pthread_mutex_init", SharingCalls.get().pthreadMutexInit(
                m.at(offset, io.unp.abi.Layouts.PTHREAD_MUTEX_SIZE), pshared));
    }

    /** {@code pthread_mutex_lock} of the mutex at byte {@code offset} of {@code m}. */
    public static void pthreadMutexLock(Mapping m, long offset) {
        pthreadCheck("pthread_mutex_lock", SharingCalls.get().pthreadMutexLock(
                m.at(offset, io.unp.abi.Layouts.PTHREAD_MUTEX_SIZE)));
    }

    /** {@code pthread_mutex_trylock}: false when another thread or process holds it (EBUSY). */
    public static boolean pthreadMutexTrylock(Mapping m, long offset) {
        int rc = SharingCalls.get().pthreadMutexTrylock(m.at(offset, io.unp.abi.Layouts.PTHREAD_MUTEX_SIZE));
        if (rc == Errno.EBUSY.code()) {
            return false;
        }
        pthreadCheck("pthread_mutex_trylock", rc);
        return true;
    }

    /** {@code pthread_mutex_unlock} of the mutex at byte {@code offset} of {@code m}. */
    public static void pthreadMutexUnlock(Mapping m, long offset) {
        pthreadCheck("pthread_mutex_unlock", SharingCalls.get().pthreadMutexUnlock(
                m.at(offset, io.unp.abi.Layouts.PTHREAD_MUTEX_SIZE)));
    }

    /** {@code pthread_mutex_destroy} of the mutex at byte {@code offset} of {@code m}. */
    public static void pthreadMutexDestroy(Mapping m, long offset) {
        pthreadCheck("pthread_mutex_destroy", SharingCalls.get().pthreadMutexDestroy(
                m.at(offset, io.unp.abi.Layouts.PTHREAD_MUTEX_SIZE)));
    }

    /**
     * {@code posix_spawnp(3)} of {@code argv} with {@code envp}, whose child inherits only its
     * standard input, output and error and {@code keep}, which it gets as descriptor 3 (every
     * other descriptor is closed in the child, close-on-exec or not).
     *
     * @return the child's pid
     */
    public static int posixSpawnKeeping(List<String> argv, List<String> envp, int keep) {
        long pid = SharingCalls.get().spawnKeeping(argv, envp, keep);
        if (pid < 0) {
            throw fail("posix_spawnp", (int) -pid);
        }
        return (int) pid;
    }

    /**
     * Children that a library starts for its own purposes and that the program's {@link #wait}
     * and {@link #waitpid} for any child must not see: Fork's idle spare children
     * ({@code io.unp.lib.ForkSpare}). Not a libc call: a hook, like {@link #onClose}.
     */
    public interface WaitFilter {
        /**
         * Called before a wait for any child that may block: the last chance to end hidden
         * children that would otherwise keep it blocked for good.
         */
        void beforeBlockingWait();

        /** True if {@code pid}, just reaped by a wait for any child, is hidden: the wait goes on. */
        boolean hide(int pid);
    }

    private static volatile WaitFilter waitFilter;

    /** Installs the one {@link WaitFilter} (null: none; the waits are then plain system calls). */
    public static void waitFilter(WaitFilter f) {
        waitFilter = f;
    }

    /** A wait through the filter: hidden children are neither waited for nor reported. */
    private static int filteredWait(String call, int pid, int[] status, int options, WaitFilter f) {
        boolean anyChild = pid <= 0;
        while (true) {
            if (anyChild && (options & Constants.WNOHANG) == 0) {
                f.beforeBlockingWait();
            }
            int r = check(call, c().waitpid(pid, status, options));
            if (r > 0 && anyChild && f.hide(r)) {
                continue;
            }
            return r;
        }
    }

    private static void pthreadCheck(String call, int rc) {
        if (rc != 0) {
            throw new ErrnoException(call, rc);
        }
    }
    // (end of chapter 27)

    // ---- threads and signals: plumbing for Signals, not public API

    /** {@code pthread_self(3)} of the calling thread. */
    static long pthreadSelf() {
        return c().pthreadSelf();
    }

    /** {@code pthread_kill(3)}; ESRCH (the thread has ended) is not an error here. */
    static void pthreadKill(long thread, int sig) {
        int rc = c().pthreadKill(thread, sig);
        if (rc != 0 && rc != Errno.ESRCH.code()) {
            throw fail("pthread_kill", rc);
        }
    }

    /**
     * {@code sigaction(2)} with a native handler address (0 = SIG_DFL, 1 = SIG_IGN) and
     * {@code sa_flags}; an empty {@code sa_mask}.
     */
    static void sigactionNative(int signo, long handlerAddress, int flags) {
        check("sigaction", c().sigaction(signo, handlerAddress, flags));
    }

    /** The address of a native function that does nothing harmful as a signal handler. */
    static long noopSignalHandler() {
        return c().noopHandler();
    }
}
