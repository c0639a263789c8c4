package io.unp.examples.mcast;

import static io.unp.lib.WrapSock.Recvfrom;

import io.unp.lib.Fork;
import io.unp.lib.SockNtop;
import io.unp.lib.Stdio;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/** mcast/recv.c: {@code recv_all}, the child of {@link Main}: prints each datagram and its sender. */
public final class Recv implements Fork.Child {
    @Override
    public void run(int[] fds) {
        recvAll(fds[0]);
    }

    /** {@code recv_all}: {@code from 10.200.1.10.38211: solaris, 4242} for every datagram, forever. */
    static void recvAll(int recvfd) {
        byte[] line = new byte[Unp.MAXLINE + 1];
        SockAddr safrom = new SockaddrStorage();

        for (;;) {
            int n = Recvfrom(recvfd, line, Unp.MAXLINE, 0, safrom);
            byte[] head = ("from " + SockNtop.SockNtop(safrom) + ": ").getBytes(Stdio.BYTES);
            byte[] out = new byte[head.length + n];
            System.arraycopy(head, 0, out, 0, head.length);
            System.arraycopy(line, 0, out, head.length, n);
            Stdio.out(out);
        }
    }
}
