package io.unp.examples.sntp;

import static io.unp.abi.Constants.IFF_BROADCAST;
import static io.unp.abi.Constants.IFF_MULTICAST;
import static io.unp.lib.Err.quit;
import static io.unp.lib.IfiInfo.GetIfiInfo;
import static io.unp.lib.SockFuncs.sockGetPort;
import static io.unp.lib.SockFuncs.sockSetWild;
import static io.unp.lib.UdpClient.UdpClient;
import static io.unp.lib.WrapUnix.Close;

import io.unp.lib.IfiInfo;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/**
 * sntp/main.c (section 19.10): a simple SNTP client that listens everywhere an NTP packet can
 * come: it binds the NTP port (123) on every interface address, every broadcast address, the
 * multicast group given (joined on every multicast interface) and the wildcard address, sends
 * one client request by broadcast and multicast, then prints every packet that arrives and, for
 * a server's answer or broadcast, the difference between its clock and ours.
 *
 * <p>Needs to bind port 123 (root, or a namespace of one's own). On the lab network an NTP
 * server that broadcasts (chronyd with {@code broadcast}) can be watched from any host of its
 * subnet: {@code scripts/lab run aix scripts/unp sntp/main ntp.mcast.net}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: sntp <IPaddress>");
        }

        SockAddr mcastsa = new SockaddrStorage();
        int sockfd = UdpClient(args[0], "ntp", mcastsa);
        int port = sockGetPort(mcastsa);
        Close(sockfd);

        // obtain interface list and process each one
        for (IfiInfo ifi = GetIfiInfo(mcastsa.family(), 1); ifi != null; ifi = ifi.ifiNext()) {
            int alias = ifi.ifiMyflags() & IfiInfo.IFI_ALIAS;
            BindUbcast.bindUbcast(ifi.ifiAddr(), port, alias, 0); // unicast

            if ((ifi.ifiFlags() & IFF_BROADCAST) != 0) {
                BindUbcast.bindUbcast(ifi.ifiBrdaddr(), port, alias, 1); // bcast
            }

            if ((ifi.ifiFlags() & IFF_MULTICAST) != 0) {
                BindMcast.bindMcast(ifi.ifiName(), mcastsa, alias); // mcast
            }
        }

        SockAddr wild = mcastsa.copy(); // socket address struct for wildcard
        sockSetWild(wild);
        BindUbcast.bindUbcast(wild, port, 0, 0);

        SntpSend.sntpSend(); // send first queries

        ReadLoop.readLoop(); // never returns
    }
}
