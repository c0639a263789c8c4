package io.unp.examples.unixdomain;

import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.lib.Err.quit;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Getsockname;
import static io.unp.lib.WrapSock.Socket;

import io.unp.abi.CString;
import io.unp.net.SockaddrUn;

/**
 * unixdomain/unixbind (section 14.2): unlinks the path, binds a Unix-domain stream socket to it
 * and prints the name and length {@code getsockname} returns (the path plus its NUL plus the
 * two-byte family). The socket file stays after the program ends; without the unlink, a
 * second run would fail with "bind error: Address already in use". As in C, a path longer than
 * 107 bytes is cut to fit ({@code strncpy}); an empty one makes Linux pick an abstract name
 * (autobind), which prints as an empty name of length 8.
 */
public final class UnixBind {
    private UnixBind() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: unixbind <pathname>");
        }

        int sockfd = Socket(AF_LOCAL, SOCK_STREAM, 0);

        UnixPaths.unlinkQuietly(args[0]); // OK if this fails

        SockaddrUn addr1 = new SockaddrUn();
        byte[] path = CString.bytes(args[0]);
        addr1.setPath(CString.string(path, 0, Math.min(path.length, SockaddrUn.PATH_MAX - 1)));
        addr1.setLen(addr1.sunLen());
        Bind(sockfd, addr1);

        SockaddrUn addr2 = new SockaddrUn();
        Getsockname(sockfd, addr2);
        printf("bound name = %s, returned len = %d\n", addr2.path(), addr2.len());
    }
}
