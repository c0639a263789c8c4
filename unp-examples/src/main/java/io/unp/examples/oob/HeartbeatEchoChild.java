package io.unp.examples.oob;

import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.Fork;

/** The child of oob/tcpserv02: close the listening socket, echo with the heartbeat, exit. */
public final class HeartbeatEchoChild implements Fork.Child {
    @Override
    public void run(int[] fds) {
        Close(fds[0]); // close listening socket
        StrEcho02.strEcho(fds[1]); // process the request
    }
}
