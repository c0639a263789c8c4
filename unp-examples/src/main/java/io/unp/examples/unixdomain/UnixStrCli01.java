package io.unp.examples.unixdomain;

import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.lib.StrCli.strCli;
import static io.unp.lib.Unp.UNIXSTR_PATH;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Socket;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrUn;

/**
 * unixdomain/unixstrcli01 (section 14.5): the echo client of chapter 5 over a Unix-domain stream
 * socket: connects to /tmp/unix.str and runs {@code str_cli}. Connecting needs write
 * permission on the socket file.
 */
public final class UnixStrCli01 {
    private UnixStrCli01() {}

    public static void main(String[] args) {
        int sockfd = Socket(AF_LOCAL, SOCK_STREAM, 0);

        SockaddrUn servaddr = UnixPaths.fullLength(UNIXSTR_PATH);

        Connect(sockfd, servaddr);

        strCli(Stdio.stdin(), sockfd); // do it all
    }
}
