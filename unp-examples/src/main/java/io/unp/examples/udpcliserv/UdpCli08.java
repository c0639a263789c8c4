package io.unp.examples.udpcliserv;

import static io.unp.lib.Err.quit;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_DGRAM;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * udpcliserv/udpcli08: sends 2000 datagrams of 65507 bytes to the discard port 9 ({@link
 * DgCliLoop3}), trying for ENOBUFS from sendto.
 */
public final class UdpCli08 {
    private UdpCli08() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: udpcli <IPaddress>");
        }

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(9));
        InetPton(AF_INET, args[0], servaddr);

        int sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

        DgCliLoop3.dgCli(Stdio.stdin(), sockfd, servaddr);
    }
}
