package io.unp.examples.sigio;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.lib.DgCli.dgCli;
import static io.unp.lib.Err.quit;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * sigio/udpcli01: the UDP echo client of chapter 8 (its {@code dgcli01.c} is the library's
 * {@code dg_cli}), for the signal-driven server: one line out, its echo back, then the next.
 */
public final class UdpCli01 {
    private UdpCli01() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: udpcli01 <IPaddress>");
        }

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(SERV_PORT));
        InetPton(AF_INET, args[0], servaddr);

        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        dgCli(Stdio.stdin(), sockfd, servaddr);
    }
}
