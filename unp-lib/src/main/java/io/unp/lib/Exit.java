package io.unp.lib;

/**
 * The request to end the program with a status: what C's {@code exit(status)} does.
 *
 * <p>{@link Err#sys} and {@link Err#quit} throw it after printing their message; the launcher
 * ({@link Launcher}) flushes standard output and exits with {@link #status()}. The library itself
 * never calls {@link System#exit}.
 */
public final class Exit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public Exit(int status) {
        super("exit(" + status + ")", null, false, false);
        this.status = status;
    }

    /** The exit status. */
    public int status() {
        return status;
    }
}
