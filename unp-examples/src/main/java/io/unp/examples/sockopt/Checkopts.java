package io.unp.examples.sockopt;

import static io.unp.lib.WrapSock.Socket;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.net.IpProto;
import io.unp.net.SockOpt;
import io.unp.net.SolSocket;
import io.unp.net.TcpProto;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * sockopt/checkopts (figures 7.3 to 7.5): prints the default of each socket option in the
 * book's table for a new TCP socket, or {@code (undefined)} for an option this system lacks.
 *
 * <p>As the C program, it reads each option with the raw {@code getsockopt} into a buffer the
 * size of its {@code union val} and checks the length the kernel returned before printing the
 * value. On Linux SO_USELOOPBACK is undefined (the C program does not even compile there).
 */
public final class Checkopts {
    private Checkopts() {}

    /** {@code sizeof(union val)}: its largest member is a {@code struct timeval}. */
    private static final int VAL_SIZE = 16;

    /** Turns the bytes {@code getsockopt} returned into the text after {@code "default = "}. */
    private interface ValStr {
        String format(ByteBuffer val, int len);
    }

    /** One row of {@code sock_opts}: an option and how to print its value. */
    private record SockOpts(SockOpt<?> opt, ValStr valStr) {}

    private static final List<SockOpts> SOCK_OPTS = List.of(
            new SockOpts(SolSocket.SO_BROADCAST, Checkopts::sockStrFlag),
            new SockOpts(SolSocket.SO_DEBUG, Checkopts::sockStrFlag),
            new SockOpts(SolSocket.SO_DONTROUTE, Checkopts::sockStrFlag),
            new SockOpts(SolSocket.SO_ERROR, Checkopts::sockStrInt),
            new SockOpts(SolSocket.SO_KEEPALIVE, Checkopts::sockStrFlag),
            new SockOpts(SolSocket.SO_LINGER, Checkopts::sockStrLinger),
            new SockOpts(SolSocket.SO_OOBINLINE, Checkopts::sockStrFlag),
            new SockOpts(SolSocket.SO_RCVBUF, Checkopts::sockStrInt),
            new SockOpts(SolSocket.SO_SNDBUF, Checkopts::sockStrInt),
            new SockOpts(SolSocket.SO_RCVLOWAT, Checkopts::sockStrInt),
            new SockOpts(SolSocket.SO_SNDLOWAT, Checkopts::sockStrInt),
            new SockOpts(SolSocket.SO_RCVTIMEO, Checkopts::sockStrTimeval),
            new SockOpts(SolSocket.SO_SNDTIMEO, Checkopts::sockStrTimeval),
            new SockOpts(SolSocket.SO_REUSEADDR, Checkopts::sockStrFlag),
            new SockOpts(SolSocket.SO_REUSEPORT, Checkopts::sockStrFlag),
            new SockOpts(SolSocket.SO_TYPE, Checkopts::sockStrInt),
            new SockOpts(SolSocket.SO_USELOOPBACK, Checkopts::sockStrFlag),
            new SockOpts(IpProto.IP_TOS, Checkopts::sockStrInt),
            new SockOpts(IpProto.IP_TTL, Checkopts::sockStrInt),
            new SockOpts(TcpProto.TCP_MAXSEG, Checkopts::sockStrInt),
            new SockOpts(TcpProto.TCP_NODELAY, Checkopts::sockStrFlag));

    public static void main(String[] args) {
        int fd = Socket(AF_INET, SOCK_STREAM, 0);
        byte[] val = new byte[VAL_SIZE];

        for (SockOpts ptr : SOCK_OPTS) {
            Stdio.printf("%s: ", ptr.opt().name());
            if (!ptr.opt().onLinux()) {
                Stdio.printf("(undefined)\n");
                continue;
            }
            int len;
            try {
                len = Sys.getsockopt(fd, ptr.opt().level(), ptr.opt().optname(), val);
            } catch (ErrnoException e) {
                Err.ret("getsockopt error");
                continue;
            }
            ByteBuffer b = ByteBuffer.wrap(val).order(ByteOrder.nativeOrder());
            Stdio.printf("default = %s\n", ptr.valStr().format(b, len));
        }
    }

    /** {@code sock_str_flag}: an {@code int} that is off when zero. */
    private static String sockStrFlag(ByteBuffer val, int len) {
        if (len != Integer.BYTES) {
            return String.format("size (%d) not sizeof(int)", len);
        }
        return val.getInt(0) == 0 ? "off" : "on";
    }

    /** {@code sock_str_int}. */
    private static String sockStrInt(ByteBuffer val, int len) {
        if (len != Integer.BYTES) {
            return String.format("size (%d) not sizeof(int)", len);
        }
        return Integer.toString(val.getInt(0));
    }

    /** {@code sock_str_linger}: {@code struct linger}, two {@code int}s. */
    private static String sockStrLinger(ByteBuffer val, int len) {
        if (len != 2 * Integer.BYTES) {
            return String.format("size (%d) not sizeof(struct linger)", len);
        }
        return String.format("l_onoff = %d, l_linger = %d", val.getInt(0), val.getInt(4));
    }

    /** {@code sock_str_timeval}: {@code struct timeval}, two {@code long}s on Linux x86_64. */
    private static String sockStrTimeval(ByteBuffer val, int len) {
        if (len != 2 * Long.BYTES) {
            return String.format("size (%d) not sizeof(struct timeval)", len);
        }
        return String.format("%d sec, %d usec", val.getLong(0), val.getLong(8));
    }
}
