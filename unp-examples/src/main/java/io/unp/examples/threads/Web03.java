package io.unp.examples.threads;

import static io.unp.examples.threads.WebFiles.F_CONNECTING;
import static io.unp.examples.threads.WebFiles.F_DONE;
import static io.unp.examples.threads.WebFiles.F_JOINED;
import static io.unp.examples.threads.WebFiles.file;
import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapPthread.Pthread_cond_signal;
import static io.unp.lib.WrapPthread.Pthread_cond_wait;
import static io.unp.lib.WrapPthread.Pthread_create;
import static io.unp.lib.WrapPthread.Pthread_join;
import static io.unp.lib.WrapPthread.Pthread_mutex_lock;
import static io.unp.lib.WrapPthread.Pthread_mutex_unlock;

import io.unp.lib.PthreadCond;
import io.unp.lib.PthreadMutex;
import io.unp.lib.PthreadT;
import io.unp.lib.Stdio;
import io.unp.lib.WrapSock;

/**
 * threads/web03 (section 23.9): web02 with a condition variable: a thread that ends counts
 * itself in {@code ndone} and signals {@code ndone_cond}; the main thread sleeps in
 * {@code pthread_cond_wait} until {@code ndone} is nonzero, then joins every finished thread.
 * No polling, no processor spent waiting.
 *
 * <p>As in web02, a thread sets {@code F_DONE} under the mutex; the C sets it before taking
 * the mutex, and the main thread can then join, while holding the mutex, a thread that waits
 * for it: with the C's order the port hung in 3 runs of 10 here (a thread dump shows main in
 * {@code pthread_join} and the thread in {@code pthread_mutex_lock}).
 */
public final class Web03 {
    private Web03() {}

    static int ndone; // number of terminated threads, guarded by the mutex
    static final PthreadMutex ndoneMutex = new PthreadMutex();
    static final PthreadCond ndoneCond = new PthreadCond();

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

                PthreadT tid = Pthread_create(null, Web03::doGetRead, file[i]);
                file[i].fTid = tid.id();
                file[i].fFlags = F_CONNECTING;
                nconn++;
                nlefttoconn--;
            }

            // wait for one of the threads to terminate
            Pthread_mutex_lock(ndoneMutex);
            while (ndone == 0) {
                Pthread_cond_wait(ndoneCond, ndoneMutex);
            }

            for (int i = 0; i < nfiles; i++) {
                if ((file[i].fFlags & F_DONE) != 0) {
                    WebFiles.File fptr = (WebFiles.File) Pthread_join(file[i].fTid);

                    if (file[i] != fptr) {
                        throw quit("file[i] != fptr");
                    }
                    fptr.fFlags = F_JOINED; // clears F_DONE
                    ndone--;
                    nconn--;
                    nlefttoread--;
                    Stdio.printf("thread %d for %s done\n", fptr.fTid, fptr.fName);
                }
            }
            Pthread_mutex_unlock(ndoneMutex);
        }
    }

    /** {@code do_get_read}, then {@code F_DONE}, {@code ndone++} and a signal, under the mutex. */
    private static Object doGetRead(Object vptr) {
        WebFiles.File fptr = WebFiles.doGetRead((WebFiles.File) vptr);

        Pthread_mutex_lock(ndoneMutex);
        fptr.fFlags = F_DONE; // clears F_READING; under the mutex, see the class comment
        ndone++;
        Pthread_cond_signal(ndoneCond);
        Pthread_mutex_unlock(ndoneMutex);

        return fptr; // terminate thread
    }
}
