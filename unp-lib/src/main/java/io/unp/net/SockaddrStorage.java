package io.unp.net;

/** {@code struct sockaddr_storage}: room for any address the kernel returns. */
public final class SockaddrStorage extends SockAddr {
    public SockaddrStorage() {
        super(STORAGE_SIZE);
    }
}
