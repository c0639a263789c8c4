package io.unp.examples.icmpd;

import io.unp.abi.Layouts;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * icmpd/unpicmpd.h (figure 25.28): the daemon's well-known pathname and
 * {@code struct icmpd_err}, the message it writes to a client for each ICMP error about the
 * client's UDP socket. Laid out as C lays it out on this machine, so the C client and the Java
 * daemon (or the other way round) understand each other:
 *
 * <pre>
 *   int       icmpd_errno;   0   EHOSTUNREACH, EMSGSIZE, ECONNREFUSED
 *   char      icmpd_type;    4   the ICMPv4 or ICMPv6 type
 *   char      icmpd_code;    5   and code
 *   socklen_t icmpd_len;     8   length of the sockaddr that follows
 *   struct sockaddr icmpd_dest + fill: 12, MAXSOCKADDR (128) bytes
 * </pre>
 */
final class Unpicmpd {
    private Unpicmpd() {}

    /** The server's well-known pathname. */
    static final String ICMPD_PATH = "/tmp/icmpd";

    /** The book's {@code MAXSOCKADDR} (unp.h): room for any socket address. */
    static final int MAXSOCKADDR = 128;

    static final int ERRNO = 0;
    static final int TYPE = 4;
    static final int CODE = 5;
    static final int LEN = 8;
    static final int DEST = 12;
    /** {@code sizeof(struct icmpd_err)}: 140. */
    static final int SIZE = DEST + MAXSOCKADDR;

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.nativeOrder());

    /** Fills {@code buf} (SIZE bytes) with one {@code struct icmpd_err}. */
    static void put(byte[] buf, int errno, int type, int code, io.unp.net.SockAddr dest) {
        java.util.Arrays.fill(buf, 0, SIZE, (byte) 0);
        INT.set(buf, ERRNO, errno);
        buf[TYPE] = (byte) type;
        buf[CODE] = (byte) code;
        INT.set(buf, LEN, dest.len());
        System.arraycopy(dest.bytes(), 0, buf, DEST, Math.min(dest.len(), MAXSOCKADDR));
    }

    static int errno(byte[] buf) {
        return (int) INT.get(buf, ERRNO);
    }

    static int len(byte[] buf) {
        return (int) INT.get(buf, LEN);
    }

    static {
        if (Layouts.SOCKADDR_STORAGE_SIZE != MAXSOCKADDR) {
            throw new AssertionError("MAXSOCKADDR should be sizeof(struct sockaddr_storage)");
        }
    }
}
