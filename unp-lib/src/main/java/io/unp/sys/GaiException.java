package io.unp.sys;
import io.unp.abi.Constants;

/**
 * {@code getaddrinfo} or {@code getnameinfo} failed: carries the call's name, its
 * {@code EAI_*} code and, for {@link Constants#EAI_SYSTEM}, the {@code errno}.
 *
 * <p>The message is glibc's {@code gai_strerror} text for the code ("Name or service not
 * known"), what the book's programs print after their own words
 * ({@code "tcp_connect error for %s, %s: %s"}).
 */
public final class GaiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String call;
    private final int code;
    private final int errno;

    /**
     * @param call "getaddrinfo" or "getnameinfo"
     * @param code the EAI_* value the call returned (negative, as glibc's)
     * @param text the {@code gai_strerror} text for {@code code}
     * @param errno the errno for EAI_SYSTEM, else 0
     */
    public GaiException(String call, int code, String text, int errno) {
        super(text, null, false, ErrnoException.STACK_TRACES);
        this.call = call;
        this.code = code;
        this.errno = errno;
    }

    /** The failing call: "getaddrinfo" or "getnameinfo". */
    public String call() {
        return call;
    }

    /** The EAI_* code ({@link Constants#EAI_NONAME}, ...). */
    public int code() {
        return code;
    }

    /** The errno behind {@link Constants#EAI_SYSTEM}, 0 for other codes. */
    public int errno() {
        return errno;
    }

    /** True if the call returned this EAI_* code. */
    public boolean is(int eaiCode) {
        return code == eaiCode;
    }
}
