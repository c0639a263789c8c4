package io.unp.tests;

import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_REUSEADDR;
import static io.unp.abi.Constants.SO_RCVTIMEO;

import io.unp.abi.Constants;
import io.unp.lib.Mcast;
import io.unp.lib.Pktinfo;
import io.unp.lib.SockFuncs;
import io.unp.lib.SockNtop;
import io.unp.net.In6Pktinfo;
import io.unp.net.Inet;
import io.unp.net.InPktinfo;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.net.SockaddrStorage;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Run on lab hosts by the chapter 19 and 20 tests, to drive unp-lib's multicast and
 * packet-information functions where no book program does: one line per event on standard
 * output, flushed.
 *
 * <pre>
 * mcast-send GROUP PORT IFNAME|IFINDEX TTL LOOP COUNT   set_if/ttl/loop, print the get_* values, send COUNT datagrams
 * mcast-recv GROUP PORT IFNAME|IFINDEX|- SECONDS        join, print each datagram for SECONDS, leave
 * pktecho PORT inet|inet6                               one wildcard socket: print each datagram's destination
 *                                                       and interface, echo it from that destination address
 * </pre>
 */
public final class LabProbe {
    private LabProbe() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "mcast-send":
                mcastSend(args[1], Integer.parseInt(args[2]), args[3], Integer.parseInt(args[4]),
                        Integer.parseInt(args[5]), Integer.parseInt(args[6]));
                break;
            case "mcast-recv":
                mcastRecv(args[1], Integer.parseInt(args[2]), args[3], Integer.parseInt(args[4]));
                break;
            case "pktecho":
                pktecho(Integer.parseInt(args[1]), args[2].equals("inet6"));
                break;
            default:
                throw new IllegalArgumentException(args[0]);
        }
    }

    private static void out(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static SockAddr group(String addr, int port) {
        SockAddr sa = addr.contains(":") ? new SockaddrIn6() : new SockaddrIn();
        sa.setFamily(addr.contains(":") ? AF_INET6 : Constants.AF_INET);
        if (Inet.inetPton(sa.family(), addr, sa) != 1) {
            throw new IllegalArgumentException(addr);
        }
        SockFuncs.sockSetPort(sa, io.unp.net.NetOrder.htons(port));
        return sa;
    }

    private static boolean numeric(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    static void mcastSend(String addr, int port, String iface, int ttl, int loop, int count) throws Exception {
        SockAddr grp = group(addr, port);
        int fd = Sys.socket(grp.family(), SOCK_DGRAM, 0);
        if (numeric(iface)) {
            Mcast.mcastSetIf(fd, null, Integer.parseInt(iface));
        } else {
            Mcast.mcastSetIf(fd, iface, 0);
        }
        Mcast.mcastSetTtl(fd, ttl);
        Mcast.mcastSetLoop(fd, loop);
        out("if " + Mcast.mcastGetIf(fd) + " ttl " + Mcast.mcastGetTtl(fd) + " loop " + Mcast.mcastGetLoop(fd));
        for (int i = 1; i <= count; i++) {
            byte[] b = (Sys.gethostname() + " ttl " + ttl + " loop " + loop + " #" + i).getBytes(StandardCharsets.US_ASCII);
            Sys.sendto(fd, b, 0, b.length, 0, grp);
            Thread.sleep(100);
        }
        out("sent " + count);
    }

    static void mcastRecv(String addr, int port, String iface, int seconds) {
        SockAddr grp = group(addr, port);
        int fd = Sys.socket(grp.family(), SOCK_DGRAM, 0);
        Sys.setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, 1);
        Sys.bind(fd, grp);
        if (iface.equals("-")) {
            Mcast.mcastJoin(fd, grp, null, 0);
        } else if (numeric(iface)) {
            Mcast.mcastJoin(fd, grp, null, Integer.parseInt(iface));
        } else {
            Mcast.mcastJoin(fd, grp, iface, 0);
        }
        byte[] tv = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder()).putLong(0, 0).putLong(8, 200_000).array();
        Sys.setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, tv, 16);
        out("joined " + addr);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        byte[] buf = new byte[2048];
        SockAddr from = new SockaddrStorage();
        while (System.nanoTime() < end) {
            try {
                int n = Sys.recvfrom(fd, buf, 0, buf.length, 0, from);
                out("got \"" + new String(buf, 0, n, StandardCharsets.US_ASCII) + "\" from " + SockNtop.sockNtopHost(from));
            } catch (ErrnoException e) {
                // SO_RCVTIMEO: look at the clock again
            }
        }
        Mcast.mcastLeave(fd, grp);
        out("left " + addr);
    }

    static void pktecho(int port, boolean inet6) {
        SockAddr wild = inet6 ? new SockaddrIn6() : new SockaddrIn();
        wild.setFamily(inet6 ? AF_INET6 : Constants.AF_INET);
        SockFuncs.sockSetWild(wild);
        SockFuncs.sockSetPort(wild, io.unp.net.NetOrder.htons(port));
        int fd = Sys.socket(wild.family(), SOCK_DGRAM, 0);
        if (inet6) {
            Sys.setsockopt(fd, Constants.IPPROTO_IPV6, Constants.IPV6_V6ONLY, 1);
        }
        Sys.bind(fd, wild);
        Pktinfo.setRecvPktinfo(fd);
        out("pktecho " + port);
        byte[] buf = new byte[2048];
        SockAddr from = new SockaddrStorage();
        InPktinfo p4 = new InPktinfo();
        In6Pktinfo p6 = new In6Pktinfo();
        for (;;) {
            int n = Pktinfo.recvPktinfo(fd, buf, buf.length, from, p4, p6);
            byte[] dst = inet6 ? p6.ipi6Addr() : p4.ipiAddr();
            int ifindex = inet6 ? p6.ipi6Ifindex() : p4.ipiIfindex();
            out(n + " bytes from " + SockNtop.sockNtop(from) + " to " + Inet.inetNtop(wild.family(), dst) + " on "
                    + io.unp.lib.IfIndex.ifIndextoname(ifindex));
            Pktinfo.sendPktinfo(fd, buf, n, from, dst, 0);
        }
    }
}
