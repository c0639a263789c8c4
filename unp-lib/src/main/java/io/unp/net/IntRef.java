package io.unp.net;

/**
 * An {@code int} passed by address, as C passes {@code &n} to {@code ioctl(fd, FIONREAD, &n)}
 * or {@code &on} to {@code FIONBIO}: the value the caller sets goes in, the value the kernel
 * stores comes back.
 */
public final class IntRef implements IoctlArg {
    private final byte[] bytes = new byte[4];

    /** An {@code int} holding 0. */
    public IntRef() {}

    /** An {@code int} holding {@code value}. */
    public IntRef(int value) {
        value(value);
    }

    /** The value, in the machine's byte order as C stores it. */
    public int value() {
        return HostOrder.i32(bytes, 0);
    }

    /** Sets the value. */
    public IntRef value(int value) {
        HostOrder.i32(bytes, 0, value);
        return this;
    }

    @Override
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return Integer.toString(value());
    }
}
