package io.unp.abi;

/** Thrown when libc cannot be reached through jnr-ffi: says why in one line. */
public final class NativeUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NativeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
