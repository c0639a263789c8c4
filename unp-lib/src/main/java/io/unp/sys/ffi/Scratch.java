package io.unp.sys.ffi;

import com.kenai.jffi.MemoryIO;
import java.lang.ref.Cleaner;

/**
 * Native memory owned by one thread, reused by every call that thread makes, so the hot calls
 * (read, write, recvfrom, poll, select) allocate nothing per call.
 *
 * <p>A fixed block holds the small arguments at fixed places (a socket address, its length,
 * an option value, three {@code fd_set}s, a {@code timeval}, a signal mask); a second block
 * holds data buffers and {@code pollfd} arrays and grows to the largest size asked for. A thread
 * never uses its scratch for two calls at once (signal handlers run on threads of their own).
 * When the thread ends, its scratch becomes unreachable and a {@link Cleaner} frees both
 * blocks (except the first thread's: {@link #get}).
 */
final class Scratch {
    static final int ADDR = 0;          // struct sockaddr_storage, 128 bytes
    static final int ADDRLEN = 128;     // socklen_t
    static final int INTS = 136;        // int[2] (pipe, socketpair, wait status), 8 bytes
    static final int OPT = 144;         // an option value or small struct, up to OPT_MAX bytes
    static final int OPT_MAX = 512;
    static final int FDSETS = 656;      // three fd_sets of 128 bytes
    static final int TIME = 1040;       // struct timeval/timespec/itimerval/rlimit, up to 32 bytes
    static final int SIGSET = 1072;     // sigset_t (glibc: 128 bytes)
    static final int SIGSET2 = 1200;    // a second sigset_t (old mask)
    static final int SMALL_SIZE = 1328;

    private static final Cleaner CLEANER = Cleaner.create();
    /** A class rather than {@code ThreadLocal.withInitial(Scratch::new)}: no lambda on the start-up path. */
    private static final ThreadLocal<Scratch> LOCAL = new ThreadLocal<>() {
        @Override
        protected Scratch initialValue() {
            return new Scratch();
        }
    };

    /** The addresses, apart from the Scratch itself so the cleaner can free them. */
    private static final class Blocks implements Runnable {
        final MemoryIO memory = MemoryIO.getInstance();
        long small;
        long big;

        @Override
        public void run() {
            memory.freeMemory(small);
            if (big != 0) {
                memory.freeMemory(big);
            }
        }
    }

    private final Thread owner = Thread.currentThread();
    private final Blocks blocks = new Blocks();
    /** The fixed block's address. */
    final long small;
    private long big;
    private long bigCapacity;

    private Scratch() {
        small = allocate(blocks.memory, SMALL_SIZE);
        blocks.small = small;
        CLEANER.register(this, blocks);
    }

    private static long allocate(MemoryIO memory, long size) {
        long p = memory.allocateMemory(size, true);
        if (p == 0) {
            throw new OutOfMemoryError("cannot allocate " + size + " bytes of native memory");
        }
        return p;
    }

    /**
     * The scratch of the first thread that asked for one (in most of the book's programs the only
     * thread, in a threaded server its main thread), looked at before {@link #LOCAL}: a
     * {@code ThreadLocal} lookup costs more than the rest of a short call's Java in a JVM that
     * compiles with C1 only (a child marked {@code Fork.LightJit}: {@code Reference.refersTo} is
     * a call into the VM there, not an intrinsic), and a chapter 27 connection makes five such
     * calls. Never freed: it stays with the process even if its thread ends.
     */
    private static Scratch first;

    /** This thread's scratch. */
    static Scratch get() {
        Scratch s = first; // a plain read: a Scratch seen through it has its final owner set
        if (s != null && s.owner == Thread.currentThread()) {
            return s;
        }
        return lookUp();
    }

    private static Scratch lookUp() {
        Scratch s = LOCAL.get();
        if (first == null) {
            first = s; // a race between two first threads leaves one of them: either will do
        }
        return s;
    }

    /** The address of at least {@code size} bytes of this thread's growable block. */
    long big(long size) {
        if (size > bigCapacity) {
            long capacity = Math.max(size, Math.max(4096, bigCapacity * 2));
            long p = allocate(blocks.memory, capacity);
            if (big != 0) {
                blocks.memory.freeMemory(big);
            }
            big = p;
            bigCapacity = capacity;
            blocks.big = p;
        }
        return big;
    }
}
