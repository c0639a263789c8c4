package io.unp.examples.ping;

import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.ICMP6_ECHO_REPLY;
import static io.unp.abi.Constants.IPPROTO_IPV6;
import static io.unp.abi.Constants.IPV6_HOPLIMIT;
import static io.unp.abi.Constants.SOCK_RAW;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_RCVBUF;
import static io.unp.examples.ping.Ping.pr;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;

import io.unp.abi.Errno;
import io.unp.abi.Timeval;
import io.unp.lib.Err;
import io.unp.lib.TvSub;
import io.unp.net.Cmsg;
import io.unp.net.Icmp6Filter;
import io.unp.net.Icmp6Proto;
import io.unp.net.Ipv6Proto;
import io.unp.net.MsgHdr;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * ping/readloop.c (figure 25.4): makes the raw socket, sends the first request, then reads
 * for ever, handing each packet and its arrival time to the family's {@code proc} function.
 * A read interrupted by SIGALRM (EINTR) is simply restarted.
 *
 * <p>IPv6: a raw ICMPv6 socket returns the ICMPv6 message without the IPv6 header (RFC 3542,
 * on every system), so the hop limit comes as ancillary data: IPV6_RECVHOPLIMIT and
 * {@code recvmsg}, as the book's third edition does; without -v, an ICMPv6 filter passes only
 * echo replies.
 */
final class Readloop {
    private Readloop() {}

    static void readloop() {
        byte[] recvbuf = new byte[Ping.BUFSIZE];
        Ping.sockfd = Socket(pr.sasend.family(), SOCK_RAW, pr.icmpproto);
        // setuid(getuid()): the JVM cannot give up root here; run it as root only in a namespace

        int size = 60 * 1024; // OK if setsockopt fails
        try {
            Sys.setsockopt(Ping.sockfd, SOL_SOCKET, SO_RCVBUF, size);
        } catch (ErrnoException e) {
            // as the C, ignored
        }
        boolean v6 = pr.sasend.family() == AF_INET6;
        MsgHdr msg = null;
        byte[] control = null;
        if (v6) {
            Setsockopt(Ping.sockfd, Ipv6Proto.IPV6_HOPLIMIT, true);
            if (Ping.verbose == 0) {
                Setsockopt(Ping.sockfd, Icmp6Proto.ICMP6_FILTER, new Icmp6Filter().setBlockAll().setPass(ICMP6_ECHO_REPLY));
            }
            control = new byte[Cmsg.CMSG_SPACE(Integer.BYTES)];
            msg = new MsgHdr();
        }

        SigAlrm.sigAlrm(io.unp.abi.Constants.SIGALRM); // send first packet

        Timeval tval = new Timeval();
        for (;;) {
            int n;
            int hlim = -1;
            try {
                if (v6) {
                    msg.setName(pr.sarecv).setIov(recvbuf, 0, recvbuf.length).setControl(control);
                    n = Sys.recvmsg(Ping.sockfd, msg, 0);
                    Cmsg cm = msg.find(IPPROTO_IPV6, IPV6_HOPLIMIT);
                    if (cm != null) {
                        hlim = cm.dataInt(0);
                    }
                } else {
                    n = Sys.recvfrom(Ping.sockfd, recvbuf, 0, recvbuf.length, 0, pr.sarecv);
                }
            } catch (ErrnoException e) {
                if (e.is(Errno.EINTR)) {
                    continue;
                }
                throw Err.sys("recvfrom error");
            }
            TvSub.gettimeofday(tval);
            pr.fproc.proc(recvbuf, n, tval, hlim);
        }
    }
}
