package io.unp.examples.threads;

import static io.unp.examples.threads.WebFiles.F_CONNECTING;
import static io.unp.examples.threads.WebFiles.file;
import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapPthread.Pthread_create;

import io.unp.lib.Pthread;
import io.unp.lib.PthreadT;
import io.unp.lib.Stdio;
import io.unp.lib.WrapSock;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * threads/web01 (section 23.6): the web client of section 15.5 with a thread per file instead
 * of nonblocking connects: fetches the home page, then up to {@code <#conns>} files at a time,
 * starting another thread each time one ends.
 *
 * <p>To wait for "any thread" the C calls Solaris's {@code thr_join(0, ...)}: POSIX has no such
 * call, which is why the C builds only on Solaris; the port provides it
 * ({@link Pthread#thrJoinAny}). web03 does the same with a condition variable.
 */
public final class Web01 {
    private Web01() {}

    public static void main(String[] args) {
        if (args.length < 4) {
            throw quit("usage: web <#conns> <IPaddr> <homepage> file1 ...");
        }
        int maxnconn = WrapSock.atoi(args[0]);

        int nfiles = WebFiles.setup(args);

        WebFiles.homePage(args[1], args[2]);

        int nlefttoread = nfiles;
        int nlefttoconn = nfiles;
        int nconn = 0;
        while (nlefttoread > 0) {
            while (nconn < maxnconn && nlefttoconn > 0) {
                // find a file to read
                int i = WebFiles.nextFile(nfiles, nlefttoconn);

                PthreadT tid = Pthread_create(null, Web01::doGetRead, file[i]);
                file[i].fTid = tid.id();
                file[i].fFlags = F_CONNECTING;
                nconn++;
                nlefttoconn--;
            }

            Object[] fptr = new Object[1];
            PthreadT tid;
            try {
                tid = Pthread.thrJoinAny(fptr);
            } catch (ErrnoException e) {
                Sys.setErrno(e.code());
                throw io.unp.lib.Err.sys("thr_join error");
            }

            nconn--;
            nlefttoread--;
            Stdio.printf("thread id %d for %s done\n", tid.id(), ((WebFiles.File) fptr[0]).fName);
        }
    }

    /** {@code do_get_read}: the thread's exit status is its file. */
    private static Object doGetRead(Object vptr) {
        WebFiles.File fptr = WebFiles.doGetRead((WebFiles.File) vptr);
        fptr.fFlags = WebFiles.F_DONE; // clears F_READING
        return fptr; // terminate thread
    }
}
