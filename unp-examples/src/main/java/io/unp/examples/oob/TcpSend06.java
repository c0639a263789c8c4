package io.unp.examples.oob;

import static io.unp.examples.oob.TcpSend01.bytes;
import static io.unp.lib.Err.quit;
import static io.unp.lib.TcpConnect.TcpConnect;
import static io.unp.lib.WrapSock.Send;
import static io.unp.lib.WrapUnix.Write;

import io.unp.abi.Constants;
import io.unp.lib.Stdio;

/**
 * oob/tcpsend06 (section 21.3): two out-of-band bytes in quick succession ("123", urgent "4",
 * "5", urgent "6", "7"), for tcprecv06: the second urgent byte moves the mark, and the first
 * becomes ordinary data.
 */
public final class TcpSend06 {
    private TcpSend06() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw quit("usage: tcpsend04 <host> <port#>");
        }

        int sockfd = TcpConnect(args[0], args[1]);

        Write(sockfd, bytes("123"), 3);
        Stdio.printf("wrote 3 bytes of normal data\n");

        Send(sockfd, bytes("4"), 1, Constants.MSG_OOB);
        Stdio.printf("wrote 1 byte of OOB data\n");

        Write(sockfd, bytes("5"), 1);
        Stdio.printf("wrote 1 byte of normal data\n");

        Send(sockfd, bytes("6"), 1, Constants.MSG_OOB);
        Stdio.printf("wrote 1 byte of OOB data\n");

        Write(sockfd, bytes("7"), 1);
        Stdio.printf("wrote 1 byte of normal data\n");
    }
}
