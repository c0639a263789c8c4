package io.unp.sys;

import io.unp.abi.Constants;
import io.unp.sys.ffi.UnixChannelBridge;
import java.nio.channels.Channel;
import java.nio.channels.SocketChannel;

/**
 * A bridge between the book's {@code int} descriptors and {@code java.nio} channels, for Java
 * code that wants a {@link SocketChannel} (streams, {@code ByteBuffer}s, libraries that take
 * channels) on a Unix-domain socket made with {@link Sys} (socketpair, accept, or a descriptor
 * received with {@code read_fd}). It uses jnr-unixsocket's {@code UnixSocketChannel.fromFD}.
 *
 * <p>What works, and what does not (measured with jnr-unixsocket 0.38.23):
 * <ul>
 *   <li>Connected SOCK_STREAM and SOCK_SEQPACKET sockets: {@code read}/{@code write} are
 *       read(2)/write(2) on the descriptor, unbuffered, so the channel and {@link Sys} calls on
 *       {@link #fd} can be mixed; a SOCK_SEQPACKET channel keeps record boundaries (one read,
 *       one record; a record longer than the buffer is cut).
 *   <li>Datagram sockets are refused: jnr-unixsocket has no {@code fromFD} for its
 *       {@code UnixDatagramChannel} (its descriptor constructor is package-private, and a channel
 *       made with it reads and writes nothing). Use {@link Sys#recvfrom}/{@link Sys#sendto} or
 *       {@link Sys#recvmsg}/{@link Sys#sendmsg} on the descriptor.
 *   <li>Listening sockets are refused: accept with {@link Sys#accept}, then wrap each connection.
 *   <li>No control messages: a channel cannot pass descriptors or credentials. Call the library's
 *       {@code readFd}/{@code writeFd}/{@code readCred} (or {@link Sys#recvmsg}) on {@link #fd}
 *       between channel reads; nothing is buffered in between. SO_PEERCRED works through
 *       {@link Sys#getsockopt} on the descriptor.
 *   <li>The channel owns the descriptor: closing it closes the descriptor (without telling
 *       {@link Sys#onClose} listeners, such as readline's per-descriptor buffers), and
 *       {@code configureBlocking(false)} sets O_NONBLOCK on it for every user.
 *   <li>Selectors: jnr's channels belong to jnr-enxio's selector provider; registering one with a
 *       JDK {@code Selector} throws {@code IllegalSelectorException}. Use jnr-enxio's own selector,
 *       or {@link Sys#poll}/{@link Sys#select} on the descriptor.
 *   <li>Linux abstract names: {@code getRemoteAddress} reports an abstract peer as an empty
 *       path, and the JDK's own {@code UnixDomainSocketAddress} cannot hold one at all; use
 *       {@link Sys#getpeername} with an {@link io.unp.net.SockaddrUn}.
 * </ul>
 * The channel's class is jnr-unixsocket's {@code UnixSocketChannel}; code that wants its own
 * methods (credentials, typed addresses) may cast to it.
 */
public final class UnixChannels {
    private UnixChannels() {}

    /**
     * A {@link SocketChannel} on the connected Unix-domain stream or seqpacket socket {@code fd};
     * from now on the channel owns the descriptor.
     *
     * @throws IllegalArgumentException if {@code fd} is not a Unix-domain socket, or is listening
     * @throws UnsupportedOperationException for a datagram socket, which jnr-unixsocket cannot wrap
     * @throws ErrnoException if {@code fd} is not a socket at all (ENOTSOCK) or not open (EBADF)
     * @throws io.unp.abi.NativeUnavailableException if jnr-unixsocket cannot be loaded
     */
    public static SocketChannel fromFd(int fd) {
        int domain = Sys.getsockoptInt(fd, Constants.SOL_SOCKET, Constants.SO_DOMAIN);
        if (domain != Constants.AF_UNIX) {
            throw new IllegalArgumentException("descriptor " + fd + " is not a Unix-domain socket (family " + domain
                    + "); jnr-unixsocket wraps only AF_UNIX sockets");
        }
        int type = Sys.getsockoptInt(fd, Constants.SOL_SOCKET, Constants.SO_TYPE);
        if (type == Constants.SOCK_DGRAM) {
            throw new UnsupportedOperationException("descriptor " + fd + " is a datagram socket: jnr-unixsocket has no"
                    + " fromFD for datagram channels; use Sys.recvfrom/sendto or recvmsg/sendmsg on the descriptor");
        }
        if (Sys.getsockoptInt(fd, Constants.SOL_SOCKET, Constants.SO_ACCEPTCONN) != 0) {
            throw new IllegalArgumentException("descriptor " + fd + " is a listening socket: accept with Sys.accept"
                    + " and wrap each connected descriptor");
        }
        return UnixChannelBridge.fromFd(fd);
    }

    /**
     * The descriptor under a channel made by {@link #fromFd} (or any jnr-unixsocket channel), for
     * the book's calls: {@code readFd}/{@code writeFd}, {@link Sys#recvmsg}, {@link Sys#poll} ...
     *
     * @throws IllegalArgumentException for a JDK channel, whose descriptor is not reachable
     */
    public static int fd(Channel channel) {
        int fd = UnixChannelBridge.fdOf(channel);
        if (fd < 0) {
            throw new IllegalArgumentException("not a jnr-unixsocket channel: " + channel.getClass().getName()
                    + " (the JDK does not expose its channels' descriptors)");
        }
        return fd;
    }
}
