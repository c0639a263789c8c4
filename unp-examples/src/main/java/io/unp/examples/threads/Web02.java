package io.unp.examples.threads;

import static io.unp.examples.threads.WebFiles.F_CONNECTING;
import static io.unp.examples.threads.WebFiles.F_DONE;
import static io.unp.examples.threads.WebFiles.F_JOINED;
import static io.unp.examples.threads.WebFiles.file;
import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapPthread.Pthread_create;
import static io.unp.lib.WrapPthread.Pthread_join;
import static io.unp.lib.WrapPthread.Pthread_mutex_lock;
import static io.unp.lib.WrapPthread.Pthread_mutex_unlock;

import io.unp.lib.PthreadMutex;
import io.unp.lib.PthreadT;
import io.unp.lib.Stdio;
import io.unp.lib.WrapSock;

/**
 * threads/web02 (section 23.8): web01 without {@code thr_join}: each thread counts itself done
 * in {@code ndone} under a mutex, and the main thread polls the counter, joining every thread
 * whose file is {@code F_DONE}. The polling loop spins (the C yields with Solaris's
 * {@code thr_yield}; here {@link Thread#yield}) and eats a processor while it waits: the
 * problem the condition variable of web03 solves.
 *
 * <p>One change from the C: a thread marks its file {@code F_DONE} while holding the mutex,
 * together with {@code ndone++}. The C sets the flag first and then waits for the mutex; if
 * the main thread, holding the mutex, sees the flag in that moment, it joins a thread that is
 * waiting for the mutex the main thread holds, and both wait forever (the third edition has
 * the same code). web03 gets the same change.
 */
public final class Web02 {
    private Web02() {}

    static int ndone; // number of terminated threads, guarded by the mutex
    static final PthreadMutex ndoneMutex = new PthreadMutex();

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

                PthreadT tid = Pthread_create(null, Web02::doGetRead, file[i]);
                Stdio.printf("created thread %d\n", tid.id());
                file[i].fTid = tid.id();
                file[i].fFlags = F_CONNECTING;
                nconn++;
                nlefttoconn--;
            }
            Thread.yield(); // thr_yield()

            // see if one of the threads is done
            Pthread_mutex_lock(ndoneMutex);
            if (ndone > 0) {
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
                        Stdio.printf("thread id %d for %s done\n", file[i].fTid, fptr.fName);
                    }
                }
            }
            Pthread_mutex_unlock(ndoneMutex);
        }
    }

    /** {@code do_get_read}, then {@code F_DONE} and {@code ndone++} under the mutex. */
    private static Object doGetRead(Object vptr) {
        WebFiles.File fptr = WebFiles.doGetRead((WebFiles.File) vptr);

        Pthread_mutex_lock(ndoneMutex);
        fptr.fFlags = F_DONE; // clears F_READING; under the mutex, see the class comment
        ndone++;
        Pthread_mutex_unlock(ndoneMutex);

        return fptr; // terminate thread
    }
}
