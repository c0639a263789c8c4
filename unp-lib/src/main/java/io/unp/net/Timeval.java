package io.unp.net;

/**
 * C's {@code struct timeval} for {@code SO_RCVTIMEO} and {@code SO_SNDTIMEO} (and
 * {@code select}): seconds and microseconds, each a {@code long} on Linux x86_64.
 *
 * @param tvSec {@code tv_sec}
 * @param tvUsec {@code tv_usec}
 */
public record Timeval(long tvSec, long tvUsec) {
    /** {@code sizeof(struct timeval)} on Linux x86_64. */
    public static final int SIZE = 16;
}
