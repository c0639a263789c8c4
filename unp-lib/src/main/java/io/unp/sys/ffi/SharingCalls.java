package io.unp.sys.ffi;

import static io.unp.abi.Layouts.FLOCK_L_LEN;
import static io.unp.abi.Layouts.FLOCK_L_PID;
import static io.unp.abi.Layouts.FLOCK_L_START;
import static io.unp.abi.Layouts.FLOCK_L_TYPE;
import static io.unp.abi.Layouts.FLOCK_L_WHENCE;
import static io.unp.abi.Layouts.FLOCK_SIZE;
import static io.unp.abi.Layouts.PTHREAD_MUTEXATTR_SIZE;
import static io.unp.abi.Layouts.RUSAGE_RU_MAXRSS;
import static io.unp.abi.Layouts.RUSAGE_RU_STIME;
import static io.unp.abi.Layouts.RUSAGE_RU_UTIME;
import static io.unp.abi.Layouts.RUSAGE_SIZE;
import static io.unp.abi.Layouts.STAT_SIZE;
import static io.unp.abi.Layouts.STAT_ST_SIZE;
import static io.unp.abi.Layouts.TIMEVAL_TV_USEC;

import com.kenai.jffi.CallContext;
import com.kenai.jffi.Invoker;
import com.kenai.jffi.MemoryIO;
import io.unp.abi.CString;
import io.unp.abi.Flock;

/**
 * The libc calls of chapter 27, what the preforked servers' processes share: memory
 * ({@code mmap}, {@code munmap}, {@code memfd_create}, {@code ftruncate}, {@code fstat}'s size,
 * and plain loads and stores into a mapping), locks ({@code fcntl} record locks with a
 * {@code struct flock}, {@code mktemp} for the lock file, and process-shared
 * {@code pthread_mutex_t}s placed in shared memory) and the accounting of their CPU
 * ({@code getrusage}). Each returns what C returns: -1 with errno for the system calls, the
 * error number for the pthread calls.
 *
 * <p>Bound on first use ({@link #get()}); struct arguments go through this thread's
 * {@link Scratch}, so locking and unlocking allocate nothing.
 */
public final class SharingCalls {
    private static volatile SharingCalls instance;

    private final Jffi j;
    private final Invoker inv;
    private final MemoryIO mem;
    private final CallContext n1, n2, n3, n6;
    private final long mmap, munmap, memfdCreate, ftruncate, fstat, getrusage, fcntl, mktemp;
    private final long mutexattrInit, mutexattrSetpshared, mutexattrDestroy;
    private final long mutexInit, mutexLock, mutexTrylock, mutexUnlock, mutexDestroy;

    private SharingCalls(Jffi j) {
        this.j = j;
        inv = j.invoker;
        mem = j.memory;
        n1 = j.n1;
        n2 = j.n2;
        n3 = j.n3;
        n6 = j.n6;
        mmap = j.symbol("mmap");
        munmap = j.symbol("munmap");
        memfdCreate = j.symbol("memfd_create");
        ftruncate = j.symbol("ftruncate");
        fstat = j.symbol("fstat");
        getrusage = j.symbol("getrusage");
        fcntl = j.symbol("fcntl");
        mktemp = j.symbol("mktemp");
        mutexattrInit = j.symbol("pthread_mutexattr_init");
        mutexattrSetpshared = j.symbol("pthread_mutexattr_setpshared");
        mutexattrDestroy = j.symbol("pthread_mutexattr_destroy");
        mutexInit = j.symbol("pthread_mutex_init");
        mutexLock = j.symbol("pthread_mutex_lock");
        mutexTrylock = j.symbol("pthread_mutex_trylock");
        mutexUnlock = j.symbol("pthread_mutex_unlock");
        mutexDestroy = j.symbol("pthread_mutex_destroy");
    }

    /**
     * The bound calls.
     *
     * @throws io.unp.abi.NativeUnavailableException if native code cannot be loaded
     */
    public static SharingCalls get() {
        SharingCalls s = instance;
        if (s == null) {
            synchronized (SharingCalls.class) {
                s = instance;
                if (s == null) {
                    s = new SharingCalls(Native.jffi());
                    instance = s;
                }
            }
        }
        return s;
    }

    // ---- memory

    /** {@code mmap(2)}: the mapping's address, or -1 ({@code MAP_FAILED}). */
    public long mmap(long addr, long length, int prot, int flags, int fd, long offset) {
        return inv.invokeN6(n6, mmap, addr, length, prot, flags, fd, offset);
    }

    /** {@code munmap(2)}: 0, or -1. */
    public int munmap(long addr, long length) {
        return (int) inv.invokeN2(n2, munmap, addr, length);
    }

    /** {@code memfd_create(2)}: a descriptor for a new anonymous file, or -1. */
    public int memfdCreate(String name, int flags) {
        return (int) inv.invokeN2(n2, memfdCreate, string(name), flags);
    }

    /** {@code ftruncate(2)}: 0, or -1. */
    public int ftruncate(int fd, long length) {
        return (int) inv.invokeN2(n2, ftruncate, fd, length);
    }

    /** {@code fstat(2)}: the file's {@code st_size}, or -1. */
    public long fstatSize(int fd) {
        long p = Scratch.get().big(STAT_SIZE);
        int r = (int) inv.invokeN2(n2, fstat, fd, p);
        return r < 0 ? r : mem.getLong(p + STAT_ST_SIZE);
    }

    /** The 8 bytes at {@code addr}, in native order. */
    public long getLong(long addr) {
        return mem.getLong(addr);
    }

    /** Stores 8 bytes at {@code addr}, in native order. */
    public void putLong(long addr, long value) {
        mem.putLong(addr, value);
    }

    /** The 4 bytes at {@code addr}, in native order. */
    public int getInt(long addr) {
        return mem.getInt(addr);
    }

    /** Stores 4 bytes at {@code addr}, in native order. */
    public void putInt(long addr, int value) {
        mem.putInt(addr, value);
    }

    /** Copies {@code len} bytes at {@code addr} into {@code dst[off..]}. */
    public void get(long addr, byte[] dst, int off, int len) {
        mem.getByteArray(addr, dst, off, len);
    }

    /** Copies {@code src[off..off+len)} to {@code addr}. */
    public void put(long addr, byte[] src, int off, int len) {
        mem.putByteArray(addr, src, off, len);
    }

    // ---- CPU accounting

    /**
     * {@code getrusage(2)}: 0 and {@code out} = {utime sec, utime usec, stime sec, stime usec,
     * maxrss}, or -1.
     */
    public int getrusage(int who, long[] out) {
        long p = Scratch.get().big(RUSAGE_SIZE);
        int r = (int) inv.invokeN2(n2, getrusage, who, p);
        if (r == 0) {
            out[0] = mem.getLong(p + RUSAGE_RU_UTIME);
            out[1] = mem.getLong(p + RUSAGE_RU_UTIME + TIMEVAL_TV_USEC);
            out[2] = mem.getLong(p + RUSAGE_RU_STIME);
            out[3] = mem.getLong(p + RUSAGE_RU_STIME + TIMEVAL_TV_USEC);
            out[4] = mem.getLong(p + RUSAGE_RU_MAXRSS);
        }
        return r;
    }

    // ---- record locks

    /**
     * {@code fcntl(fd, cmd, &lock)} for {@code F_SETLK}, {@code F_SETLKW} and {@code F_GETLK}:
     * 0 (what the kernel wrote back is copied into {@code lock}), or -1.
     */
    public int fcntlLock(int fd, int cmd, Flock lock) {
        long p = Scratch.get().small + Scratch.OPT;
        mem.setMemory(p, FLOCK_SIZE, (byte) 0);
        mem.putShort(p + FLOCK_L_TYPE, (short) lock.lType());
        mem.putShort(p + FLOCK_L_WHENCE, (short) lock.lWhence());
        mem.putLong(p + FLOCK_L_START, lock.lStart());
        mem.putLong(p + FLOCK_L_LEN, lock.lLen());
        mem.putInt(p + FLOCK_L_PID, lock.lPid());
        int r = (int) inv.invokeN3(n3, fcntl, fd, cmd, p);
        if (r >= 0) {
            lock.lType(mem.getShort(p + FLOCK_L_TYPE)).lWhence(mem.getShort(p + FLOCK_L_WHENCE))
                    .lStart(mem.getLong(p + FLOCK_L_START)).lLen(mem.getLong(p + FLOCK_L_LEN))
                    .lPid(mem.getInt(p + FLOCK_L_PID));
        }
        return r;
    }

    /**
     * {@code mktemp(3)}: the template with its trailing {@code XXXXXX} replaced by a name no file
     * had when asked; the empty string (errno set) when the template is bad or no name is free.
     */
    public String mktemp(String template) {
        long p = string(template);
        inv.invokeN1(n1, mktemp, p);
        return j.string(p);
    }

    // ---- process-shared mutexes

    /**
     * {@code pthread_mutexattr_init}, {@code pthread_mutexattr_setpshared(pshared)},
     * {@code pthread_mutex_init(addr, &attr)}, {@code pthread_mutexattr_destroy}: 0 or the first
     * error number. The attribute object lives in scratch memory for the length of the call.
     */
    public int pthreadMutexInit(long addr, int pshared) {
        long attr = Scratch.get().small + Scratch.OPT;
        mem.setMemory(attr, PTHREAD_MUTEXATTR_SIZE, (byte) 0);
        int rc = (int) inv.invokeN1(n1, mutexattrInit, attr);
        if (rc != 0) {
            return rc;
        }
        try {
            rc = (int) inv.invokeN2(n2, mutexattrSetpshared, attr, pshared);
            if (rc != 0) {
                return rc;
            }
            return (int) inv.invokeN2(n2, mutexInit, addr, attr);
        } finally {
            inv.invokeN1(n1, mutexattrDestroy, attr);
        }
    }

    /** {@code pthread_mutex_lock(addr)}: 0 or an error number. */
    public int pthreadMutexLock(long addr) {
        return (int) inv.invokeN1(n1, mutexLock, addr);
    }

    /** {@code pthread_mutex_trylock(addr)}: 0, EBUSY, or another error number. */
    public int pthreadMutexTrylock(long addr) {
        return (int) inv.invokeN1(n1, mutexTrylock, addr);
    }

    /** {@code pthread_mutex_unlock(addr)}: 0 or an error number. */
    public int pthreadMutexUnlock(long addr) {
        return (int) inv.invokeN1(n1, mutexUnlock, addr);
    }

    /** {@code pthread_mutex_destroy(addr)}: 0 or an error number. */
    public int pthreadMutexDestroy(long addr) {
        return (int) inv.invokeN1(n1, mutexDestroy, addr);
    }

    // ---- a child that inherits one descriptor

    /**
     * {@code posix_spawnp(3)} of {@code argv} with {@code envp} whose child gets this process's
     * standard input, output and error, {@code keep} as descriptor 3 (with
     * {@code posix_spawn_file_actions_adddup2}, which also clears its close-on-exec flag) and
     * nothing else ({@code posix_spawn_file_actions_addclosefrom_np(4)}, glibc 2.34): a spare child
     * must not hold a copy of a connection the parent accepts while the spare starts.
     *
     * @return the child's pid, or {@code -errno}
     */
    public long spawnKeeping(java.util.List<String> argv, java.util.List<String> envp, int keep) {
        long spawnp = j.symbol("posix_spawnp");
        long init = j.symbol("posix_spawn_file_actions_init");
        long adddup2 = j.symbol("posix_spawn_file_actions_adddup2");
        long addclosefrom = j.symbol("posix_spawn_file_actions_addclosefrom_np");
        long destroy = j.symbol("posix_spawn_file_actions_destroy");
        long pid = mem.allocateMemory(8, true);
        long actions = mem.allocateMemory(io.unp.abi.Layouts.SPAWN_FILE_ACTIONS_SIZE, true);
        long argvp = 0;
        long envpp = 0;
        try {
            int rc = (int) inv.invokeN1(n1, init, actions);
            if (rc != 0) {
                return -rc;
            }
            try {
                rc = (int) inv.invokeN3(n3, adddup2, actions, keep, 3);
                if (rc == 0) {
                    rc = (int) inv.invokeN2(n2, addclosefrom, actions, 4);
                }
                if (rc != 0) {
                    return -rc;
                }
                argvp = Spawn.stringArray(j, argv);
                envpp = Spawn.stringArray(j, envp);
                rc = (int) inv.invokeN6(n6, spawnp, pid, mem.getAddress(argvp), actions, 0, argvp, envpp);
                return rc != 0 ? -rc : mem.getInt(pid);
            } finally {
                inv.invokeN1(n1, destroy, actions);
            }
        } finally {
            Spawn.freeStringArray(j, argvp, argv.size());
            Spawn.freeStringArray(j, envpp, envp.size());
            j.free(actions);
            j.free(pid);
        }
    }

    /** {@code s} as a NUL-terminated C string in this thread's growable scratch block. */
    private long string(String s) {
        byte[] b = CString.bytes(s);
        long p = Scratch.get().big(b.length + 1L);
        mem.putByteArray(p, b, 0, b.length);
        mem.putByte(p + b.length, (byte) 0);
        return p;
    }
}
