package io.unp.examples.threads;

import static io.unp.lib.Err.quit;

import io.unp.lib.StrCliThread;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * threads/strclithread2.c, linked by tcpcli02: the threaded {@code str_cli} whose
 * {@code copyto} thread sets a {@code done} flag once it has sent the FIN; if the server's
 * end of file comes first, the server terminated prematurely.
 */
final class StrCliThread2 {
    private StrCliThread2() {}

    static void strCli(InputStream fp, int sockfd) {
        AtomicBoolean done = new AtomicBoolean();

        StrCliThread.strCli(fp, sockfd, done);

        if (!done.get()) {
            throw quit("server terminated prematurely");
        }
    }
}
