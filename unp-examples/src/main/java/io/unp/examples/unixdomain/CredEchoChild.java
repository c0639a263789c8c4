package io.unp.examples.unixdomain;

import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Fork;

/**
 * The child branch of unixdomain/unixstrserv02: close the listening socket, then the
 * credentials-printing {@code str_echo} of unixdomain/strecho.c ({@link StrEchoCred}). Public
 * only because the child JVM instantiates it.
 */
public final class CredEchoChild implements Fork.Child {
    @Override
    public void run(int[] fds) {
        Close(fds[0]); // close listening socket
        StrEchoCred.strEcho(fds[1]); // process the request
    }
}
