package io.unp.examples.traceroute;

import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOCK_RAW;
import static io.unp.examples.traceroute.Trace.pr;
import static io.unp.lib.SockFuncs.sockCmpAddr;
import static io.unp.lib.SockFuncs.sockSetPort;
import static io.unp.lib.SockNtop.SockNtopHost;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;

import io.unp.abi.Timeval;
import io.unp.lib.Stdio;
import io.unp.lib.TvSub;
import io.unp.net.NameInfo;
import io.unp.sys.GaiException;
import io.unp.sys.Sys;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * traceroute/traceloop.c (figures 25.20, 25.21): for TTL 1, 2, ... up to the maximum, three
 * UDP probes to successive ports above 33434; prints each responder once per line (name and
 * address), each round-trip time, and stops at the destination's port unreachable.
 */
final class Traceloop {
    private Traceloop() {}

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.nativeOrder());

    static void traceloop() {
        Trace.recvfd = Socket(pr.sasend.family(), SOCK_RAW, pr.icmpproto);
        // setuid(getuid()): the JVM cannot give up root here; run it as root only in a namespace

        Trace.sendfd = Socket(pr.sasend.family(), SOCK_DGRAM, 0);

        pr.sabind.setFamily(pr.sasend.family());
        Trace.sport = (Sys.getpid() & 0xffff) | 0x8000; // our source UDP port#
        sockSetPort(pr.sabind, htons(Trace.sport));
        Bind(Trace.sendfd, pr.sabind);

        // sig_alrm(SIGALRM): a no-op

        int seq = 0;
        int done = 0;
        Timeval tvrecv = new Timeval();
        for (Trace.ttl = 1; Trace.ttl <= Trace.maxTtl && done == 0; Trace.ttl++) {
            Setsockopt(Trace.sendfd, pr.ttllevel, pr.ttloptname, Trace.ttl);
            pr.salast.clear();
            pr.salast.setLen(pr.sasend.len());

            Stdio.printf("%2d  ", Trace.ttl);

            for (Trace.probe = 0; Trace.probe < Trace.nprobes; Trace.probe++) {
                byte[] rec = Trace.sendbuf;
                SHORT.set(rec, Trace.REC_SEQ, (short) ++seq);
                SHORT.set(rec, Trace.REC_TTL, (short) Trace.ttl);
                Timeval sent = TvSub.gettimeofday(new Timeval());
                TvSub.putTimeval(rec, Trace.REC_TV, sent);

                sockSetPort(pr.sasend, htons(Trace.dport + seq));
                Sendto(Trace.sendfd, rec, Trace.datalen, 0, pr.sasend);

                int code = pr.recv.recv(seq, tvrecv);
                if (code == -3) {
                    Stdio.printf(" *"); // timeout, no reply
                } else {
                    if (sockCmpAddr(pr.sarecv, pr.salast) != 0) {
                        String name = nameOf(pr.sarecv);
                        if (name != null) {
                            Stdio.printf(" %s (%s)", name, SockNtopHost(pr.sarecv));
                        } else {
                            Stdio.printf(" %s", SockNtopHost(pr.sarecv));
                        }
                        pr.salast.copyFrom(pr.sarecv);
                    }
                    TvSub.tvSub(tvrecv, TvSub.getTimeval(rec, Trace.REC_TV));
                    double rtt = tvrecv.tvSec() * 1000.0 + tvrecv.tvUsec() / 1000.0;
                    Stdio.printf(String.format(Locale.ROOT, "  %.3f ms", rtt));

                    if (code == -1) { // port unreachable; at destination
                        done++;
                    } else if (code >= 0) {
                        Stdio.printf(" (ICMP %s)", pr.icmpcode.apply(code));
                    }
                }
            }
            Stdio.printf("\n");
        }
    }

    /** {@code getnameinfo(sa, ..., 0)}: the host's name (or its address as text), null if it fails. */
    private static String nameOf(io.unp.net.SockAddr sa) {
        try {
            NameInfo ni = Sys.getnameinfo(sa, io.unp.abi.Constants.NI_MAXHOST, 0, 0);
            return ni.host();
        } catch (GaiException e) {
            return null;
        }
    }
}
