package io.unp.examples.ssntp;

import static io.unp.abi.Constants.IFF_MULTICAST;
import static io.unp.lib.Err.quit;
import static io.unp.lib.IfiInfo.GetIfiInfo;
import static io.unp.lib.SockFuncs.sockSetWild;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.UdpClient.UdpClient;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.McastJoin;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapUnix.Gettimeofday;

import io.unp.abi.Timeval;
import io.unp.examples.sntp.SntpProc;
import io.unp.lib.IfiInfo;
import io.unp.lib.Unp;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/**
 * ssntp/main.c (section 19.11): the simpler SNTP listener. One socket on the wildcard address
 * and the NTP port, joined to the group given on every multicast interface; prints every NTP
 * packet it receives ({@link SntpProc}: version, mode, stratum, and the clock difference for a
 * server's packet, or "client" for a client's request). It answers nothing.
 *
 * <p>As in the C, whose {@code if} has no braces around its two statements, the "joined"
 * line is printed for every interface, also those (like {@code lo}) it did not join on.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: ssntp <IPaddress>");
        }

        SockAddr mcastsa = new SockaddrStorage();
        int sockfd = UdpClient(args[0], "ntp", mcastsa);

        SockAddr wild = mcastsa.copy(); // copy family and port
        sockSetWild(wild);
        Bind(sockfd, wild); // bind wildcard

        // obtain interface list and process each one
        for (IfiInfo ifi = GetIfiInfo(mcastsa.family(), 1); ifi != null; ifi = ifi.ifiNext()) {
            if ((ifi.ifiFlags() & IFF_MULTICAST) != 0) {
                McastJoin(sockfd, mcastsa, ifi.ifiName(), 0);
            }
            printf("joined %s on %s\n", SockNtop(mcastsa), ifi.ifiName());
        }

        byte[] buf = new byte[Unp.MAXLINE];
        SockAddr from = new SockaddrStorage();
        Timeval now = new Timeval();
        for (;;) {
            int n = Recvfrom(sockfd, buf, buf.length, 0, from);
            Gettimeofday(now);
            SntpProc.sntpProc(buf, n, now);
        }
    }
}
