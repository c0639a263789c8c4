package io.unp.examples.threads;

import static io.unp.lib.Err.quit;
import static io.unp.lib.TcpListen.TcpListen;

/**
 * The argument handling both threaded echo servers share: {@code [ <host> ] <service or port>}
 * to {@code Tcp_listen}, with the usage message both C servers print (tcpserv02's says
 * tcpserv01 too).
 */
final class ServListen {
    private ServListen() {}

    /** The listening socket; {@code addrlen[0]} gets the size of its addresses. */
    static int listen(String[] args, int[] addrlen) {
        if (args.length == 1) {
            return TcpListen(null, args[0], addrlen);
        } else if (args.length == 2) {
            return TcpListen(args[0], args[1], addrlen);
        }
        throw quit("usage: tcpserv01 [ <host> ] <service or port>");
    }
}
