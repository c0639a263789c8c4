package io.unp.net;

import io.unp.abi.Layouts;
/**
 * C's {@code struct linger} for {@code SO_LINGER}: {@code l_onoff} (non-zero: linger on close)
 * and {@code l_linger} (how long, in seconds).
 *
 * @param lOnoff {@code l_onoff}
 * @param lLinger {@code l_linger}, seconds
 */
public record Linger(int lOnoff, int lLinger) {
    /** {@code sizeof(struct linger)}: two {@code int}s. */
    public static final int SIZE = Layouts.LINGER_SIZE;
}
