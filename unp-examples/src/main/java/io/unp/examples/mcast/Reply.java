package io.unp.examples.mcast;

import io.unp.lib.SockNtop;
import io.unp.lib.Stdio;
import io.unp.net.SockAddr;

/** The line every broadcast client prints for a reply: {@code from 10.200.1.11: <daytime>}. */
final class Reply {
    private Reply() {}

    /** {@code printf("from %s: %s", Sock_ntop_host(preply_addr, servlen), recvline)}, as bytes. */
    static void print(SockAddr from, byte[] recvline, int n) {
        byte[] head = ("from " + SockNtop.SockNtopHost(from) + ": ").getBytes(Stdio.BYTES);
        byte[] line = new byte[head.length + n];
        System.arraycopy(head, 0, line, 0, head.length);
        System.arraycopy(recvline, 0, line, head.length, n);
        Stdio.out(line);
    }
}
