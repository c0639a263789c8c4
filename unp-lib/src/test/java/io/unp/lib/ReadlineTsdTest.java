package io.unp.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unp.abi.Constants;
import io.unp.sys.Sys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The thread-specific-data readline of figures 23.11 and 23.12: each thread reads through a
 * buffer of its own, freed by the key's destructor when the thread ends; the buffer belongs to
 * the thread, not the descriptor.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ReadlineTsdTest {

    private static String line(int fd) {
        byte[] buf = new byte[Unp.MAXLINE];
        int n = ReadlineTsd.readline(fd, buf, buf.length);
        return new String(buf, 0, n, StandardCharsets.ISO_8859_1);
    }

    @Test
    void threadsReadingAtOnceEachGetTheirOwnLinesAndTheirBufferIsFreedAtExit() {
        try (Fds fds = new Fds()) {
            int nthreads = 6;
            List<int[]> pairs = new ArrayList<>();
            for (int i = 0; i < nthreads; i++) {
                int[] sv = fds.socketpair();
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < 300; k++) {
                    text.append("thread ").append(i).append(" line ").append(k).append('\n');
                }
                Fds.write(sv[1], text.toString());
                Sys.shutdown(sv[1], Constants.SHUT_WR);
                pairs.add(sv);
            }
            long freedBefore = ReadlineTsd.buffersFreed();
            List<PthreadT> ts = new ArrayList<>();
            for (int i = 0; i < nthreads; i++) {
                int fd = pairs.get(i)[0];
                int me = i;
                ts.add(Pthread.pthreadCreate(null, arg -> {
                    int k = 0;
                    String l;
                    while (!(l = line(fd)).isEmpty()) {
                        if (!l.equals("thread " + me + " line " + k + "\n")) {
                            return "line " + k + " was " + l;
                        }
                        k++;
                    }
                    return k;
                }, null));
            }
            for (PthreadT t : ts) {
                assertEquals(300, Pthread.pthreadJoin(t));
            }
            assertEquals(nthreads, ReadlineTsd.buffersFreed() - freedBefore, "one buffer per thread, freed at its exit");
        }
    }

    @Test
    void theBufferIsTheThreadsSoAlternatingDescriptorsMixesThemAsInC() {
        try (Fds fds = new Fds()) {
            int[] a = fds.socketpair();
            int[] b = fds.socketpair();
            Fds.write(a[1], "a1\na2\n");
            Fds.write(b[1], "b1\n");
            PthreadT t = Pthread.pthreadCreate(null, arg -> line(a[0]) + line(b[0]), null);
            assertEquals("a1\na2\n", Pthread.pthreadJoin(t), "readline(b) returned a's buffered line");
        }
    }
}
