package io.unp.examples.oob;

import static io.unp.examples.oob.TcpSend01.bytes;
import static io.unp.lib.Err.quit;
import static io.unp.lib.TcpConnect.TcpConnect;
import static io.unp.lib.WrapSock.Send;
import static io.unp.lib.WrapUnix.Write;

import io.unp.abi.Constants;
import io.unp.lib.Stdio;

/**
 * oob/tcpsend04 (section 21.3): "123", the out-of-band byte "4", then "5", at once, for
 * tcprecv04, which reads them later with SO_OOBINLINE and stops at the mark.
 */
public final class TcpSend04 {
    private TcpSend04() {}

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
    }
}
