package io.unp.net;

/**
 * The argument of a socket {@code ioctl(2)} request that points at a fixed-size structure
 * ({@link IfReq}, {@link ArpReq}, {@link IntRef}): the bytes the kernel reads and writes in
 * place, laid out as the C structure.
 */
public interface IoctlArg {
    /** The structure's bytes; the call passes a pointer to a copy and copies the result back. */
    byte[] bytes();
}
