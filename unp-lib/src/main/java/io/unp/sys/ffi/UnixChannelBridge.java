package io.unp.sys.ffi;

import io.unp.abi.NativeUnavailableException;
import java.nio.channels.Channel;
import java.nio.channels.SocketChannel;
import jnr.enxio.channels.NativeSelectableChannel;
import jnr.unixsocket.UnixSocketChannel;

/**
 * The one place that touches jnr-unixsocket: wraps a descriptor in its
 * {@code UnixSocketChannel} ({@code fromFD}) and reads the descriptor back out of one. The
 * checks and the documentation of the limits are in {@link io.unp.sys.UnixChannels}, which is
 * what programs and library users call.
 *
 * <p>jnr-unixsocket brings jnr-ffi with it, which the rest of unp-lib does not load; the classes
 * load only when this is first used.
 */
public final class UnixChannelBridge {
    private UnixChannelBridge() {}

    /** {@code UnixSocketChannel.fromFD(fd)}: a connected channel that owns {@code fd}. */
    public static SocketChannel fromFd(int fd) {
        try {
            return UnixSocketChannel.fromFD(fd);
        } catch (LinkageError | IllegalStateException e) {
            throw new NativeUnavailableException("jnr-unixsocket cannot be loaded: " + e, e);
        }
    }

    /** The descriptor under a jnr-unixsocket (or other jnr-enxio) channel, or -1 for any other channel. */
    public static int fdOf(Channel channel) {
        if (channel instanceof NativeSelectableChannel) {
            return ((NativeSelectableChannel) channel).getFD();
        }
        return -1;
    }
}
