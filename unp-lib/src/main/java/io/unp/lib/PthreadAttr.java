package io.unp.lib;

/**
 * {@code pthread_attr_t}: the attributes {@link Pthread#pthreadCreate} honours. A null attribute
 * (C's NULL) means the defaults: joinable, a platform thread.
 */
public final class PthreadAttr {
    boolean detached;
    boolean virtual;

    /** {@code pthread_attr_init}: joinable, platform thread. */
    public PthreadAttr() {}

    /**
     * {@code pthread_attr_setdetachstate}: {@link Pthread#PTHREAD_CREATE_DETACHED} starts the
     * thread detached, as if it called {@code pthread_detach} first.
     */
    public PthreadAttr setdetachstate(int state) {
        if (state != Pthread.PTHREAD_CREATE_DETACHED && state != Pthread.PTHREAD_CREATE_JOINABLE) {
            throw new IllegalArgumentException("detach state " + state);
        }
        detached = state == Pthread.PTHREAD_CREATE_DETACHED;
        return this;
    }

    /**
     * Not in POSIX: start a Java virtual thread instead of a platform thread (Java 21 and
     * later; {@link Pthread#pthreadCreate} fails with ENOTSUP on older JVMs). A virtual thread
     * blocked in a native call (every {@code io.unp.sys.Sys} call is one) keeps its carrier
     * thread busy; see docs/chapter23.md before using this for a server.
     */
    public PthreadAttr setVirtual(boolean on) {
        virtual = on;
        return this;
    }
}
