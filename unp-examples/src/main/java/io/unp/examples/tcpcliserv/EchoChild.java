package io.unp.examples.tcpcliserv;

import static io.unp.lib.StrEcho.strEcho;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Fork;

/**
 * The child branch of the fork-per-client echo servers (tcpserv01-04): close the listening
 * socket, serve the client with {@code str_echo}, exit. Runs in the child JVM that
 * {@code Fork(EchoChild.class, listenfd, connfd)} starts.
 */
public final class EchoChild implements Fork.Child {
    @Override
    public void run(int[] fds) {
        Close(fds[0]); // close listening socket
        strEcho(fds[1]); // process the request
    }
}
