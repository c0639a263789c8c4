package io.unp.examples.mcast;

import static io.unp.lib.WrapSock.Sendto;

import io.unp.lib.Err;
import io.unp.lib.Stdio;
import io.unp.net.SockAddr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/** mcast/send.c: {@code send_all}, the parent of {@link Main}. */
final class Send {
    private Send() {}

    /** Send one datagram every SENDRATE seconds. */
    static final int SENDRATE = 5;

    /** {@code send_all}: sends "hostname, pid\n" to {@code sadest} every {@value #SENDRATE} seconds, forever. */
    static void sendAll(int sendfd, SockAddr sadest) {
        String nodename;
        try {
            nodename = Sys.uname().nodename();
        } catch (ErrnoException e) {
            throw Err.sys("uname error");
        }
        byte[] line = String.format("%s, %d\n", nodename, Sys.getpid()).getBytes(Stdio.BYTES);

        for (;;) {
            Sendto(sendfd, line, line.length, 0, sadest);

            Sys.sleep(SENDRATE);
        }
    }
}
