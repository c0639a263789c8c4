package io.unp.sys;

/**
 * {@code sigsetjmp}/{@code siglongjmp} for a signal handler that abandons a blocked call, done
 * the Java way (sections 18.5 and 20.5).
 *
 * <p>In C the handler's {@code siglongjmp} makes the interrupted thread continue at its
 * {@code sigsetjmp} however far it had got: in the middle of {@code recvfrom}, between two
 * statements, anywhere. A Java handler runs on a thread of its own ({@link Signals}) and cannot
 * move another thread's program counter, so the jump becomes an exception, {@link Jump}, that the
 * interrupted thread throws itself at the first place it can:
 *
 * <ul>
 *   <li>at {@link #sigsetjmp()}, if the jump is already pending (the handler ran while the thread
 *       was between two calls: the race of section 18.5 that {@code siglongjmp} closes);
 *   <li>out of any {@link Sys} call that fails with EINTR while a jump is pending (the thread was
 *       blocked in it), instead of the {@link ErrnoException}.
 * </ul>
 *
 * <p>{@link #siglongjmp(int)} does not return until the jump has been taken (or the buffer was
 * disarmed), sending the thread the interrupting signal every millisecond meanwhile, so a thread
 * that had not yet blocked when the first one arrived is interrupted as soon as it does; while
 * it waits, further arrivals of the same signal are held, as C holds a signal during its handler.
 * A jump can only land while the buffer is armed: from {@link #sigsetjmp()} until the jump is
 * taken or {@link #close()} disarms it (in C, jumping to a function that has returned is
 * undefined; here the jump is dropped). Use it as
 *
 * <pre>{@code
 * try {
 *     for (;;) {
 *         jmpbuf.sigsetjmp();               // C: if (sigsetjmp(jmpbuf, 1) != 0) break;
 *         n = Recvfrom(sockfd, ...);        // the handler's siglongjmp(jmpbuf, 1) lands here
 *         ...
 *     }
 * } catch (SigJmpBuf.Jump j) {
 *     // j.val() is siglongjmp's second argument
 * }
 * }</pre>
 *
 * <p>The signal mask needs no saving ({@code sigsetjmp}'s second argument): the Java handler
 * never ran on the interrupted thread.
 */
public final class SigJmpBuf implements AutoCloseable {
    /** The jump: thrown on the thread that armed the buffer. */
    public static final class Jump extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int val;

        Jump(int val) {
            super("siglongjmp(" + val + ")", null, false, false);
            this.val = val;
        }

        /** The value {@code sigsetjmp} returns the second time: {@code siglongjmp}'s argument (1 if it was 0). */
        public int val() {
            return val;
        }
    }

    private static final ThreadLocal<SigJmpBuf> ARMED = new ThreadLocal<>();
    private static final ThreadLocal<boolean[]> DELIVERED = ThreadLocal.withInitial(() -> new boolean[1]);

    private Thread owner;
    private long ownerPthread;
    private boolean armed;
    private int pending;

    /**
     * {@code sigsetjmp}: arms this buffer for the calling thread (the first time) and takes a jump
     * that is already pending by throwing it.
     *
     * @return this buffer, to disarm with try-with-resources
     * @throws Jump if {@code siglongjmp} was called since the buffer was armed
     */
    public SigJmpBuf sigsetjmp() {
        synchronized (this) {
            if (armed && owner == Thread.currentThread()) {
                if (pending != 0) {
                    throw take();
                }
                return this;
            }
            owner = Thread.currentThread();
            ownerPthread = Sys.pthreadSelf();
            armed = true;
            pending = 0;
        }
        ARMED.set(this);
        return this;
    }

    /**
     * {@code siglongjmp}, from a signal handler: makes the thread that armed the buffer throw
     * {@link Jump} with {@code val} (1 if 0, as in C) and returns once it has, or at once if the
     * buffer is not armed.
     */
    public void siglongjmp(int val) {
        int v = val == 0 ? 1 : val;
        int sig = Signals.interruptSignalNumber();
        synchronized (this) {
            if (!armed) {
                return;
            }
            pending = v;
            DELIVERED.get()[0] = true; // the handler's own interruption is this one
            while (armed && pending != 0 && owner.isAlive()) {
                Sys.pthreadKill(ownerPthread, sig);
                try {
                    wait(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Disarms the buffer: a jump not yet taken is dropped. */
    @Override
    public void close() {
        synchronized (this) {
            if (owner == Thread.currentThread()) {
                armed = false;
                pending = 0;
                notifyAll();
            }
        }
        if (ARMED.get() == this) {
            ARMED.remove();
        }
    }

    /** Whether the calling thread has a buffer armed (and not yet closed or jumped to). */
    static boolean armedOnThisThread() {
        return ARMED.get() != null;
    }

    /** Called with this buffer's lock held, on the owner. */
    private Jump take() {
        Jump j = new Jump(pending);
        armed = false;
        pending = 0;
        notifyAll();
        ARMED.remove();
        return j;
    }

    /**
     * From {@link Sys}'s failure path: a call on this thread failed with EINTR; if this thread's
     * armed buffer has a jump pending, the jump is taken here (thrown instead of the error).
     */
    static void landPending() {
        SigJmpBuf jb = ARMED.get();
        if (jb != null) {
            synchronized (jb) {
                if (jb.armed && jb.pending != 0 && jb.owner == Thread.currentThread()) {
                    throw jb.take();
                }
            }
        }
    }

    /**
     * For {@link Signals}: true (once) if the handler that just ran on this thread delivered its
     * interruption itself through {@link #siglongjmp}, so no second one must follow.
     */
    static boolean handlerDelivered() {
        boolean[] d = DELIVERED.get();
        boolean was = d[0];
        d[0] = false;
        return was;
    }
}
