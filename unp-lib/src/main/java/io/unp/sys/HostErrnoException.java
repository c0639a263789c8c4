package io.unp.sys;
import io.unp.abi.Constants;

/**
 * {@code gethostbyname}, {@code gethostbyname2} or {@code gethostbyaddr} failed: carries the
 * call's name and its {@code h_errno} ({@link Constants#HOST_NOT_FOUND}, {@link Constants#TRY_AGAIN},
 * {@link Constants#NO_RECOVERY}, {@link Constants#NO_DATA}, or {@link Constants#NETDB_INTERNAL}
 * with the cause in {@link #errno()}).
 *
 * <p>The message is glibc's {@code hstrerror} text ("Unknown host"), what the book's
 * programs print: {@code "gethostbyname error for host: %s: %s"}.
 */
public final class HostErrnoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final int hErrno;
    private final int errno;

    /**
     * @param call the failing call, as named in C
     * @param hErrno the h_errno value
     * @param text the {@code hstrerror} text for {@code hErrno}
     * @param errno the errno for NETDB_INTERNAL, else 0
     */
    public HostErrnoException(String call, int hErrno, String text, int errno) {
        super(text, null, false, ErrnoException.STACK_TRACES);
        this.call = call;
        this.hErrno = hErrno;
        this.errno = errno;
    }

    /** The failing call ("gethostbyname", "gethostbyname2", "gethostbyaddr"). */
    public String call() {
        return call;
    }

    /** The h_errno value. */
    public int hErrno() {
        return hErrno;
    }

    /** The errno behind {@link Constants#NETDB_INTERNAL}, else 0. */
    public int errno() {
        return errno;
    }
}
