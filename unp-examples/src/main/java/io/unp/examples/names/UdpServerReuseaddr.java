package io.unp.examples.names;

import static io.unp.lib.Err.quit;
import static io.unp.lib.Err.sys;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.abi.Constants.AF_UNSPEC;
import static io.unp.abi.Constants.AI_PASSIVE;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_REUSEADDR;

import io.unp.net.AddrInfo;
import io.unp.sys.ErrnoException;
import io.unp.sys.GaiException;
import io.unp.sys.Sys;
import java.util.List;

/**
 * names/udp_server_reuseaddr.c, linked into daytimeudpsrv3: the library's {@code udp_server}
 * that sets SO_REUSEADDR before each bind, so several servers can bind the same port (each
 * to its own address, or, since Linux also allows it for UDP, the same one).
 */
final class UdpServerReuseaddr {
    private UdpServerReuseaddr() {}

    /** {@code udp_server_reuseaddr}: binds a UDP socket to the first answer that bind accepts. */
    static int udpServerReuseaddr(String host, String serv, int[] addrlenp) {
        List<AddrInfo> res;
        try {
            res = Sys.getaddrinfo(host, serv, AddrInfo.hints(AI_PASSIVE, AF_UNSPEC, SOCK_DGRAM));
        } catch (GaiException e) {
            throw quit("udp_server error for %s, %s: %s", c(host), c(serv), e.getMessage());
        }

        for (AddrInfo ai : res) {
            int sockfd;
            try {
                sockfd = Sys.socket(ai.aiFamily(), ai.aiSocktype(), ai.aiProtocol());
            } catch (ErrnoException e) {
                continue; // error, try next one
            }
            Setsockopt(sockfd, SOL_SOCKET, SO_REUSEADDR, 1);
            try {
                Sys.bind(sockfd, ai.aiAddr());
                if (addrlenp != null) {
                    addrlenp[0] = ai.aiAddrlen(); // size of protocol address
                }
                return sockfd; // success
            } catch (ErrnoException e) {
                Close(sockfd); // bind error, close and try next one
            }
        }
        throw sys("udp_server error for %s, %s", c(host), c(serv)); // errno from final socket() or bind()
    }

    /** {@code Udp_server_reuseaddr}: the same; the lower function already ends the program on error. */
    static int UdpServerReuseaddr(String host, String serv, int[] addrlenp) {
        return udpServerReuseaddr(host, serv, addrlenp);
    }

    /** A string as C's printf shows it: NULL prints as "(null)". */
    private static String c(String s) {
        return s == null ? "(null)" : s;
    }
}
