package io.unp.lib;

import static io.unp.abi.Constants.MAP_SHARED;
import static io.unp.abi.Constants.PROT_READ;
import static io.unp.abi.Constants.PROT_WRITE;

import io.unp.sys.ErrnoException;
import io.unp.sys.Mapping;
import io.unp.sys.Sys;

/**
 * Memory a process shares with the children it forks: what a C program gets from
 * {@code mmap(MAP_SHARED)} of {@code /dev/zero}, or of nothing with {@code MAP_ANON}, before
 * {@code fork} (the book's {@code meter} and {@code lock_pthread}, chapter 27).
 *
 * <p>That C idiom does not carry over to a JVM. A C child is a copy of its parent, mappings
 * included, so both see the same pages. A forked JVM child ({@link Fork}) is a new program:
 * exec gives it an empty address space, and an mmap of {@code /dev/zero} in the child would
 * make new, unrelated zero pages (each such mmap is its own shared-memory object). What a child
 * JVM does inherit is its parent's descriptors. So the memory here is an anonymous file
 * ({@code memfd_create}, no close-on-exec) of the requested size, mapped {@code MAP_SHARED}: the
 * parent passes {@link #fd()} to each child, which maps the same file with {@link #attach}. The
 * pages are the same, at a different address in each process; like the book's shared
 * structures, nothing stored in them may be a pointer. The memory stays as long as any process
 * has it mapped or holds the descriptor.
 */
public final class SharedMemory {
    private final int fd;
    private final Mapping mapping;

    private SharedMemory(int fd, Mapping mapping) {
        this.fd = fd;
        this.mapping = mapping;
    }

    /**
     * New zero-filled shared memory of {@code size} bytes: {@code memfd_create},
     * {@code ftruncate}, {@code mmap(PROT_READ|PROT_WRITE, MAP_SHARED)}.
     *
     * @throws ErrnoException if one of those calls fails
     */
    public static SharedMemory create(long size) {
        int fd = Sys.memfdCreate("unp-shared", 0);
        try {
            Sys.ftruncate(fd, size);
            return new SharedMemory(fd, Sys.mmap(0, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0));
        } catch (ErrnoException e) {
            Sys.close(fd);
            throw e;
        }
    }

    /**
     * The memory behind {@code fd}, a descriptor of it that a parent passed to this process:
     * mapped {@code MAP_SHARED} at its whole size ({@code fstat}).
     */
    public static SharedMemory attach(int fd) {
        long size = Sys.fstatSize(fd);
        return new SharedMemory(fd, Sys.mmap(0, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0));
    }

    /** {@link #create}, ending the program with "shared memory error" on failure. */
    public static SharedMemory Create(long size) {
        try {
            return create(size);
        } catch (ErrnoException e) {
            throw Err.sys("shared memory error");
        }
    }

    /** {@link #attach}, ending the program with "shared memory error" on failure. */
    public static SharedMemory Attach(int fd) {
        try {
            return attach(fd);
        } catch (ErrnoException e) {
            throw Err.sys("shared memory error");
        }
    }

    /** The descriptor to pass to a child (it has no close-on-exec flag). */
    public int fd() {
        return fd;
    }

    /** The mapping in this process. */
    public Mapping mapping() {
        return mapping;
    }

    /** The {@code long} at index {@code i} of the memory seen as {@code long[]}. */
    public long getLong(int i) {
        return mapping.getLong(8L * i);
    }

    /** Stores {@code value} at index {@code i} of the memory seen as {@code long[]}. */
    public void putLong(int i, long value) {
        mapping.putLong(8L * i, value);
    }
}
