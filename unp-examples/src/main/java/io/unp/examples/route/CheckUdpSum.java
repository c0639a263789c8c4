package io.unp.examples.route;

import static io.unp.abi.Constants.*;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.Getsockopt;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Close;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * route/checkudpsum: whether UDP checksums are on.
 *
 * <p>BSD: {@code sysctl} of {@code net.inet.udp.checksum} (CTL_NET, AF_INET, IPPROTO_UDP,
 * UDPCTL_CHECKSUM), a switch for the whole system. Linux has no such switch, neither a
 * sysctl nor a file under /proc/sys: the kernel always checksums UDP over IPv6, and over IPv4
 * unless a socket turns its own checksums off with the socket option SO_NO_CHECK. So the
 * program asks what a new UDP socket gets: {@code getsockopt(SOL_SOCKET, SO_NO_CHECK)}, 0 by
 * default, and prints the flag the book's sysctl would (1: checksums on).
 */
public final class CheckUdpSum {
    private CheckUdpSum() {}

    public static void main(String[] args) {
        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);
        byte[] val = new byte[4];
        Getsockopt(sockfd, SOL_SOCKET, SO_NO_CHECK, val);
        int noCheck = ByteBuffer.wrap(val).order(ByteOrder.nativeOrder()).getInt();
        Close(sockfd);
        printf("udp checksum flag: %d\n", noCheck == 0 ? 1 : 0);
    }
}
