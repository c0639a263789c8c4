package io.unp.sys;

import io.unp.abi.Constants;
import io.unp.abi.Errno;
import io.unp.abi.FdSet;
import io.unp.abi.PollFd;
import io.unp.abi.Rlimit;
import io.unp.abi.SigSet;
import io.unp.abi.Timespec;
import io.unp.abi.Timeval;
import io.unp.net.AddrInfo;
import io.unp.net.Hostent;
import io.unp.net.NameInfo;
import io.unp.net.Servent;
import io.unp.net.SockAddr;
import io.unp.net.SockOpt;
import io.unp.net.Utsname;
import io.unp.sys.ffi.LibC;
import io.unp.sys.ffi.Native;
import io.unp.sys.ffi.Resolver;
import io.unp.sys.ffi.Spawn;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

    private static final ThreadLocal<int[]> LAST_ERRNO = ThreadLocal.withInitial(() -> new int[1]);
    private static final List<IntConsumer> CLOSE_LISTENERS = new CopyOnWriteArrayList<>();

    private static LibC c() {
        return Native.libc();
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
    public static void onClose(IntConsumer listener) {
        CLOSE_LISTENERS.add(listener);
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
        for (IntConsumer l : CLOSE_LISTENERS) {
            l.accept(fd);
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
     * emulates this non-atomically with sigprocmask and select; this is the kernel's call.)
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
     * this thread's blocked call is held by the kernel's mask.
     */
    public static void sigprocmask(int how, SigSet set, SigSet oldset) {
        check("sigprocmask", c().sigprocmask(how, set, oldset));
        if (set != null) {
            SigSet now = MASK_NOW.get();
            c().sigprocmask(Constants.SIG_BLOCK, null, now);
            Signals.maskChanged(now.word(0));
        }
    }

    private static final ThreadLocal<SigSet> MASK_NOW = ThreadLocal.withInitial(SigSet::new);

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

    private static final ThreadLocal<int[]> LAST_H_ERRNO = ThreadLocal.withInitial(() -> new int[1]);

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
        return check("waitpid", c().waitpid(pid, status, options));
    }

    /** {@code wait(2)}: {@code waitpid(-1, status, 0)}. */
    public static int wait(int[] status) {
        return check("wait", c().waitpid(-1, status, 0));
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
    // (end of chapter 12)

    // ---- chapter 13: advanced I/O: recv/send flags, readv/writev, recvmsg/sendmsg (issue 8)
    // (end of chapter 13)

    // ---- chapter 14: Unix domain sockets, descriptor passing, credentials (issue 8)
    // (end of chapter 14)

    // ---- chapter 15: nonblocking I/O (issue 9)
    // (end of chapter 15)

    // ---- chapter 16: ioctl (issue 9)
    // (end of chapter 16)

    // ---- chapter 17: routing sockets: rtnetlink (issue 9)
    // (end of chapter 17)

    // ---- chapter 18-20: broadcast, multicast, advanced UDP (issue 10)
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

    /**
     * {@code open(2)} of {@code path} ({@link io.unp.abi.CString} bytes) with {@code flags}
     * ({@code O_RDONLY} ...) and, for a file it creates, {@code mode}.
     *
     * @return the new descriptor
     */
    public static int open(String path, int flags, int mode) {
        return check("open", io.unp.sys.ffi.FileCalls.open(path, flags, mode));
    }

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
    // (end of chapter 24-26)

    // ---- chapter 27: shared memory, record locks (issue 13)
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
