package io.unp.examples.threads;

import static io.unp.lib.Err.quit;
import static io.unp.lib.ReadlineTsd.Readline;
import static io.unp.lib.WrapPthread.Pthread_create;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Open;

import io.unp.abi.Constants;
import io.unp.lib.Pthread;
import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.lib.WrapSock;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * threads/test04: the thread-safe {@code readline} of figures 23.11 and 23.12
 * ({@link io.unp.lib.ReadlineTsd}) under load: each of {@code <#threads>} threads reads
 * {@code <input-file>} five times, line by line, into a file {@code temp.<thread ID>} of the
 * current directory, and prints {@code thread N done}. Every output file is then five copies
 * of the input; with the book's static-buffer {@code readline} (its Makefile's test04b) lines
 * of one thread end up in another's file. The program then waits for a signal forever, as the
 * C does.
 */
public final class Test04 {
    private Test04() {}

    private static String infile; // from argv[1]; read-only by threads

    static Object myfunc(Object ptr) {
        byte[] buf = new byte[Unp.MAXLINE];
        String name = String.format("temp.%d", Pthread.pthreadSelf().id());
        try (OutputStream fpout = fopen(name)) {
            for (int i = 0; i < 5; i++) {
                int fdin = Open(infile, Constants.O_RDONLY, 0);

                int n;
                while ((n = Readline(fdin, buf, buf.length)) > 0) {
                    fpout.write(buf, 0, n);
                }
                Close(fdin);
            }
        } catch (IOException e) {
            throw quit("fclose error: %s", reason(e));
        }

        Stdio.printf("thread %d done\n", Pthread.pthreadSelf().id());
        return null;
    }

    /** {@code Fopen(name, "w+")}. */
    private static OutputStream fopen(String name) {
        try {
            return new FileOutputStream(name);
        } catch (IOException e) {
            throw quit("fopen error: %s", reason(e));
        }
    }

    /** The system's words in a Java I/O message ("temp.12 (Permission denied)"). */
    private static String reason(IOException e) {
        String m = String.valueOf(e.getMessage());
        int open = m.lastIndexOf(" (");
        return open >= 0 && m.endsWith(")") ? m.substring(open + 2, m.length() - 1) : m;
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw quit("usage: test04 <input-file> <#threads>");
        }
        infile = args[0];
        int nthreads = WrapSock.atoi(args[1]);

        for (int i = 0; i < nthreads; i++) {
            Pthread_create(null, Test04::myfunc, null);
        }

        try {
            Sys.pause();
        } catch (ErrnoException e) {
            // a handler ran: pause() returned, and the program exits
        }
    }
}
