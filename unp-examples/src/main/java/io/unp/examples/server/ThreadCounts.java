package io.unp.examples.server;

import io.unp.lib.Stdio;

/** The end of the prethreaded servers' {@code sig_int}: one line per thread. */
final class ThreadCounts {
    private ThreadCounts() {}

    static void print(ThreadInfo[] tptr) {
        for (int i = 0; i < tptr.length; i++) {
            Stdio.printf("thread %d, %d connections\n", i, tptr[i].threadCount);
        }
    }
}
