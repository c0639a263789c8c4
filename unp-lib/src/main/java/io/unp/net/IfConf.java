package io.unp.net;

import io.unp.abi.Layouts;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code struct ifconf} (net/if.h) and the buffer it points at: what {@code SIOCGIFCONF}
 * fills with one {@code struct ifreq} per configured IPv4 address.
 *
 * <p>{@link #ifcLen()} is the buffer's size before the call and the bytes used after it, as
 * in C. A buffer of {@code null} asks Linux for the length it needs (a Linux extension). On
 * Linux every entry is {@code sizeof(struct ifreq)} bytes (40), not {@code IFNAMSIZ} plus the
 * address's length as on the book's BSD systems with {@code sa_len}: {@link #ifcReq()} walks
 * the buffer with that stride.
 */
public final class IfConf {
    private final byte[] buf;
    private int ifcLen;

    /** An {@code ifconf} whose {@code ifc_buf} is a new buffer of {@code len} bytes ({@code ifc_len = len}). */
    public IfConf(int len) {
        this.buf = new byte[len];
        this.ifcLen = len;
    }

    private IfConf() {
        this.buf = null;
        this.ifcLen = 0;
    }

    /** An {@code ifconf} with {@code ifc_buf = NULL}: Linux answers with the length it needs in {@code ifc_len}. */
    public static IfConf lengthQuery() {
        return new IfConf();
    }

    /** {@code ifc_buf}: the buffer (null for a length query). */
    public byte[] ifcBuf() {
        return buf;
    }

    /** {@code ifc_len}. */
    public int ifcLen() {
        return ifcLen;
    }

    /** Sets {@code ifc_len} (the kernel does, after the call). */
    public void ifcLen(int len) {
        if (len < 0 || (buf != null && len > buf.length)) {
            throw new IllegalArgumentException("ifc_len " + len + " outside the buffer");
        }
        this.ifcLen = len;
    }

    /** The entries in the first {@link #ifcLen()} bytes, in the kernel's order. */
    public List<IfReq> ifcReq() {
        List<IfReq> out = new ArrayList<>();
        if (buf == null) {
            return out;
        }
        for (int off = 0; off + Layouts.IFREQ_SIZE <= ifcLen; off += Layouts.IFREQ_SIZE) {
            out.add(IfReq.at(buf, off));
        }
        return out;
    }
}
