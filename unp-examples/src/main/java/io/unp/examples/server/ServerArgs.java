package io.unp.examples.server;

import static io.unp.lib.TcpListen.TcpListen;

import io.unp.lib.Err;

/**
 * The argument handling every server of the chapter repeats: {@code [ <host> ] <port#>}, then
 * {@code extra} more arguments ({@code <#children>} or {@code <#threads>}); {@code Tcp_listen}
 * on the host (or the wildcard) and port, or the program's usage line and exit status 1.
 */
final class ServerArgs {
    private ServerArgs() {}

    /** The listening socket; {@code addrlen[0]} gets the size of its address. */
    static int tcpListen(String[] args, int extra, String usage, int[] addrlen) {
        if (args.length == 1 + extra) {
            return TcpListen(null, args[0], addrlen);
        } else if (args.length == 2 + extra) {
            return TcpListen(args[0], args[1], addrlen);
        }
        throw Err.quit("%s", usage);
    }

    /** C's {@code atoi} of the last argument: the number of children or threads. */
    static int last(String[] args) {
        return io.unp.lib.WrapSock.atoi(args[args.length - 1]);
    }
}
