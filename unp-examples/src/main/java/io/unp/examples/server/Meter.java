package io.unp.examples.server;

import io.unp.lib.SharedMemory;

/**
 * server/meter.c: an array of {@code nchildren} longs in memory the parent shares with its
 * preforked children, each child counting the clients it served in its own slot (serv02m,
 * serv03m).
 *
 * <p>The C maps it {@code MAP_ANON | MAP_SHARED} (or {@code /dev/zero}) before forking, and the
 * children find it at the same address through the copy {@code fork} made. A child JVM starts
 * with an empty address space, so the array lives in a {@link SharedMemory} (a memfd): the parent
 * passes its descriptor to each child, which maps it again with {@link #attach}.
 */
final class Meter {
    private Meter() {}

    /** {@code meter}: zeroed shared memory for {@code nchildren} counters. */
    static SharedMemory meter(int nchildren) {
        return SharedMemory.Create((long) nchildren * Long.BYTES);
    }

    /** In a child: the parent's counters, through the descriptor it passed. */
    static SharedMemory attach(int fd) {
        return SharedMemory.Attach(fd);
    }
}
