package io.unp.abi;

/**
 * {@code struct pollfd} ({@code <poll.h>}): one descriptor for {@code poll(2)}, the events
 * asked for and the events returned. The book's programs keep an array of them, as C does:
 * {@code client[i].fd(connfd)}, {@code client[i].events(POLLRDNORM)},
 * {@code (client[i].revents() & POLLRDNORM) != 0}.
 *
 * <p>A negative {@code fd} is ignored by the kernel and its {@code revents} come back 0.
 * {@code Sys.poll} copies the array into the kernel's 8-byte layout ({@code int fd},
 * {@code short events}, {@code short revents}) and copies {@code revents} back.
 */
public final class PollFd {
    private int fd = -1;
    private short events;
    private short revents;

    /** An unused entry: {@code fd} -1. */
    public PollFd() {}

    /** An entry for {@code fd} asking for {@code events}. */
    public PollFd(int fd, int events) {
        this.fd = fd;
        this.events = (short) events;
    }

    /** An array of {@code n} unused entries, as the book's {@code struct pollfd client[OPEN_MAX]}. */
    public static PollFd[] array(int n) {
        PollFd[] a = new PollFd[n];
        for (int i = 0; i < n; i++) {
            a[i] = new PollFd();
        }
        return a;
    }

    public int fd() {
        return fd;
    }

    public PollFd fd(int fd) {
        this.fd = fd;
        return this;
    }

    public int events() {
        return events & 0xffff;
    }

    public PollFd events(int events) {
        this.events = (short) events;
        return this;
    }

    /** The events the last {@code poll} returned for this entry. */
    public int revents() {
        return revents & 0xffff;
    }

    public PollFd revents(int revents) {
        this.revents = (short) revents;
        return this;
    }

    @Override
    public String toString() {
        return "pollfd{fd=" + fd + ", events=0x" + Integer.toHexString(events()) + ", revents=0x"
                + Integer.toHexString(revents()) + "}";
    }
}
