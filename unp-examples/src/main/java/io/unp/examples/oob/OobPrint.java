package io.unp.examples.oob;

import static io.unp.lib.TcpListen.TcpListen;

import io.unp.lib.Err;
import io.unp.lib.Stdio;

/**
 * What the receivers of oob/ share: the {@code [ <host> ] <port#>} arguments to
 * {@code Tcp_listen}, and their lines {@code read N bytes: DATA} / {@code read N OOB byte: D},
 * the data printed as the C's {@code %s} of the NUL-terminated buffer (its bytes up to the
 * first NUL, unchanged).
 */
final class OobPrint {
    private OobPrint() {}

    /** {@code Tcp_listen(NULL, argv[1], NULL)} or {@code Tcp_listen(argv[1], argv[2], NULL)}. */
    static int listen(String[] args, String program) {
        if (args.length == 1) {
            return TcpListen(null, args[0], null);
        } else if (args.length == 2) {
            return TcpListen(args[0], args[1], null);
        }
        throw Err.quit("usage: %s [ <host> ] <port#>", program);
    }

    /** {@code printf("<prefix>%s\n", buff)} with {@code buff[n] = 0}. */
    static void line(String prefix, byte[] buff, int n) {
        byte[] head = prefix.getBytes(Stdio.BYTES);
        int len = 0;
        while (len < n && buff[len] != 0) {
            len++;
        }
        byte[] out = new byte[head.length + len + 1];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(buff, 0, out, head.length, len);
        out[out.length - 1] = '\n';
        Stdio.out(out);
    }

    /** {@code read N bytes: DATA}, a normal read. */
    static void read(byte[] buff, int n) {
        line("read " + n + " bytes: ", buff, n);
    }

    /** {@code read N OOB byte: D}, a read with MSG_OOB. */
    static void readOob(byte[] buff, int n) {
        line("read " + n + " OOB byte: ", buff, n);
    }
}
