package io.unp.examples.select;

import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SHUT_RD;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * select/tcpcli03: connects to the chargen service (port 19), calls shutdown(SHUT_RD) and
 * pauses, to see what the kernel does with the characters that keep arriving. On Linux they
 * are still acknowledged and queued until the receive buffer fills (see docs/chapter06.md).
 */
public final class TcpCli03 {
    private TcpCli03() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: tcpcli03 <IPaddress>");
        }

        int sockfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(19)); // chargen server
        InetPton(AF_INET, args[0], servaddr);

        Connect(sockfd, servaddr);

        try {
            Sys.shutdown(sockfd, SHUT_RD); // unchecked, as in the C
        } catch (ErrnoException ignored) {
            // the C ignores shutdown's result
        }

        try {
            Sys.pause();
        } catch (ErrnoException ignored) {
            // a signal with a handler ends pause; the C then exits 0
        }
    }
}
