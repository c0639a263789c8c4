package io.unp.examples.server;

import static io.unp.lib.TcpConnect.TcpConnect;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Fork;
import io.unp.net.Linger;
import io.unp.net.SolSocket;

/**
 * server/clientrst: {@link Client}, except that its third child (number 2) aborts every third
 * connection before sending anything: SO_LINGER {1, 0} and close, so the server gets an RST for a
 * connection that may still wait in its listen queue; then connects again and goes on. The book
 * wrote it for its XTI server. Same arguments as {@code client}.
 */
public final class ClientRst {
    private ClientRst() {}

    public static void main(String[] args) {
        Client.clientMain(args, Child.class);
    }

    /** The child: {@code fds[0]} is the pipe with its arguments. */
    public static final class Child implements Fork.Child {
        @Override
        public void run(int[] fds) {
            Client.childLoop(ChildArgs.receive(fds[0]), (fd, i, j, host, port) -> {
                if (i == 2 && (j % 3) == 0) {
                    Setsockopt(fd, SolSocket.SO_LINGER, new Linger(1, 0));
                    Close(fd);

                    // and just continue on for this client connection ...
                    fd = TcpConnect(host, port);
                }
                return fd;
            });
        }
    }
}
