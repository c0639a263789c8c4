package io.unp.examples.tcpcliserv;

import static io.unp.lib.Err.quit;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.StrCli.strCli;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.ITIMER_REAL;
import static io.unp.abi.Constants.SIGALRM;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Err;
import io.unp.lib.Exit;
import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * tcpcliserv/tcpcli07: the echo client with a 50 ms interval timer armed just before
 * {@code connect}, meant to fire while the three-way handshake is still under way; its SIGALRM
 * handler ends the program with status 0.
 */
public final class TcpCli07 {
    private TcpCli07() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: tcpcli <IPaddress>");
        }

        int sockfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(SERV_PORT));
        InetPton(AF_INET, args[0], servaddr);

        // set the timer to go off before the three-way handshake completes
        Signal(SIGALRM, TcpCli07::sigAlrm);
        try {
            Sys.setitimer(ITIMER_REAL, 0, 50_000); // once, after 50 ms
        } catch (ErrnoException e) {
            throw Err.sys("setitimer error");
        }

        Connect(sockfd, servaddr);

        strCli(Stdio.stdin(), sockfd); // do it all
    }

    /** {@code sig_alrm}: {@code exit(0)}. */
    static void sigAlrm(int signo) {
        throw new Exit(0);
    }
}
