package io.unp.examples.unixdomain;

import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.lib.DgCli.dgCli;
import static io.unp.lib.Unp.UNIXDG_PATH;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Socket;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrUn;
import io.unp.sys.Sys;

/**
 * unixdomain/unixdgcli01 (section 14.6): the echo client of chapter 8 over a Unix-domain
 * datagram socket. Unlike UDP, an unbound Unix datagram socket has no name the server could
 * reply to, so the client first binds a {@code tmpnam} path (left behind in /tmp, as in C).
 */
public final class UnixDgCli01 {
    private UnixDgCli01() {}

    public static void main(String[] args) {
        int sockfd = Socket(AF_LOCAL, SOCK_DGRAM, 0);

        SockaddrUn cliaddr = UnixPaths.fullLength(Sys.tmpnam()); // bind an address for us
        Bind(sockfd, cliaddr);

        SockaddrUn servaddr = UnixPaths.fullLength(UNIXDG_PATH); // fill in server's address

        dgCli(Stdio.stdin(), sockfd, servaddr);
    }
}
