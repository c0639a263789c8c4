package io.unp.examples.unixdomain;

import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.lib.DgEcho.dgEcho;
import static io.unp.lib.Unp.UNIXDG_PATH;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Socket;

import io.unp.net.SockaddrUn;

/**
 * unixdomain/unixdgserv01 (section 14.6): the echo server of chapter 8 over a Unix-domain
 * datagram socket bound to /tmp/unix.dg: {@code dg_echo} answers each datagram to the path
 * its client bound (a client that did not bind gets nothing back: its address is unnamed).
 */
public final class UnixDgServ01 {
    private UnixDgServ01() {}

    public static void main(String[] args) {
        int sockfd = Socket(AF_LOCAL, SOCK_DGRAM, 0);

        UnixPaths.unlinkQuietly(UNIXDG_PATH);
        SockaddrUn servaddr = UnixPaths.fullLength(UNIXDG_PATH);

        Bind(sockfd, servaddr);

        dgEcho(sockfd, new SockaddrUn());
    }
}
