package io.unp.lib;

/**
 * {@code pthread_once_t}: {@code new PthreadOnce()} is {@code PTHREAD_ONCE_INIT}. The
 * {@code java.util.concurrent} way is a holder class or a {@code static final} field, which
 * the JVM initialises once, on first use, whichever thread gets there first.
 */
public final class PthreadOnce {
    /** Guarded by this object. */
    boolean done;

    /** {@code PTHREAD_ONCE_INIT}. */
    public PthreadOnce() {}
}
