package io.unp.net;

import io.unp.abi.Constants;
import io.unp.abi.Iovec;
import io.unp.abi.Layouts;
import io.unp.abi.Ucred;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code struct msghdr}, the argument of {@code recvmsg(2)} and {@code sendmsg(2)}
 * (section 13.5): an optional socket address ({@code msg_name}), a scatter/gather list
 * ({@code msg_iov}), ancillary data ({@code msg_control}) and the flags the kernel returns
 * ({@code msg_flags}).
 *
 * <p>It is used as in C: the caller fills the fields, {@link io.unp.sys.Sys#recvmsg} and
 * {@link io.unp.sys.Sys#sendmsg} hand them to the kernel, and {@code recvmsg} writes back what
 * the kernel wrote: the sender's address and length into the {@link SockAddr}, the received
 * bytes into the iovec segments, the control messages into the control buffer with
 * {@link #controllen()} set to their length, and {@link #flags()} ({@code MSG_TRUNC},
 * {@code MSG_CTRUNC}, {@code MSG_EOR} ...). As in C, {@code controllen} must be reset to the
 * buffer's size before the next {@code recvmsg} with the same header ({@link #setControl}).
 *
 * <p>Control messages are read with {@link #firstHdr()}/{@link #nxtHdr(Cmsg)} (the book's
 * {@code CMSG_FIRSTHDR}/{@code CMSG_NXTHDR}), which never return a header that does not fit
 * in {@link #controllen()}; a {@link Cmsg}'s data accessors never read past it either. They
 * are written with {@link #addCmsg}, {@link #addRights} and {@link #addCredentials}, or in
 * place through a {@link Cmsg} as C code does.
 *
 * <p>Nothing here allocates on the way through the kernel: a header, its segments and its
 * buffers can be reused for every message. Not safe for use by two threads at once.
 */
public final class MsgHdr {
    private static final Iovec[] NO_IOV = new Iovec[0];

    private SockAddr name;
    private Iovec[] iov = NO_IOV;
    private int iovlen;
    private Iovec single;
    private byte[] control;
    private int controllen;
    private int flags;

    /** An empty header: no name, no segments, no control buffer (C's {@code bzero(&msg)}). */
    public MsgHdr() {}

    // ---- msg_name, msg_namelen

    /** {@code msg_name}: the address to send to, or that {@code recvmsg} fills in; may be null. */
    public SockAddr name() {
        return name;
    }

    /**
     * Sets {@code msg_name}: for {@code sendmsg} the destination (its {@link SockAddr#len()} is
     * {@code msg_namelen}); for {@code recvmsg} where the sender's address goes (its
     * {@link SockAddr#capacity()} is {@code msg_namelen}, and its length is set to what the
     * kernel returns). Null is C's {@code NULL, 0}.
     */
    public MsgHdr setName(SockAddr name) {
        this.name = name;
        return this;
    }

    // ---- msg_iov, msg_iovlen

    /** {@code msg_iov}: the segments (the first {@link #iovlen()} are used). */
    public Iovec[] iov() {
        return iov;
    }

    /** {@code msg_iovlen}. */
    public int iovlen() {
        return iovlen;
    }

    /** Sets {@code msg_iov} to all of {@code iov} ({@code msg_iovlen = iov.length}). */
    public MsgHdr setIov(Iovec... iov) {
        return setIov(iov, iov.length);
    }

    /** Sets {@code msg_iov} to the first {@code iovlen} segments of {@code iov}. */
    public MsgHdr setIov(Iovec[] iov, int iovlen) {
        Objects.checkFromIndexSize(0, iovlen, iov.length);
        for (int i = 0; i < iovlen; i++) {
            Objects.requireNonNull(iov[i], "iov[" + i + "]");
        }
        this.iov = iov;
        this.iovlen = iovlen;
        return this;
    }

    /**
     * One segment, {@code buf[off..off+len)} (the book's {@code iov[0].iov_base = ptr;
     * iov[0].iov_len = nbytes; msg.msg_iovlen = 1}); reuses this header's own {@link Iovec}, so
     * calling it for every message allocates nothing. {@code buf} may be null with
     * {@code len} 0.
     */
    public MsgHdr setIov(byte[] buf, int off, int len) {
        if (single == null) {
            single = new Iovec(buf, off, len);
        } else {
            single.set(buf, off, len);
        }
        if (iov.length != 1 || iov[0] != single) {
            iov = new Iovec[] {single};
        }
        iovlen = 1;
        return this;
    }

    /** The sum of the segments' lengths: the most one {@code recvmsg} can return. */
    public long iovTotal() {
        return Iovec.total(iov, iovlen);
    }

    // ---- msg_control, msg_controllen

    /** {@code msg_control}: the control buffer, or null. */
    public byte[] control() {
        return control;
    }

    /**
     * {@code msg_controllen}: before {@code sendmsg}, how many bytes of control data to send;
     * before {@code recvmsg}, how much room there is; after {@code recvmsg}, how many bytes the
     * kernel stored.
     */
    public int controllen() {
        return controllen;
    }

    /**
     * Sets {@code msg_control} to {@code buf} and {@code msg_controllen} to its length, as
     * before a {@code recvmsg} (null: no control buffer, length 0). Size the buffer with
     * {@link Cmsg#CMSG_SPACE} of each message expected.
     */
    public MsgHdr setControl(byte[] buf) {
        return setControl(buf, buf == null ? 0 : buf.length);
    }

    /** Sets {@code msg_control} to {@code buf} and {@code msg_controllen} to {@code controllen}. */
    public MsgHdr setControl(byte[] buf, int controllen) {
        if (buf == null ? controllen != 0 : controllen < 0 || controllen > buf.length) {
            throw new IndexOutOfBoundsException("controllen " + controllen + " outside 0.."
                    + (buf == null ? 0 : buf.length));
        }
        this.control = buf;
        this.controllen = controllen;
        return this;
    }

    /** Sets {@code msg_controllen}; it cannot exceed the control buffer. */
    public MsgHdr setControllen(int controllen) {
        return setControl(control, controllen);
    }

    // ---- msg_flags

    /** {@code msg_flags}: set by {@code recvmsg} (MSG_TRUNC, MSG_CTRUNC, MSG_EOR, MSG_OOB ...). */
    public int flags() {
        return flags;
    }

    /** Sets {@code msg_flags} (the kernel ignores it on {@code sendmsg} and overwrites it on {@code recvmsg}). */
    public MsgHdr setFlags(int flags) {
        this.flags = flags;
        return this;
    }

    /** True if {@code recvmsg} discarded part of a datagram that did not fit the segments. */
    public boolean truncated() {
        return (flags & Constants.MSG_TRUNC) != 0;
    }

    /**
     * True if {@code recvmsg} discarded control data that did not fit the control buffer;
     * descriptors passed in the part lost were closed by the kernel.
     */
    public boolean controlTruncated() {
        return (flags & Constants.MSG_CTRUNC) != 0;
    }

    // ---- reading control messages

    /**
     * {@code CMSG_FIRSTHDR}: the first control message, or null when {@link #controllen()} is
     * smaller than a {@code cmsghdr} (no control data).
     */
    public Cmsg firstHdr() {
        if (control == null || controllen < Cmsg.HDR_SIZE) {
            return null;
        }
        return new Cmsg(control, 0, controllen);
    }

    /**
     * {@code CMSG_NXTHDR}: the message after {@code cmsg}, or null when there is none: when
     * {@code cmsg}'s length is too small to be a header or runs past {@link #controllen()}, or
     * the next header or its data would extend past {@link #controllen()} (glibc's checks, with
     * no arithmetic overflow for a corrupt length).
     */
    public Cmsg nxtHdr(Cmsg cmsg) {
        if (cmsg == null) {
            return firstHdr();
        }
        if (control == null || cmsg.buffer() != control) {
            throw new IllegalArgumentException("the control message does not belong to this msghdr's buffer");
        }
        long len = cmsg.len();
        if (len < Cmsg.HDR_SIZE || len > controllen - cmsg.offset()) {
            return null; // too short to be a header, or runs past the end: no next (and no overflow)
        }
        long next = cmsg.offset() + Cmsg.align(len);
        if (next + Cmsg.HDR_SIZE > controllen) {
            return null;
        }
        Cmsg n = new Cmsg(control, (int) next, controllen);
        if (next + Cmsg.align(n.len()) > controllen) {
            return null;
        }
        return n;
    }

    /** Every control message, in order ({@link #firstHdr()}, then {@link #nxtHdr} until null). */
    public List<Cmsg> cmsgs() {
        List<Cmsg> all = new ArrayList<>();
        for (Cmsg c = firstHdr(); c != null; c = nxtHdr(c)) {
            all.add(c);
        }
        return all;
    }

    /** The first control message of {@code level} and {@code type}, or null. */
    public Cmsg find(int level, int type) {
        for (Cmsg c = firstHdr(); c != null; c = nxtHdr(c)) {
            if (c.level() == level && c.type() == type) {
                return c;
            }
        }
        return null;
    }

    // ---- writing control messages

    /**
     * Starts writing control messages from the beginning of the control buffer:
     * {@code msg_controllen = 0} (the buffer is kept).
     */
    public MsgHdr clearControl() {
        controllen = 0;
        return this;
    }

    /**
     * Appends a control message with room for {@code dataLen} bytes of data at the end of the
     * control data ({@link #controllen()} rounded up by {@code CMSG_ALIGN}), sets its
     * {@code cmsg_len} ({@code CMSG_LEN(dataLen)}), level and type, zeroes its data and padding,
     * and grows {@link #controllen()} by {@code CMSG_SPACE(dataLen)}.
     *
     * @return the new message, to fill its data with {@link Cmsg#setData} or {@link Cmsg#setDataInt}
     * @throws IllegalStateException if there is no control buffer or it has no room (size it
     *     with {@link Cmsg#CMSG_SPACE})
     */
    public Cmsg addCmsg(int level, int type, int dataLen) {
        if (dataLen < 0) {
            throw new IllegalArgumentException("negative data length " + dataLen);
        }
        int at = Cmsg.CMSG_ALIGN(controllen);
        long end = (long) at + Cmsg.CMSG_SPACE(dataLen);
        if (control == null || end > control.length) {
            throw new IllegalStateException("no room in the control buffer for CMSG_SPACE(" + dataLen + ") = "
                    + Cmsg.CMSG_SPACE(dataLen) + " bytes at offset " + at + " (buffer: "
                    + (control == null ? "none" : control.length + " bytes") + ")");
        }
        java.util.Arrays.fill(control, at, (int) end, (byte) 0);
        controllen = (int) end;
        Cmsg c = new Cmsg(control, at, controllen);
        c.setLen(Cmsg.CMSG_LEN(dataLen));
        c.setLevel(level);
        c.setType(type);
        return c;
    }

    /** Appends a control message holding {@code data}. */
    public MsgHdr addCmsg(int level, int type, byte[] data) {
        addCmsg(level, type, data.length).setData(data);
        return this;
    }

    /**
     * Appends an {@code SCM_RIGHTS} message passing {@code fds} (the book's {@code write_fd}
     * sends one). The receiver gets new descriptors for the same open files.
     */
    public MsgHdr addRights(int... fds) {
        Cmsg c = addCmsg(Constants.SOL_SOCKET, Constants.SCM_RIGHTS, fds.length * Integer.BYTES);
        for (int i = 0; i < fds.length; i++) {
            c.setDataInt(i, fds[i]);
        }
        return this;
    }

    /**
     * Appends an {@code SCM_CREDENTIALS} message with {@code cred}: Linux checks it (a process
     * other than root can only send its own pid, uid and gid; anything else fails with EPERM).
     */
    public MsgHdr addCredentials(Ucred cred) {
        Cmsg c = addCmsg(Constants.SOL_SOCKET, Constants.SCM_CREDENTIALS, Ucred.SIZE);
        c.setDataInt(0, cred.pid());
        c.setDataInt(Layouts.UCRED_UID / Integer.BYTES, cred.uid());
        c.setDataInt(Layouts.UCRED_GID / Integer.BYTES, cred.gid());
        return this;
    }

    @Override
    public String toString() {
        return "MsgHdr[name=" + name + ", iovlen=" + iovlen + ", iovTotal=" + iovTotal() + ", controllen="
                + controllen + ", flags=0x" + Integer.toHexString(flags) + "]";
    }
}
