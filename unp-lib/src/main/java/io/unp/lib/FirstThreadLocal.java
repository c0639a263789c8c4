package io.unp.lib;

/**
 * A {@link ThreadLocal} that answers the first thread to call {@link #get} without a lookup: C's
 * static and stack buffers, per thread, for code where most of the book's programs have one
 * thread (a threaded server's main thread is its first).
 *
 * <p>A {@code ThreadLocal.get} is a hash lookup that ends in {@code Reference.refersTo}, which a
 * JVM compiling with C1 only (a {@link Fork.LightJit} child) calls into the VM
 * for; a chapter 27 connection did ten of them, a tenth of its Java. Here the first thread's
 * value is also kept in a field, with the thread, and a {@code get} that finds the current
 * thread there returns it after one comparison. Other threads get the {@code ThreadLocal}'s
 * value as before.
 *
 * <p>The first thread's value is never released, even if that thread ends: keep values small,
 * as per-thread buffers are. {@link #set} and {@link #remove} by the first thread keep the field
 * in step.
 */
public class FirstThreadLocal<T> extends ThreadLocal<T> {
    /** A thread and its value; final fields, so a thread that reads the field sees both. */
    private static final class First<T> {
        final Thread thread;
        final T value;

        First(Thread thread, T value) {
            this.thread = thread;
            this.value = value;
        }
    }

    /** A plain field: a racing first thread may replace another's, which then looks up as others do. */
    private First<T> first;

    @Override
    public T get() {
        First<T> f = first;
        Thread me = Thread.currentThread();
        if (f != null && f.thread == me) {
            return f.value;
        }
        T value = super.get();
        if (f == null) {
            first = new First<>(me, value);
        }
        return value;
    }

    @Override
    public void set(T value) {
        super.set(value);
        First<T> f = first;
        if (f != null && f.thread == Thread.currentThread()) {
            first = new First<>(f.thread, value);
        }
    }

    @Override
    public void remove() {
        super.remove();
        First<T> f = first;
        if (f != null && f.thread == Thread.currentThread()) {
            first = null;
        }
    }
}
