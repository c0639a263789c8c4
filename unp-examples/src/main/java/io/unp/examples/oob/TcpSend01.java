package io.unp.examples.oob;

import static io.unp.lib.Err.quit;
import static io.unp.lib.TcpConnect.TcpConnect;
import static io.unp.lib.WrapSock.Send;
import static io.unp.lib.WrapUnix.Write;

import io.unp.abi.Constants;
import io.unp.lib.Stdio;
import io.unp.sys.Sys;

/**
 * oob/tcpsend01 (section 21.2): sends "123", one out-of-band byte "4", "56", the out-of-band
 * byte "7", then "89", a second apart, printing what it wrote. tcpsend02 and tcpsend03 are the
 * same program, for tcprecv02 and tcprecv03.
 */
public final class TcpSend01 {
    private TcpSend01() {}

    public static void main(String[] args) {
        send(args, "tcpsend01");
    }

    /** The program, for tcpsend01/02/03 (whose usage messages all say tcpsend01, as in C). */
    static void send(String[] args, String usageName) {
        if (args.length != 2) {
            throw quit("usage: %s <host> <port#>", usageName);
        }

        int sockfd = TcpConnect(args[0], args[1]);

        Write(sockfd, bytes("123"), 3);
        Stdio.printf("wrote 3 bytes of normal data\n");
        Sys.sleep(1);

        Send(sockfd, bytes("4"), 1, Constants.MSG_OOB);
        Stdio.printf("wrote 1 byte of OOB data\n");
        Sys.sleep(1);

        Write(sockfd, bytes("56"), 2);
        Stdio.printf("wrote 2 bytes of normal data\n");
        Sys.sleep(1);

        Send(sockfd, bytes("7"), 1, Constants.MSG_OOB);
        Stdio.printf("wrote 1 byte of OOB data\n");
        Sys.sleep(1);

        Write(sockfd, bytes("89"), 2);
        Stdio.printf("wrote 2 bytes of normal data\n");
        Sys.sleep(1);
    }

    static byte[] bytes(String s) {
        return s.getBytes(Stdio.BYTES);
    }
}
