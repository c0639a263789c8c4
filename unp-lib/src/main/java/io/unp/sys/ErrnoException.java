package io.unp.sys;
import io.unp.abi.Errno;

/**
 * A system call failed: carries the call's name and its {@code errno}.
 *
 * <p>Every failing method of {@link Sys} throws this, built in one place, so a caller can
 * branch on {@link #errno()} ({@code EINTR}, {@code EWOULDBLOCK}, {@code EINPROGRESS}) without
 * matching strings. The message is {@code "connect: Connection refused"}.
 */
public final class ErrnoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final int code;

    /** {@code UNP_DEBUG=1}: record where each failure was thrown (else no stack trace is taken, as it is never shown). */
    static final boolean STACK_TRACES = "1".equals(System.getenv("UNP_DEBUG"));

    public ErrnoException(String call, int code) {
        super(call + ": " + Errno.strerror(code), null, false, STACK_TRACES);
        this.call = call;
        this.code = code;
    }

    /** The failing call, as named in C ({@code "accept"}). */
    public String call() {
        return call;
    }

    /** The errno as a constant ({@link Errno#UNKNOWN} for numbers the table lacks). */
    public Errno errno() {
        return Errno.of(code);
    }

    /** The raw errno number. */
    public int code() {
        return code;
    }

    /** True if this is the given error. */
    public boolean is(Errno e) {
        return code == e.code();
    }
}
