package io.unp.sys;

import io.unp.sys.ffi.SharingCalls;
import java.util.Objects;

/**
 * A region of memory that {@link Sys#mmap} mapped: its address and length, and bounds-checked
 * loads and stores into it, in native byte order (C's {@code ptr[i]} and {@code ptr[i] = v}).
 *
 * <p>A {@code MAP_SHARED} mapping of the same file (or memfd) in several processes is the same
 * memory: a store in one is seen by the loads of the others. The addresses differ from process to
 * process, which is why the book's shared structures hold no pointers. After {@link Sys#munmap}
 * every access throws {@link IllegalStateException} instead of touching unmapped memory.
 */
public final class Mapping {
    private final long address;
    private final long length;
    private volatile boolean unmapped;

    Mapping(long address, long length) {
        this.address = address;
        this.length = length;
    }

    /** The address the kernel chose (the value {@code mmap} returned). */
    public long address() {
        return address;
    }

    /** The length asked for. */
    public long length() {
        return length;
    }

    /** True once {@link Sys#munmap} has unmapped it. */
    public boolean unmapped() {
        return unmapped;
    }

    void markUnmapped() {
        unmapped = true;
    }

    /** The address of {@code size} bytes at {@code offset}, checked against the length. */
    long at(long offset, long size) {
        if (unmapped) {
            throw new IllegalStateException("mapping at 0x" + Long.toHexString(address) + " was unmapped");
        }
        Objects.checkFromIndexSize(offset, size, length);
        return address + offset;
    }

    /** The {@code long} at byte {@code offset}. */
    public long getLong(long offset) {
        return SharingCalls.get().getLong(at(offset, 8));
    }

    /** Stores {@code value} as the {@code long} at byte {@code offset}. */
    public void putLong(long offset, long value) {
        SharingCalls.get().putLong(at(offset, 8), value);
    }

    /** The {@code int} at byte {@code offset}. */
    public int getInt(long offset) {
        return SharingCalls.get().getInt(at(offset, 4));
    }

    /** Stores {@code value} as the {@code int} at byte {@code offset}. */
    public void putInt(long offset, int value) {
        SharingCalls.get().putInt(at(offset, 4), value);
    }

    /** Copies {@code len} bytes from byte {@code offset} into {@code dst[off..]}. */
    public void get(long offset, byte[] dst, int off, int len) {
        Objects.checkFromIndexSize(off, len, dst.length);
        SharingCalls.get().get(at(offset, len), dst, off, len);
    }

    /** Copies {@code src[off..off+len)} to byte {@code offset}. */
    public void put(long offset, byte[] src, int off, int len) {
        Objects.checkFromIndexSize(off, len, src.length);
        SharingCalls.get().put(at(offset, len), src, off, len);
    }

    @Override
    public String toString() {
        return "mapping{0x" + Long.toHexString(address) + ", " + length + " bytes" + (unmapped ? ", unmapped" : "") + "}";
    }
}
