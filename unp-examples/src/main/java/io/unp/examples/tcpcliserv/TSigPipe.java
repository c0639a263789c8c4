package io.unp.examples.tcpcliserv;

import static io.unp.lib.Err.quit;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Write;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SIGPIPE;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;
import io.unp.sys.Sys;

/**
 * tcpcliserv/tsigpipe: connects to a daytime server (port 13), which sends its line and closes,
 * then writes to it twice, two seconds apart: the first write draws an RST, the second raises
 * SIGPIPE, whose handler prints {@code SIGPIPE received}, and then fails with EPIPE
 * ({@code write error: Broken pipe}).
 */
public final class TSigPipe {
    private TSigPipe() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: tcpcli <IPaddress>");
        }

        int sockfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(13)); // daytime server
        InetPton(AF_INET, args[0], servaddr);

        Signal(SIGPIPE, TSigPipe::sigPipe);

        Connect(sockfd, servaddr);

        Sys.sleep(2);
        Write(sockfd, "hello".getBytes(Stdio.BYTES), 5);
        Sys.sleep(2);
        Write(sockfd, "world".getBytes(Stdio.BYTES), 5);
    }

    /** {@code sig_pipe}: says so and returns, so the write then fails with EPIPE. */
    static void sigPipe(int signo) {
        Stdio.printf("SIGPIPE received\n");
    }
}
