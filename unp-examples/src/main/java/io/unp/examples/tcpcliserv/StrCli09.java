package io.unp.examples.tcpcliserv;

import static io.unp.lib.Readn.Readn;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.Writen.Writen;

import io.unp.lib.Err;
import io.unp.lib.Stdio;
import java.io.InputStream;

/**
 * tcpcliserv/str_cli09.c (figure 5.19): the client loop tcpcli09 links; reads two numbers per
 * line and sends them as the binary {@code struct args}, then prints the {@code struct result}
 * the server returns. A line without two numbers prints {@code invalid input: <line>} and is
 * not sent.
 */
final class StrCli09 {
    private StrCli09() {}

    /** {@code str_cli}: one request and one reply per input line. */
    static void strCli(InputStream fp, int sockfd) {
        byte[] sendline = new byte[MAXLINE];
        Sum.Args args = new Sum.Args();
        Sum.Result result = new Sum.Result();
        long[] scanned = new long[2];

        while (Stdio.Fgets(sendline, MAXLINE, fp) >= 0) {
            if (ScanLongs.scanTwo(sendline, scanned) != 2) {
                Stdio.out("invalid input: ".getBytes(Stdio.BYTES));
                Stdio.fputs(sendline);
                continue;
            }
            args.set(scanned[0], scanned[1]);
            Writen(sockfd, args.bytes, Sum.Args.SIZE);

            if (Readn(sockfd, result.bytes, Sum.Result.SIZE) == 0) {
                throw Err.quit("str_cli: server terminated prematurely");
            }

            Stdio.printf("%d\n", result.sum());
        }
    }
}
