package io.unp.lib;

import io.unp.abi.Errno;
import io.unp.abi.NativeUnavailableException;
import io.unp.abi.Timespec;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * The POSIX thread calls of the book's chapter 23 as thin helpers over Java threads (the JVM
 * runs every Java thread on a POSIX thread of its own): {@code pthread_create},
 * {@code pthread_join}, {@code pthread_detach}, {@code pthread_self}, {@code pthread_kill},
 * {@code pthread_exit}, mutexes, condition variables, {@code pthread_once} and thread-specific
 * data. {@link WrapPthread} holds the book's capitalised wrappers.
 *
 * <p>Errors: like the C functions, which return an error number instead of setting
 * {@code errno}, these throw an {@link ErrnoException} carrying the number and leave this
 * thread's {@link Sys#errno()} alone; the wrappers set it and end the program, as the book's
 * {@code errno = n; err_sys(...)}.
 *
 * <p>Side by side with {@code java.util.concurrent} (docs/chapter23.md has the full table):
 * {@code pthread_create}/{@code pthread_join} are {@link Thread#start()}/{@link Thread#join()}
 * or an {@code ExecutorService} and its {@code Future}; a mutex is a {@code ReentrantLock} or
 * {@code synchronized}; a condition variable is a {@code Condition}; {@code pthread_once} is a
 * lazily initialised holder class; thread-specific data is a {@link ThreadLocal}.
 */
public final class Pthread {
    private Pthread() {}

    /** {@code PTHREAD_CREATE_JOINABLE}. */
    public static final int PTHREAD_CREATE_JOINABLE = 0;
    /** {@code PTHREAD_CREATE_DETACHED}. */
    public static final int PTHREAD_CREATE_DETACHED = 1;
    /** {@code PTHREAD_PROCESS_PRIVATE}. */
    public static final int PTHREAD_PROCESS_PRIVATE = 0;
    /** {@code PTHREAD_PROCESS_SHARED}. */
    public static final int PTHREAD_PROCESS_SHARED = 1;
    /** {@code PTHREAD_KEYS_MAX}: how many thread-specific data keys a process may create (glibc's 1024). */
    public static final int PTHREAD_KEYS_MAX = 1024;
    /** {@code PTHREAD_DESTRUCTOR_ITERATIONS}: rounds of destructor calls at thread exit (glibc's 4). */
    public static final int PTHREAD_DESTRUCTOR_ITERATIONS = 4;

    /** A thread's start function: C's {@code void *(*func)(void *)}. */
    @FunctionalInterface
    public interface StartRoutine {
        Object run(Object arg);
    }

    /**
     * {@code UNP_THREADS=virtual} in the environment: threads created with default attributes
     * are virtual threads (Java 21 and later), for trying the book's threaded programs on them
     * (docs/chapter23.md says what happens: a virtual thread blocked in a native call keeps
     * its carrier).
     */
    private static final boolean VIRTUAL_BY_DEFAULT = "virtual".equals(System.getenv("UNP_THREADS"));
    /**
     * {@code UNP_THREADS=new}: every platform thread is a new JVM thread, none is taken from
     * the {@link ThreadCache} (to see what a JVM thread start costs: docs/chapter27.md).
     */
    private static final boolean CACHED = !"new".equals(System.getenv("UNP_THREADS"));

    /** The lock of every thread's bookkeeping (joined, detached, terminated, departed). */
    static final Object LOCK = new Object();
    /** Threads by number, until joined or, detached, until they end. */
    private static final Map<Long, PthreadT> THREADS = new ConcurrentHashMap<>();
    /** Joinable threads that have ended and nobody has joined yet, oldest first (for thr_join). Guarded by LOCK. */
    private static final ArrayDeque<PthreadT> DEPARTED = new ArrayDeque<>();
    private static final ThreadLocal<PthreadT> CURRENT = new ThreadLocal<>();

    private static ErrnoException error(String call, Errno e) {
        return new ErrnoException(call, e.code());
    }

    // ---- threads

    /**
     * {@code pthread_create}: starts a thread that runs {@code func.run(arg)}; what it returns
     * is the thread's exit status for {@link #pthreadJoin}. With a null {@code attr} the
     * thread is a joinable platform thread (a virtual one under {@code UNP_THREADS=virtual}).
     *
     * <p>A platform thread whose start routine ended detached waits a moment for the next
     * {@code pthread_create} before it ends ({@link ThreadCache}: a JVM thread costs several
     * times a C thread to start): the new thread then runs there, with a new {@link PthreadT}
     * that may have the number of the ended one, as glibc reuses an ended thread's
     * {@code pthread_t}. {@code UNP_THREADS=new} turns that off.
     *
     * @return the new thread
     * @throws ErrnoException EAGAIN when the system cannot start another thread (the JVM's
     *     "unable to create native thread"); like glibc's, the failure also leaves
     *     {@code errno} at EAGAIN. ENOTSUP for a virtual thread on a JVM before Java 21.
     */
    public static PthreadT pthreadCreate(PthreadAttr attr, StartRoutine func, Object arg) {
        boolean detached = attr != null && attr.detached;
        PthreadT[] self = new PthreadT[1];
        boolean virtual = attr != null ? attr.virtual : VIRTUAL_BY_DEFAULT;
        ThreadCache.Job job = () -> run(self[0], func, arg);
        Runnable body = job::run;
        ThreadCache.Worker worker = virtual || !CACHED ? null : ThreadCache.reserve();
        Thread t = worker != null ? worker.thread : virtual ? VirtualThreads.unstarted(body) : new Thread(body);
        PthreadT tid = new PthreadT(t);
        tid.created = true;
        self[0] = tid;
        tid.detached = detached;
        THREADS.put(tid.id(), tid);
        try {
            if (worker != null) {
                worker.hand(job);
            } else {
                t.start();
            }
        } catch (OutOfMemoryError e) { // "unable to create native thread: possibly out of memory or process/resource limits reached"
            THREADS.remove(tid.id());
            Sys.setErrno(Errno.EAGAIN.code());
            throw error("pthread_create", Errno.EAGAIN);
        }
        return tid;
    }

    /**
     * The body of every thread {@link #pthreadCreate} starts.
     *
     * @return whether the Java thread may run another start routine: the routine returned (or
     *     called pthread_exit), the thread was detached when it ended (nobody will join the Java
     *     thread) and it left no signal state behind
     */
    private static boolean run(PthreadT self, StartRoutine func, Object arg) {
        CURRENT.set(self);
        self.markStarted(nativeSelf());
        Object result = null;
        try {
            result = func.run(arg);
        } catch (ExitThread e) {
            result = e.value;
        } finally {
            ThreadSpecific.runDestructors();
            terminated(self, result);
        }
        return self.detached() && Sys.recycleThread();
    }

    private static void terminated(PthreadT t, Object result) {
        synchronized (LOCK) {
            t.result = result;
            t.terminated = true;
            if (t.detached) {
                THREADS.remove(t.id());
            } else if (!t.joinClaimed) {
                DEPARTED.add(t);
            }
            LOCK.notifyAll();
        }
    }

    private static long nativeSelf() {
        try {
            return Sys.pthreadSelfNative();
        } catch (NativeUnavailableException e) {
            return 0; // threads work without native access; only pthread_kill needs it
        }
    }

    /**
     * {@code pthread_join}: waits for {@code tid} to end and returns what its start routine
     * returned (C's {@code *status}).
     *
     * @throws ErrnoException EDEADLK when a thread joins itself; EINVAL when {@code tid} is
     *     detached or another thread is already joining it; ESRCH when it was already joined
     */
    public static Object pthreadJoin(PthreadT tid) {
        if (tid.thread == Thread.currentThread()) {
            throw error("pthread_join", Errno.EDEADLK);
        }
        synchronized (LOCK) {
            if (tid.detached) {
                throw error("pthread_join", Errno.EINVAL);
            }
            if (tid.joinClaimed) {
                throw error("pthread_join", tid.joined ? Errno.ESRCH : Errno.EINVAL);
            }
            tid.joinClaimed = true;
            DEPARTED.remove(tid);
        }
        return joined(tid);
    }

    /**
     * {@code pthread_join} by number, for code that kept only the number (the book's
     * {@code int f_tid}) or made one up; only threads {@link #pthreadCreate} started have one.
     *
     * @throws ErrnoException ESRCH when no joinable thread has that number (C on Linux may
     *     crash instead: glibc takes the number for the address of a thread descriptor)
     */
    public static Object pthreadJoin(long tid) {
        PthreadT t = THREADS.get(tid);
        if (t == null) {
            throw error("pthread_join", Errno.ESRCH);
        }
        return pthreadJoin(t);
    }

    /**
     * Solaris's {@code thr_join(0, &departed, &status)}, which the book's web01 uses: waits for
     * any joinable thread to end and joins it. POSIX has no such call (section 23.9).
     *
     * @return the thread that ended; its {@link #pthreadJoin} result is in {@code status[0]}
     * @throws ErrnoException ESRCH when there is no joinable thread to wait for
     */
    public static PthreadT thrJoinAny(Object[] status) {
        PthreadT t;
        synchronized (LOCK) {
            while (DEPARTED.isEmpty()) {
                if (!anyJoinableRunning()) {
                    throw error("thr_join", Errno.ESRCH);
                }
                try {
                    LOCK.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw error("thr_join", Errno.EINTR);
                }
            }
            t = DEPARTED.poll();
            t.joinClaimed = true;
        }
        Object result = joined(t);
        if (status != null && status.length > 0) {
            status[0] = result;
        }
        return t;
    }

    /** The end of a join: waits for the Java thread itself, forgets the number, returns the status. */
    private static Object joined(PthreadT t) {
        joinUninterruptibly(t.thread);
        synchronized (LOCK) {
            t.joined = true;
        }
        THREADS.remove(t.id());
        return t.result;
    }

    private static boolean anyJoinableRunning() {
        for (PthreadT t : THREADS.values()) {
            if (!t.detached && !t.joinClaimed && !t.terminated && t.thread != Thread.currentThread()) {
                return true;
            }
        }
        return false;
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code pthread_detach}: nobody will join {@code tid}; its bookkeeping goes when it ends.
     *
     * @throws ErrnoException EINVAL when it is already detached or being joined
     */
    public static void pthreadDetach(PthreadT tid) {
        synchronized (LOCK) {
            if (tid.detached || tid.joinClaimed) {
                throw error("pthread_detach", Errno.EINVAL);
            }
            tid.detached = true;
            if (tid.terminated) {
                DEPARTED.remove(tid);
                THREADS.remove(tid.id());
            }
        }
    }

    /**
     * {@code pthread_self}: the calling thread. A thread that {@link #pthreadCreate} did not
     * start (the main thread, a pool's thread) gets its {@link PthreadT} on its first call.
     */
    public static PthreadT pthreadSelf() {
        PthreadT t = CURRENT.get();
        if (t == null) {
            t = new PthreadT(Thread.currentThread());
            t.markStarted(nativeSelf());
            CURRENT.set(t);
        }
        return t;
    }

    /** {@code pthread_equal}. */
    public static boolean pthreadEqual(PthreadT a, PthreadT b) {
        return a.id() == b.id();
    }

    /**
     * {@code pthread_exit}: ends the calling thread, which {@link #pthreadCreate} started, with
     * {@code value} as its exit status (the thread-specific data destructors run, as in C).
     * Java unwinds the stack to get there: {@code finally} blocks run on the way out.
     *
     * @throws IllegalStateException in a thread {@link #pthreadCreate} did not start
     */
    public static void pthreadExit(Object value) {
        PthreadT me = CURRENT.get();
        if (me == null || !me.created) {
            throw new IllegalStateException("pthread_exit outside a thread started by pthread_create");
        }
        throw new ExitThread(value);
    }

    /** The unwinding of {@link #pthreadExit}; an Error so that {@code catch (Exception e)} does not stop it. */
    private static final class ExitThread extends Error {
        private static final long serialVersionUID = 1L;
        final transient Object value;

        ExitThread(Object value) {
            super("pthread_exit", null, false, false);
            this.value = value;
        }
    }

    /**
     * {@code pthread_kill}: sends {@code signo} to the POSIX thread under {@code tid} (0 only
     * checks that the thread exists). The JVM's own handler catches it there and runs the Java
     * handler ({@link io.unp.sys.Signals}) on a thread of its own.
     *
     * @throws ErrnoException ESRCH when the thread has ended; EINVAL for a bad signal number
     */
    public static void pthreadKill(PthreadT tid, int signo) {
        if (signo < 0 || signo >= io.unp.abi.Constants.NSIG) {
            throw error("pthread_kill", Errno.EINVAL);
        }
        long nat = tid.nativeId();
        if (!tid.thread.isAlive() || nat == 0 || tid.terminated()) {
            throw error("pthread_kill", Errno.ESRCH);
        }
        if (signo != 0) {
            Sys.pthreadKillNative(nat, signo);
        }
    }

    // ---- mutexes

    /**
     * {@code pthread_mutex_init}: makes {@code attr}'s mutex; a process-shared one (chapter 27)
     * cannot be a Java lock, which lives in one JVM.
     *
     * @throws ErrnoException ENOTSUP for {@link #PTHREAD_PROCESS_SHARED}
     */
    public static PthreadMutex pthreadMutexInit(PthreadMutexattr attr) {
        if (attr != null && attr.pshared == PTHREAD_PROCESS_SHARED) {
            throw error("pthread_mutex_init", Errno.ENOTSUP);
        }
        return new PthreadMutex();
    }

    /** {@code pthread_mutexattr_setpshared}: {@link #PTHREAD_PROCESS_PRIVATE} or {@link #PTHREAD_PROCESS_SHARED}. */
    public static void pthreadMutexattrSetpshared(PthreadMutexattr attr, int pshared) {
        if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED) {
            throw error("pthread_mutexattr_setpshared", Errno.EINVAL);
        }
        attr.pshared = pshared;
    }

    /**
     * {@code pthread_mutex_lock}: waits until this thread holds {@code m}.
     *
     * @throws ErrnoException EDEADLK when this thread already holds it (an error-checking
     *     mutex; a default glibc mutex would deadlock)
     */
    public static void pthreadMutexLock(PthreadMutex m) {
        if (m.lock.isHeldByCurrentThread()) {
            throw error("pthread_mutex_lock", Errno.EDEADLK);
        }
        m.lock.lock();
    }

    /**
     * {@code pthread_mutex_trylock}: takes {@code m} if it is free.
     *
     * @throws ErrnoException EBUSY when another thread holds it; EDEADLK when this one does
     */
    public static void pthreadMutexTrylock(PthreadMutex m) {
        if (m.lock.isHeldByCurrentThread()) {
            throw error("pthread_mutex_trylock", Errno.EDEADLK);
        }
        if (!m.lock.tryLock()) {
            throw error("pthread_mutex_trylock", Errno.EBUSY);
        }
    }

    /**
     * {@code pthread_mutex_unlock}.
     *
     * @throws ErrnoException EPERM when this thread does not hold {@code m}
     */
    public static void pthreadMutexUnlock(PthreadMutex m) {
        if (!m.lock.isHeldByCurrentThread()) {
            throw error("pthread_mutex_unlock", Errno.EPERM);
        }
        m.lock.unlock();
    }

    // ---- condition variables

    /**
     * {@code pthread_cond_wait}: releases {@code m}, waits until {@code c} is signalled, takes
     * {@code m} again. As in POSIX, a wake-up may be spurious: wait in a loop on the condition.
     *
     * @throws ErrnoException EPERM when this thread does not hold {@code m}; EINVAL when other
     *     threads wait on {@code c} with another mutex
     */
    public static void pthreadCondWait(PthreadCond c, PthreadMutex m) {
        int rc = c.await(m, -1);
        if (rc != 0) {
            throw new ErrnoException("pthread_cond_wait", rc);
        }
    }

    /**
     * {@code pthread_cond_timedwait}: {@link #pthreadCondWait} until the absolute time
     * {@code abstime} of the real-time clock, as {@code gettimeofday} gives it.
     *
     * @throws ErrnoException ETIMEDOUT when that time passes first (Solaris 2.6, the book's
     *     system, returned ETIME), and as {@link #pthreadCondWait}
     */
    public static void pthreadCondTimedwait(PthreadCond c, PthreadMutex m, Timespec abstime) {
        long deadline = Math.max(0, abstime.tvSec() * 1000 + abstime.tvNsec() / 1_000_000);
        int rc = c.await(m, deadline);
        if (rc != 0) {
            throw new ErrnoException("pthread_cond_timedwait", rc);
        }
    }

    /** {@code pthread_cond_signal}: wakes one waiter, if any. */
    public static void pthreadCondSignal(PthreadCond c) {
        c.wake(false);
    }

    /** {@code pthread_cond_broadcast}: wakes every waiter. */
    public static void pthreadCondBroadcast(PthreadCond c) {
        c.wake(true);
    }

    // ---- once

    /**
     * {@code pthread_once}: runs {@code init} the first time any thread calls this with
     * {@code once}; a thread that comes while it runs waits until it is done.
     */
    public static void pthreadOnce(PthreadOnce once, Runnable init) {
        synchronized (once) {
            if (!once.done) {
                init.run();
                once.done = true;
            }
        }
    }

    // ---- thread-specific data

    /**
     * {@code pthread_key_create}: a new key, numbered from 0 as glibc numbers them, whose value
     * is null in every thread. When a thread started by {@link #pthreadCreate} ends, the
     * {@code destructor} (null: none) is called with each non-null value that thread left
     * under the key, as C does at thread exit.
     *
     * @return the key
     * @throws ErrnoException EAGAIN when {@link #PTHREAD_KEYS_MAX} keys exist
     */
    public static int pthreadKeyCreate(Consumer<Object> destructor) {
        return ThreadSpecific.create(destructor);
    }

    /** {@code pthread_key_delete}: the key's values stay, unused, and no destructor runs for them. */
    public static void pthreadKeyDelete(int key) {
        if (!ThreadSpecific.delete(key)) {
            throw error("pthread_key_delete", Errno.EINVAL);
        }
    }

    /** {@code pthread_getspecific}: this thread's value under {@code key}, null if none (or no such key). */
    public static Object pthreadGetspecific(int key) {
        return ThreadSpecific.get(key);
    }

    /**
     * {@code pthread_setspecific}: sets this thread's value under {@code key}.
     *
     * @throws ErrnoException EINVAL when {@code key} was not created
     */
    public static void pthreadSetspecific(int key, Object value) {
        if (!ThreadSpecific.set(key, value)) {
            throw error("pthread_setspecific", Errno.EINVAL);
        }
    }

    /** Thread-specific data: the keys of the process and each thread's values. */
    static final class ThreadSpecific {
        private ThreadSpecific() {}

        private static final Object NO_DESTRUCTOR = new Object();
        /** Per key: its destructor, {@link #NO_DESTRUCTOR}, or null for a free slot. */
        private static final AtomicReferenceArray<Object> KEYS = new AtomicReferenceArray<>(PTHREAD_KEYS_MAX);
        private static final ThreadLocal<Object[]> VALUES = new ThreadLocal<>();

        static int create(Consumer<Object> destructor) {
            Object d = destructor == null ? NO_DESTRUCTOR : destructor;
            for (int k = 0; k < PTHREAD_KEYS_MAX; k++) {
                if (KEYS.get(k) == null && KEYS.compareAndSet(k, null, d)) {
                    return k;
                }
            }
            throw error("pthread_key_create", Errno.EAGAIN);
        }

        static boolean delete(int key) {
            if (key < 0 || key >= PTHREAD_KEYS_MAX) {
                return false;
            }
            Object d = KEYS.get(key);
            return d != null && KEYS.compareAndSet(key, d, null);
        }

        static Object get(int key) {
            Object[] v = VALUES.get();
            return v == null || key < 0 || key >= v.length || KEYS.get(key) == null ? null : v[key];
        }

        static boolean set(int key, Object value) {
            if (key < 0 || key >= PTHREAD_KEYS_MAX || KEYS.get(key) == null) {
                return false;
            }
            Object[] v = VALUES.get();
            if (v == null) {
                v = new Object[PTHREAD_KEYS_MAX];
                VALUES.set(v);
            }
            v[key] = value;
            return true;
        }

        /**
         * At thread exit: for each key with a destructor and a non-null value, clear the value
         * and call the destructor with it; again while destructors set new values, at most
         * {@link #PTHREAD_DESTRUCTOR_ITERATIONS} rounds (POSIX's rule).
         */
        @SuppressWarnings("unchecked")
        static void runDestructors() {
            Object[] v = VALUES.get();
            if (v == null) {
                return;
            }
            for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
                boolean called = false;
                for (int k = 0; k < v.length; k++) {
                    Object d = KEYS.get(k);
                    Object value = v[k];
                    if (value != null && d instanceof Consumer) {
                        v[k] = null;
                        ((Consumer<Object>) d).accept(value);
                        called = true;
                    }
                }
                if (!called) {
                    break;
                }
            }
            VALUES.remove();
        }
    }

    /** Java 21's virtual threads, reached by reflection so that this library stays Java 17 bytecode. */
    static final class VirtualThreads {
        private VirtualThreads() {}

        static Thread unstarted(Runnable body) {
            try {
                Method ofVirtual = Thread.class.getMethod("ofVirtual");
                Object builder = ofVirtual.invoke(null);
                Method unstarted = Class.forName("java.lang.Thread$Builder").getMethod("unstarted", Runnable.class);
                return (Thread) unstarted.invoke(builder, body);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw error("pthread_create", Errno.ENOTSUP);
            }
        }
    }
}
