package io.unp.examples.oob;

import static io.unp.examples.oob.TcpSend01.bytes;
import static io.unp.lib.Err.quit;
import static io.unp.lib.TcpConnect.TcpConnect;
import static io.unp.lib.WrapSock.Send;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapUnix.Write;

import io.unp.abi.Constants;
import io.unp.lib.Stdio;
import io.unp.sys.Sys;

/**
 * oob/tcpsend05 (section 21.3): fills the receiver's small buffer (tcprecv05) with 16384 bytes,
 * waits five seconds, then sends one out-of-band byte and 1024 more bytes: the receiver hears
 * of the urgent data although the byte itself cannot reach it yet.
 */
public final class TcpSend05 {
    private TcpSend05() {}

    public static void main(String[] args) {
        byte[] buff = new byte[16384];
        if (args.length != 2) {
            throw quit("usage: tcpsend04 <host> <port#>");
        }

        int sockfd = TcpConnect(args[0], args[1]);

        int size = 32768;
        Setsockopt(sockfd, Constants.SOL_SOCKET, Constants.SO_SNDBUF, size);

        Write(sockfd, buff, 16384);
        Stdio.printf("wrote 16384 bytes of normal data\n");
        Sys.sleep(5);

        Send(sockfd, bytes("a"), 1, Constants.MSG_OOB);
        Stdio.printf("wrote 1 byte of OOB data\n");

        Write(sockfd, buff, 1024);
        Stdio.printf("wrote 1024 bytes of normal data\n");
    }
}
