package io.unp.net;

/**
 * A protocol header laid over a byte array at an offset, the way C casts a pointer into a
 * packet ({@code ip = (struct ip *) ptr;}). The subclasses name every field after its C
 * struct member and take its offset from {@link io.unp.abi.Layouts}, so no program counts an
 * offset by hand. Multi-byte fields are read and written in network byte order (the reader
 * gets the host value, as C's {@code ntohs(ip->ip_len)}), except where a method says it
 * copies the field as C's plain assignment does.
 */
public abstract class Hdr {
    /** The packet. */
    protected final byte[] buf;
    /** Where this header starts in {@link #buf}. */
    protected final int off;

    protected Hdr(byte[] buf, int off) {
        if (off < 0 || off > buf.length) {
            throw new IndexOutOfBoundsException("header at " + off + " of a " + buf.length + "-byte packet");
        }
        this.buf = buf;
        this.off = off;
    }

    /** The packet this header is in. */
    public final byte[] buffer() {
        return buf;
    }

    /** The offset of this header in {@link #buffer()}. */
    public final int offset() {
        return off;
    }

    protected final int u8(int at) {
        return buf[off + at] & 0xff;
    }

    protected final void u8(int at, int v) {
        buf[off + at] = (byte) v;
    }

    /** A 16-bit field in network byte order, as a host value 0..65535. */
    protected final int u16(int at) {
        return ((buf[off + at] & 0xff) << 8) | (buf[off + at + 1] & 0xff);
    }

    protected final void u16(int at, int v) {
        buf[off + at] = (byte) (v >>> 8);
        buf[off + at + 1] = (byte) v;
    }

    /** A 16-bit field as C reads it with no {@code ntohs}: the bytes in this machine's order. */
    protected final int u16Native(int at) {
        return HostOrder.u16(buf, off + at);
    }

    protected final void u16Native(int at, int v) {
        HostOrder.u16(buf, off + at, v);
    }

    protected final byte[] bytes(int at, int n) {
        byte[] b = new byte[n];
        System.arraycopy(buf, off + at, b, 0, n);
        return b;
    }

    protected final void bytes(int at, byte[] src, int n) {
        System.arraycopy(src, 0, buf, off + at, n);
    }
}
