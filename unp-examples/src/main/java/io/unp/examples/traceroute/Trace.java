package io.unp.examples.traceroute;

import io.unp.abi.Layouts;
import io.unp.net.SockAddr;

/**
 * traceroute/trace.h: the globals, {@code struct rec} (what each UDP probe carries) and
 * {@code struct proto}, the per-family table main fills in.
 */
final class Trace {
    private Trace() {}

    static final int BUFSIZE = 1500;

    // struct rec { u_short rec_seq; u_short rec_ttl; struct timeval rec_tv; }, laid out as C
    // does on this machine: the shorts in host byte order, the timeval at its alignment (8)
    static final int REC_SEQ = 0;
    static final int REC_TTL = 2;
    static final int REC_TV = (4 + Long.BYTES - 1) & -Long.BYTES;
    /** {@code sizeof(struct rec)}: 24 on x86_64 and aarch64. */
    static final int REC_SIZE = REC_TV + Layouts.TIMEVAL_SIZE;

    /** What {@code recv} returns: -3 timeout, -2 time exceeded, -1 port unreachable, else the unreachable code. */
    interface Recv {
        int recv(int seq, io.unp.abi.Timeval tv);
    }

    /** {@code struct proto}. */
    static final class Proto {
        final java.util.function.IntFunction<String> icmpcode;
        final Recv recv;
        SockAddr sasend; // sockaddr{} for send, from getaddrinfo
        SockAddr sarecv; // sockaddr{} for receiving
        SockAddr salast; // last sockaddr{} for receiving
        SockAddr sabind; // sockaddr{} for binding source port
        final int icmpproto; // IPPROTO_xxx value for ICMP
        final int ttllevel; // setsockopt() level to set TTL
        final int ttloptname; // setsockopt() name to set TTL

        Proto(java.util.function.IntFunction<String> icmpcode, Recv recv, int icmpproto, int ttllevel, int ttloptname) {
            this.icmpcode = icmpcode;
            this.recv = recv;
            this.icmpproto = icmpproto;
            this.ttllevel = ttllevel;
            this.ttloptname = ttloptname;
        }
    }

    static final byte[] recvbuf = new byte[BUFSIZE];
    static final byte[] sendbuf = new byte[BUFSIZE];

    static int datalen = REC_SIZE;
    static String host;
    static int sport;
    static int dport = 32768 + 666;
    static int nsent;
    static int pid;
    static int probe;
    static int nprobes = 3;
    static int sendfd;
    static int recvfd; // send on UDP sock, read on raw ICMP sock
    static int ttl;
    static int maxTtl = 30;
    static int verbose;
    static Proto pr;
}
