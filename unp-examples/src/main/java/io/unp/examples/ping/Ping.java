package io.unp.examples.ping;

import io.unp.net.SockAddr;

/**
 * ping/ping.h: the program's globals and {@code struct proto}, the per-family table that
 * main fills in: which function processes a received packet and which sends a request, the
 * destination and a place for each sender's address, and the ICMP protocol number.
 */
final class Ping {
    private Ping() {}

    /** Room for one packet ({@code BUFSIZE}). */
    static final int BUFSIZE = 1500;

    /** Received packet handler: the bytes, their length, when they arrived, and (IPv6) the hop limit or -1. */
    interface Proc {
        void proc(byte[] ptr, int len, io.unp.abi.Timeval tvrecv, int hlim);
    }

    /** {@code struct proto}. */
    static final class Proto {
        final Proc fproc;
        final Runnable fsend;
        SockAddr sasend; // sockaddr{} for send, from getaddrinfo
        SockAddr sarecv; // sockaddr{} for receiving
        final int icmpproto; // IPPROTO_xxx value for ICMP

        Proto(Proc fproc, Runnable fsend, int icmpproto) {
            this.fproc = fproc;
            this.fsend = fsend;
            this.icmpproto = icmpproto;
        }
    }

    static final byte[] sendbuf = new byte[BUFSIZE];

    /** Bytes of data after the ICMP header. */
    static int datalen = 56;
    static String host;
    /** Add 1 for each sendto(). */
    static int nsent;
    /** Our PID: the ICMP identifier (its low 16 bits). */
    static int pid;
    static int sockfd;
    static int verbose;
    static Proto pr;
}
