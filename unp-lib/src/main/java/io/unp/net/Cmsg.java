package io.unp.net;

import io.unp.abi.Constants;
import io.unp.abi.Layouts;
import io.unp.abi.Ucred;
import java.util.Arrays;
import java.util.Objects;

/**
 * One control message ({@code struct cmsghdr} and its data) inside a {@link MsgHdr}'s control
 * buffer, and the {@code CMSG_*} macros of section 13.6.
 *
 * <p>A {@code Cmsg} is a view: it reads and writes the bytes of the control buffer at its
 * offset, as a {@code struct cmsghdr *} does in C, so a later {@code recvmsg} into the same
 * buffer changes what it shows. Unlike the C pointer it is bounds-checked: the data accessors
 * ({@link #data()}, {@link #dataInt}, {@link #rights()}, {@link #ucred()}) read only bytes that
 * are both inside {@code cmsg_len} and inside the {@code msg_controllen} the view was made with,
 * and the setters write only inside the buffer. Obtain views from {@link MsgHdr#firstHdr()},
 * {@link MsgHdr#nxtHdr(Cmsg)} and {@link MsgHdr#addCmsg}.
 *
 * <p>Layout (glibc, x86_64 and aarch64): {@code cmsg_len} is a {@code size_t} at offset 0,
 * {@code cmsg_level} an {@code int} at 8, {@code cmsg_type} an {@code int} at 12, the data at
 * {@code CMSG_LEN(0)} = 16; messages are aligned to {@code CMSG_ALIGN} = 8 bytes
 * ({@link Layouts}).
 */
public final class Cmsg {
    /** {@code sizeof(struct cmsghdr)}. */
    public static final int HDR_SIZE = Layouts.CMSGHDR_SIZE;
    private static final int ALIGN = Layouts.CMSG_ALIGNMENT;
    private static final int DATA = Layouts.CMSG_DATA_OFFSET;

    private final byte[] buf;
    private final int off;
    private final int limit;

    Cmsg(byte[] buf, int off, int limit) {
        this.buf = buf;
        this.off = off;
        this.limit = Math.min(limit, buf.length);
    }

    // ---- the macros

    /** {@code CMSG_ALIGN(len)}: {@code len} rounded up to the alignment of control messages. */
    public static int CMSG_ALIGN(int len) {
        if (len < 0 || len > Integer.MAX_VALUE - ALIGN) {
            throw new IllegalArgumentException("length " + len);
        }
        return (len + ALIGN - 1) & -ALIGN;
    }

    static long align(long len) {
        return (len + ALIGN - 1) & -ALIGN;
    }

    /**
     * {@code CMSG_SPACE(len)}: the bytes a message with {@code len} bytes of data takes in a
     * control buffer, padding included: size a buffer with the sum over the messages expected.
     */
    public static int CMSG_SPACE(int len) {
        return CMSG_ALIGN(HDR_SIZE) + CMSG_ALIGN(len);
    }

    /** {@code CMSG_LEN(len)}: the {@code cmsg_len} of a message with {@code len} bytes of data. */
    public static int CMSG_LEN(int len) {
        return CMSG_ALIGN(HDR_SIZE) + len;
    }

    // ---- the header

    /** Where this message starts in the control buffer. */
    public int offset() {
        return off;
    }

    byte[] buffer() {
        return buf;
    }

    /** {@code cmsg_len}: header plus data, without the trailing padding, as the kernel wrote it. */
    public long len() {
        return off + Long.BYTES <= limit ? HostOrder.i64(buf, off) : 0;
    }

    /** {@code cmsg_level}: {@code SOL_SOCKET}, {@code IPPROTO_IP}, {@code IPPROTO_IPV6} ... */
    public int level() {
        return HostOrder.i32(buf, off + Layouts.CMSGHDR_CMSG_LEVEL);
    }

    /** {@code cmsg_type}: {@code SCM_RIGHTS}, {@code SCM_CREDENTIALS}, {@code IP_PKTINFO} ... */
    public int type() {
        return HostOrder.i32(buf, off + Layouts.CMSGHDR_CMSG_TYPE);
    }

    /** Sets {@code cmsg_len} (normally {@link #CMSG_LEN} of the data's size). */
    public Cmsg setLen(long len) {
        HostOrder.i64(buf, off, len);
        return this;
    }

    /** Sets {@code cmsg_level}. */
    public Cmsg setLevel(int level) {
        HostOrder.i32(buf, off + Layouts.CMSGHDR_CMSG_LEVEL, level);
        return this;
    }

    /** Sets {@code cmsg_type}. */
    public Cmsg setType(int type) {
        HostOrder.i32(buf, off + Layouts.CMSGHDR_CMSG_TYPE, type);
        return this;
    }

    // ---- the data (CMSG_DATA)

    /**
     * How many bytes of data can be read: {@code cmsg_len - CMSG_LEN(0)}, cut at
     * {@code msg_controllen} when the kernel truncated the message (MSG_CTRUNC); never negative.
     */
    public int dataLen() {
        long end = Math.min(off + len(), limit);
        return (int) Math.max(0, end - (off + DATA));
    }

    /** A copy of the data ({@link #dataLen()} bytes). */
    public byte[] data() {
        return Arrays.copyOfRange(buf, off + DATA, off + DATA + dataLen());
    }

    /**
     * Copies {@code len} bytes of data, starting at byte {@code from} of the data, into
     * {@code dst[dstOff..]}.
     *
     * @throws IndexOutOfBoundsException if that range is not inside {@link #dataLen()}
     */
    public void getData(int from, byte[] dst, int dstOff, int len) {
        Objects.checkFromIndexSize(from, len, dataLen());
        System.arraycopy(buf, off + DATA + from, dst, dstOff, len);
    }

    /**
     * The {@code int} at {@code index} (counted in {@code int}s) of the data, in host byte order.
     *
     * @throws IndexOutOfBoundsException if it is not inside {@link #dataLen()}
     */
    public int dataInt(int index) {
        Objects.checkFromIndexSize((long) index * Integer.BYTES, Integer.BYTES, dataLen());
        return HostOrder.i32(buf, off + DATA + index * Integer.BYTES);
    }

    /**
     * The descriptors of an {@code SCM_RIGHTS} message: one for each whole {@code int} of data.
     *
     * @throws IllegalStateException if this is not {@code SOL_SOCKET}/{@code SCM_RIGHTS}
     */
    public int[] rights() {
        require(Constants.SCM_RIGHTS, "SCM_RIGHTS");
        int[] fds = new int[dataLen() / Integer.BYTES];
        for (int i = 0; i < fds.length; i++) {
            fds[i] = dataInt(i);
        }
        return fds;
    }

    /**
     * The credentials of an {@code SCM_CREDENTIALS} message.
     *
     * @throws IllegalStateException if this is not {@code SOL_SOCKET}/{@code SCM_CREDENTIALS}
     *     or its data is shorter than a {@code struct ucred}
     */
    public Ucred ucred() {
        require(Constants.SCM_CREDENTIALS, "SCM_CREDENTIALS");
        if (dataLen() < Ucred.SIZE) {
            throw new IllegalStateException("SCM_CREDENTIALS with " + dataLen() + " bytes of data, not " + Ucred.SIZE);
        }
        return new Ucred(dataInt(0), dataInt(Layouts.UCRED_UID / Integer.BYTES),
                dataInt(Layouts.UCRED_GID / Integer.BYTES));
    }

    private void require(int type, String name) {
        if (level() != Constants.SOL_SOCKET || type() != type) {
            throw new IllegalStateException("not a SOL_SOCKET/" + name + " message: level " + level() + ", type " + type());
        }
    }

    /**
     * Copies {@code data} to the start of this message's data ({@code memcpy(CMSG_DATA(cmsg),
     * ...)}).
     *
     * @throws IndexOutOfBoundsException if it does not fit in the control buffer
     */
    public Cmsg setData(byte[] data) {
        Objects.checkFromIndexSize(off + DATA, data.length, buf.length);
        System.arraycopy(data, 0, buf, off + DATA, data.length);
        return this;
    }

    /**
     * Stores {@code value} as the {@code int} at {@code index} of the data, in host byte order
     * ({@code ((int *) CMSG_DATA(cmsg))[index] = value}).
     *
     * @throws IndexOutOfBoundsException if it does not fit in the control buffer
     */
    public Cmsg setDataInt(int index, int value) {
        Objects.checkFromIndexSize(off + DATA + (long) index * Integer.BYTES, Integer.BYTES, buf.length);
        HostOrder.i32(buf, off + DATA + index * Integer.BYTES, value);
        return this;
    }

    @Override
    public String toString() {
        return "Cmsg[offset=" + off + ", len=" + len() + ", level=" + level() + ", type=" + type() + "]";
    }
}
