package io.unp.sys.ffi;

import java.nio.ByteBuffer;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;

/**
 * The libc entry points unp-lib calls, as jnr-ffi binds them.
 *
 * <p>Socket addresses and option values travel as {@code byte[]} laid out as the kernel's
 * structures; {@code socklen_t *} arguments are one-element {@code int[]}. Nothing outside
 * this package sees this interface: {@link io.unp.sys.Sys} is the Java face of each call.
 */
public interface LibC {
    int socket(int domain, int type, int protocol);

    int socketpair(int domain, int type, int protocol, @Out int[] sv);

    int bind(int fd, @In byte[] addr, int addrlen);

    int listen(int fd, int backlog);

    int accept(int fd, @Out byte[] addr, @In @Out int[] addrlen);

    int connect(int fd, @In byte[] addr, int addrlen);

    long read(int fd, @Out ByteBuffer buf, long count);

    long write(int fd, @In ByteBuffer buf, long count);

    long recv(int fd, @Out ByteBuffer buf, long len, int flags);

    long send(int fd, @In ByteBuffer buf, long len, int flags);

    // ---- UDP (chapter 8)

    long recvfrom(int fd, @Out ByteBuffer buf, long len, int flags, @Out byte[] srcAddr, @In @Out int[] addrlen);

    long sendto(int fd, @In ByteBuffer buf, long len, int flags, @In byte[] destAddr, int addrlen);

    int close(int fd);

    int shutdown(int fd, int how);

    int getsockname(int fd, @Out byte[] addr, @In @Out int[] addrlen);

    int getpeername(int fd, @Out byte[] addr, @In @Out int[] addrlen);

    int setsockopt(int fd, int level, int optname, @In byte[] optval, int optlen);

    int getsockopt(int fd, int level, int optname, @Out byte[] optval, @In @Out int[] optlen);

    int fcntl(int fd, int cmd, int arg);

    int dup(int fd);

    int dup2(int oldfd, int newfd);

    int pipe(@Out int[] fds);

    int getpid();

    int getppid();

    int kill(int pid, int sig);

    int raise(int sig);

    int waitpid(int pid, @Out int[] status, int options);

    int alarm(int seconds);

    int setitimer(int which, @In byte[] newValue, @Out byte[] oldValue);

    int sleep(int seconds);

    int sigaction(int signum, @In byte[] act, @Out byte[] oldact);

    long pthread_self();

    int pthread_kill(long thread, int sig);

    int isatty(int fd);

    int fstat(int fd, @Out byte[] statbuf);

    void _exit(int status);

    // ---- select and poll (chapter 6)

    int select(int nfds, @In @Out long[] readfds, @In @Out long[] writefds, @In @Out long[] exceptfds,
            @In @Out long[] timeout);

    int pselect(int nfds, @In @Out long[] readfds, @In @Out long[] writefds, @In @Out long[] exceptfds,
            @In long[] timeout, @In long[] sigmask);

    int poll(@In @Out int[] fds, long nfds, int timeout);

    int sigprocmask(int how, @In long[] set, @Out long[] oldset);

    int getrlimit(int resource, @Out long[] rlim);

    int setrlimit(int resource, @In long[] rlim);

    int pause();
}
