package io.unp.sys.ffi;

import static io.unp.abi.Layouts.*;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.MemoryIO;
import io.unp.abi.FdSet;
import io.unp.abi.PollFd;
import io.unp.abi.SigSet;
import io.unp.abi.Timespec;
import io.unp.abi.Timeval;
import io.unp.net.SockAddr;

/**
 * The libc functions unp-lib calls, with Java arguments: each method copies its arguments
 * into this thread's {@link Scratch} memory, calls the C function through jffi, copies the
 * results back, and returns what C returns ({@code -1} on failure, with errno left for
 * {@link Native#errno()}). No exceptions, no retries: {@link io.unp.sys.Sys} is the policy
 * layer above. Nothing here allocates Java objects on the way to the kernel and back.
 *
 * <p>Obtained from {@link Native#libc()}. To bind another function: add a field with its
 * {@link Jffi#symbol} and a method that calls {@code invoker.invokeN<k>} with the context of
 * its arity, narrowing an {@code int} result with {@code (int)}.
 */
public final class LibC {
    private final Jffi j;
    private final Invoker inv;
    private final MemoryIO mem;
    private final CallContext n0, n1, n2, n3, n4, n5, n6;

    private final long socket, socketpair, bind, listen, accept, connect, read, write, recv, send, recvfrom,
            sendto, close, shutdown, getsockname, getpeername, setsockopt, getsockopt, fcntl, dup, dup2, pipe,
            getpid, getppid, kill, raise, waitpid, alarm, setitimer, sleep, sigaction, pthreadSelf, pthreadKill,
            isatty, fstat, exit, select, pselect, poll, sigprocmask, getrlimit, setrlimit, pause, abs;

    LibC(Jffi j) {
        this.j = j;
        inv = j.invoker;
        mem = j.memory;
        n0 = j.n0;
        n1 = j.n1;
        n2 = j.n2;
        n3 = j.n3;
        n4 = j.n4;
        n5 = j.n5;
        n6 = j.n6;
        socket = j.symbol("socket");
        socketpair = j.symbol("socketpair");
        bind = j.symbol("bind");
        listen = j.symbol("listen");
        accept = j.symbol("accept");
        connect = j.symbol("connect");
        read = j.symbol("read");
        write = j.symbol("write");
        recv = j.symbol("recv");
        send = j.symbol("send");
        recvfrom = j.symbol("recvfrom");
        sendto = j.symbol("sendto");
        close = j.symbol("close");
        shutdown = j.symbol("shutdown");
        getsockname = j.symbol("getsockname");
        getpeername = j.symbol("getpeername");
        setsockopt = j.symbol("setsockopt");
        getsockopt = j.symbol("getsockopt");
        fcntl = j.symbol("fcntl");
        dup = j.symbol("dup");
        dup2 = j.symbol("dup2");
        pipe = j.symbol("pipe");
        getpid = j.symbol("getpid");
        getppid = j.symbol("getppid");
        kill = j.symbol("kill");
        raise = j.symbol("raise");
        waitpid = j.symbol("waitpid");
        alarm = j.symbol("alarm");
        setitimer = j.symbol("setitimer");
        sleep = j.symbol("sleep");
        sigaction = j.symbol("sigaction");
        pthreadSelf = j.symbol("pthread_self");
        pthreadKill = j.symbol("pthread_kill");
        isatty = j.symbol("isatty");
        fstat = j.symbol("fstat");
        exit = j.symbol("_exit");
        select = j.symbol("select");
        pselect = j.symbol("pselect");
        poll = j.symbol("poll");
        sigprocmask = j.symbol("sigprocmask");
        getrlimit = j.symbol("getrlimit");
        setrlimit = j.symbol("setrlimit");
        pause = j.symbol("pause");
        abs = j.symbol("abs");
    }

    // ---- helpers: Java values into and out of this thread's scratch memory

    private long putAddr(Scratch s, SockAddr a) {
        mem.putByteArray(s.small + Scratch.ADDR, a.bytes(), 0, a.len());
        return s.small + Scratch.ADDR;
    }

    /** Points ADDRLEN at the capacity of {@code a}; returns the address of the sockaddr. */
    private long outAddr(Scratch s, SockAddr a) {
        mem.putInt(s.small + Scratch.ADDRLEN, Math.min(a.capacity(), SOCKADDR_STORAGE_SIZE));
        return s.small + Scratch.ADDR;
    }

    /** Copies the kernel's sockaddr back into {@code a} and sets its length. */
    private void takeAddr(Scratch s, SockAddr a) {
        int len = Math.min(mem.getInt(s.small + Scratch.ADDRLEN), Math.min(a.capacity(), SOCKADDR_STORAGE_SIZE));
        mem.getByteArray(s.small + Scratch.ADDR, a.bytes(), 0, len);
        a.setLen(len);
    }

    // ---- sockets

    public int socket(int domain, int type, int protocol) {
        return (int) inv.invokeN3(n3, socket, domain, type, protocol);
    }

    public int socketpair(int domain, int type, int protocol, int[] sv) {
        Scratch s = Scratch.get();
        long p = s.small + Scratch.INTS;
        int r = (int) inv.invokeN4(n4, socketpair, domain, type, protocol, p);
        if (r == 0) {
            sv[0] = mem.getInt(p);
            sv[1] = mem.getInt(p + 4);
        }
        return r;
    }

    public int bind(int fd, SockAddr addr) {
        Scratch s = Scratch.get();
        return (int) inv.invokeN3(n3, bind, fd, putAddr(s, addr), addr.len());
    }

    public int listen(int fd, int backlog) {
        return (int) inv.invokeN2(n2, listen, fd, backlog);
    }

    /** {@code accept(2)}; with a non-null {@code peer}, fills it and sets its length. */
    public int accept(int fd, SockAddr peer) {
        if (peer == null) {
            return (int) inv.invokeN3(n3, accept, fd, 0, 0);
        }
        Scratch s = Scratch.get();
        int r = (int) inv.invokeN3(n3, accept, fd, outAddr(s, peer), s.small + Scratch.ADDRLEN);
        if (r >= 0) {
            takeAddr(s, peer);
        }
        return r;
    }

    public int connect(int fd, SockAddr addr) {
        Scratch s = Scratch.get();
        return (int) inv.invokeN3(n3, connect, fd, putAddr(s, addr), addr.len());
    }

    public int getsockname(int fd, SockAddr out) {
        Scratch s = Scratch.get();
        int r = (int) inv.invokeN3(n3, getsockname, fd, outAddr(s, out), s.small + Scratch.ADDRLEN);
        if (r == 0) {
            takeAddr(s, out);
        }
        return r;
    }

    public int getpeername(int fd, SockAddr out) {
        Scratch s = Scratch.get();
        int r = (int) inv.invokeN3(n3, getpeername, fd, outAddr(s, out), s.small + Scratch.ADDRLEN);
        if (r == 0) {
            takeAddr(s, out);
        }
        return r;
    }

    public int shutdown(int fd, int how) {
        return (int) inv.invokeN2(n2, shutdown, fd, how);
    }

    private long optBuffer(Scratch s, int len) {
        return len <= Scratch.OPT_MAX ? s.small + Scratch.OPT : s.big(len);
    }

    public int setsockopt(int fd, int level, int optname, byte[] optval, int optlen) {
        Scratch s = Scratch.get();
        long p = optBuffer(s, optlen);
        mem.putByteArray(p, optval, 0, optlen);
        return (int) inv.invokeN5(n5, setsockopt, fd, level, optname, p, optlen);
    }

    /** {@code getsockopt(2)} into {@code optval}: the option's length, or -1. */
    public int getsockopt(int fd, int level, int optname, byte[] optval) {
        Scratch s = Scratch.get();
        long p = optBuffer(s, optval.length);
        long lenp = s.small + Scratch.ADDRLEN;
        mem.putInt(lenp, optval.length);
        int r = (int) inv.invokeN5(n5, getsockopt, fd, level, optname, p, lenp);
        if (r < 0) {
            return r;
        }
        int len = Math.min(mem.getInt(lenp), optval.length);
        mem.getByteArray(p, optval, 0, len);
        return len;
    }

    // ---- data

    /** {@code read(2)} into {@code buf[off..off+len)}. */
    public long read(int fd, byte[] buf, int off, int len) {
        long p = Scratch.get().big(len);
        long n = inv.invokeN3(n3, read, fd, p, len);
        if (n > 0) {
            mem.getByteArray(p, buf, off, (int) n);
        }
        return n;
    }

    /** {@code write(2)} of {@code buf[off..off+len)}. */
    public long write(int fd, byte[] buf, int off, int len) {
        long p = Scratch.get().big(len);
        mem.putByteArray(p, buf, off, len);
        return inv.invokeN3(n3, write, fd, p, len);
    }

    public long recv(int fd, byte[] buf, int off, int len, int flags) {
        long p = Scratch.get().big(len);
        long n = inv.invokeN4(n4, recv, fd, p, len, flags);
        if (n > 0) {
            mem.getByteArray(p, buf, off, (int) Math.min(n, len));
        }
        return n;
    }

    public long send(int fd, byte[] buf, int off, int len, int flags) {
        long p = Scratch.get().big(len);
        mem.putByteArray(p, buf, off, len);
        return inv.invokeN4(n4, send, fd, p, len, flags);
    }

    /**
     * {@code recvfrom(2)}; with a non-null {@code from}, fills it and sets its length. The result
     * may exceed {@code len} only with MSG_TRUNC (then only {@code len} bytes are copied).
     */
    public long recvfrom(int fd, byte[] buf, int off, int len, int flags, SockAddr from) {
        Scratch s = Scratch.get();
        long p = s.big(len);
        long n;
        if (from == null) {
            n = inv.invokeN6(n6, recvfrom, fd, p, len, flags, 0, 0);
        } else {
            n = inv.invokeN6(n6, recvfrom, fd, p, len, flags, outAddr(s, from), s.small + Scratch.ADDRLEN);
        }
        if (n >= 0) {
            if (n > 0) {
                mem.getByteArray(p, buf, off, (int) Math.min(n, len));
            }
            if (from != null) {
                takeAddr(s, from);
            }
        }
        return n;
    }

    public long sendto(int fd, byte[] buf, int off, int len, int flags, SockAddr to) {
        Scratch s = Scratch.get();
        long p = s.big(len);
        mem.putByteArray(p, buf, off, len);
        if (to == null) {
            return inv.invokeN6(n6, sendto, fd, p, len, flags, 0, 0);
        }
        return inv.invokeN6(n6, sendto, fd, p, len, flags, putAddr(s, to), to.len());
    }

    // ---- descriptors

    public int close(int fd) {
        return (int) inv.invokeN1(n1, close, fd);
    }

    public int fcntl(int fd, int cmd, int arg) {
        return (int) inv.invokeN3(n3, fcntl, fd, cmd, arg);
    }

    public int dup(int fd) {
        return (int) inv.invokeN1(n1, dup, fd);
    }

    public int dup2(int oldfd, int newfd) {
        return (int) inv.invokeN2(n2, dup2, oldfd, newfd);
    }

    public int pipe(int[] fds) {
        long p = Scratch.get().small + Scratch.INTS;
        int r = (int) inv.invokeN1(n1, pipe, p);
        if (r == 0) {
            fds[0] = mem.getInt(p);
            fds[1] = mem.getInt(p + 4);
        }
        return r;
    }

    public int isatty(int fd) {
        return (int) inv.invokeN1(n1, isatty, fd);
    }

    /** {@code fstat(2)}: the descriptor's {@code st_mode}, or -1. */
    public int fstatMode(int fd) {
        Scratch s = Scratch.get();
        long p = s.small + Scratch.OPT;
        int r = (int) inv.invokeN2(n2, fstat, fd, p);
        return r < 0 ? r : mem.getInt(p + STAT_ST_MODE);
    }

    // ---- select and poll

    private long putSet(long p, FdSet set) {
        if (set == null) {
            return 0;
        }
        for (int i = 0; i < FdSet.WORDS; i++) {
            mem.putLong(p + 8L * i, set.word(i));
        }
        return p;
    }

    private void takeSet(long p, FdSet set) {
        if (set != null) {
            for (int i = 0; i < FdSet.WORDS; i++) {
                set.word(i, mem.getLong(p + 8L * i));
            }
        }
    }

    private long putSigSet(long p, SigSet set) {
        if (set == null) {
            return 0;
        }
        for (int i = 0; i < SigSet.WORDS; i++) {
            mem.putLong(p + 8L * i, set.word(i));
        }
        return p;
    }

    /** {@code select(2)}: rewrites the sets, and the time left into {@code timeout} as Linux does. */
    public int select(int nfds, FdSet readfds, FdSet writefds, FdSet exceptfds, Timeval timeout) {
        Scratch s = Scratch.get();
        long sets = s.small + Scratch.FDSETS;
        long r = putSet(sets, readfds);
        long w = putSet(sets + FD_SET_SIZE, writefds);
        long e = putSet(sets + 2L * FD_SET_SIZE, exceptfds);
        long tv = 0;
        if (timeout != null) {
            tv = s.small + Scratch.TIME;
            mem.putLong(tv, timeout.tvSec());
            mem.putLong(tv + TIMEVAL_TV_USEC, timeout.tvUsec());
        }
        int n = (int) inv.invokeN5(n5, select, nfds, r, w, e, tv);
        if (n >= 0) {
            takeSet(r, readfds);
            takeSet(w, writefds);
            takeSet(e, exceptfds);
        }
        if (timeout != null) {
            timeout.tvSec(mem.getLong(tv)).tvUsec(mem.getLong(tv + TIMEVAL_TV_USEC));
        }
        return n;
    }

    /** {@code pselect(2)}: {@code timeout} is left unchanged, as the call defines. */
    public int pselect(int nfds, FdSet readfds, FdSet writefds, FdSet exceptfds, Timespec timeout, SigSet sigmask) {
        Scratch s = Scratch.get();
        long sets = s.small + Scratch.FDSETS;
        long r = putSet(sets, readfds);
        long w = putSet(sets + FD_SET_SIZE, writefds);
        long e = putSet(sets + 2L * FD_SET_SIZE, exceptfds);
        long ts = 0;
        if (timeout != null) {
            ts = s.small + Scratch.TIME;
            mem.putLong(ts, timeout.tvSec());
            mem.putLong(ts + TIMESPEC_TV_NSEC, timeout.tvNsec());
        }
        long mask = putSigSet(s.small + Scratch.SIGSET, sigmask);
        int n = (int) inv.invokeN6(n6, pselect, nfds, r, w, e, ts, mask);
        if (n >= 0) {
            takeSet(r, readfds);
            takeSet(w, writefds);
            takeSet(e, exceptfds);
        }
        return n;
    }

    /** {@code poll(2)} on the first {@code nfds} entries; sets each entry's {@code revents}. */
    public int poll(PollFd[] fds, int nfds, int timeout) {
        long p = Scratch.get().big((long) nfds * POLLFD_SIZE);
        for (int i = 0; i < nfds; i++) {
            long e = p + (long) i * POLLFD_SIZE;
            mem.putInt(e + POLLFD_FD, fds[i].fd());
            mem.putShort(e + POLLFD_EVENTS, (short) fds[i].events());
            mem.putShort(e + POLLFD_REVENTS, (short) 0);
        }
        int n = (int) inv.invokeN3(n3, poll, p, nfds, timeout);
        if (n >= 0) {
            for (int i = 0; i < nfds; i++) {
                fds[i].revents(mem.getShort(p + (long) i * POLLFD_SIZE + POLLFD_REVENTS));
            }
        }
        return n;
    }

    // ---- signals, processes, limits

    public int sigprocmask(int how, SigSet set, SigSet oldset) {
        Scratch s = Scratch.get();
        long setp = putSigSet(s.small + Scratch.SIGSET, set);
        long oldp = oldset == null ? 0 : s.small + Scratch.SIGSET2;
        int r = (int) inv.invokeN3(n3, sigprocmask, how, setp, oldp);
        if (r == 0 && oldset != null) {
            for (int i = 0; i < SigSet.WORDS; i++) {
                oldset.word(i, mem.getLong(oldp + 8L * i));
            }
        }
        return r;
    }

    /**
     * {@code sigaction(2)} with a native handler address (0 = SIG_DFL, 1 = SIG_IGN), {@code sa_flags}
     * and an empty {@code sa_mask}.
     */
    public int sigaction(int signo, long handler, int flags) {
        long act = Scratch.get().small + Scratch.OPT;
        mem.setMemory(act, SIGACTION_SIZE, (byte) 0);
        mem.putAddress(act + SIGACTION_SA_HANDLER, handler);
        mem.putInt(act + SIGACTION_SA_FLAGS, flags);
        return (int) inv.invokeN3(n3, sigaction, signo, act, 0);
    }

    /** The address of libc's {@code abs}: a native function that is harmless as a signal handler. */
    public long noopHandler() {
        return abs;
    }

    public long pthreadSelf() {
        return inv.invokeN0(n0, pthreadSelf);
    }

    /** {@code pthread_kill(3)}: 0, or the error number (pthread calls do not set errno). */
    public int pthreadKill(long thread, int sig) {
        return (int) inv.invokeN2(n2, pthreadKill, thread, sig);
    }

    public int getpid() {
        return (int) inv.invokeN0(n0, getpid);
    }

    public int getppid() {
        return (int) inv.invokeN0(n0, getppid);
    }

    public int kill(int pid, int sig) {
        return (int) inv.invokeN2(n2, kill, pid, sig);
    }

    public int raise(int sig) {
        return (int) inv.invokeN1(n1, raise, sig);
    }

    /** {@code waitpid(2)}: the pid; {@code status[0]} gets the wait status when one was reaped. */
    public int waitpid(int pid, int[] status, int options) {
        long p = Scratch.get().small + Scratch.INTS;
        mem.putInt(p, 0);
        int r = (int) inv.invokeN3(n3, waitpid, pid, p, options);
        if (r > 0 && status != null) {
            status[0] = mem.getInt(p);
        }
        return r;
    }

    public int alarm(int seconds) {
        return (int) inv.invokeN1(n1, alarm, seconds);
    }

    /** {@code setitimer(2)} with the interval and first expiry in microseconds; no old value. */
    public int setitimer(int which, long intervalUsec, long valueUsec) {
        long p = Scratch.get().small + Scratch.TIME;
        mem.putLong(p, intervalUsec / 1_000_000);
        mem.putLong(p + TIMEVAL_TV_USEC, intervalUsec % 1_000_000);
        mem.putLong(p + ITIMERVAL_IT_VALUE, valueUsec / 1_000_000);
        mem.putLong(p + ITIMERVAL_IT_VALUE + TIMEVAL_TV_USEC, valueUsec % 1_000_000);
        return (int) inv.invokeN3(n3, setitimer, which, p, 0);
    }

    public int sleep(int seconds) {
        return (int) inv.invokeN1(n1, sleep, seconds);
    }

    public int pause() {
        return (int) inv.invokeN0(n0, pause);
    }

    /** {@code _exit(2)}. */
    public void exit(int status) {
        inv.invokeN1(n1, exit, status);
    }

    /** {@code getrlimit(2)} into {@code rlim} (soft, hard). */
    public int getrlimit(int resource, long[] rlim) {
        long p = Scratch.get().small + Scratch.TIME;
        int r = (int) inv.invokeN2(n2, getrlimit, resource, p);
        if (r == 0) {
            rlim[0] = mem.getLong(p);
            rlim[1] = mem.getLong(p + RLIMIT_RLIM_MAX);
        }
        return r;
    }

    public int setrlimit(int resource, long soft, long hard) {
        long p = Scratch.get().small + Scratch.TIME;
        mem.putLong(p, soft);
        mem.putLong(p + RLIMIT_RLIM_MAX, hard);
        return (int) inv.invokeN2(n2, setrlimit, resource, p);
    }

    /** The address of libc's function {@code name}, for callers that need a function pointer. */
    public long symbol(String name) {
        return j.symbol(name);
    }
}
