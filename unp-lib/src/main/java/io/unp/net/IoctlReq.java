package io.unp.net;

/**
 * One socket {@code ioctl(2)} request of the book's chapter 16: its name, its Linux request
 * number, and the type of its argument, so that {@code Sys.ioctl(fd, Ioctls.SIOCGIFFLAGS, ifr)}
 * can only be given an {@link IfReq}, as the kernel expects. The constants are in
 * {@link Ioctls}; a request that is not there goes through the raw
 * {@code Sys.ioctl(fd, int request, byte[] arg)}.
 *
 * @param <A> the argument: {@link IfReq}, {@link IfConf}, {@link ArpReq} or {@link IntRef}
 */
public final class IoctlReq<A> {
    private final String name;
    private final int request;
    private final Class<A> argType;
    private final String note;

    IoctlReq(String name, int request, Class<A> argType, String note) {
        this.name = name;
        this.request = request;
        this.argType = argType;
        this.note = note;
    }

    /** The request's C name ({@code "SIOCGIFFLAGS"}). */
    public String name() {
        return name;
    }

    /** The Linux request number. */
    public int request() {
        return request;
    }

    /** The Java type of the argument. */
    public Class<A> argType() {
        return argType;
    }

    /** What Linux does differently from the book's systems for this request; empty if nothing. */
    public String linuxNote() {
        return note;
    }

    @Override
    public String toString() {
        return name;
    }
}
