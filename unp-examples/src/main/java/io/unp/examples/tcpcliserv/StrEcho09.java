package io.unp.examples.tcpcliserv;

import static io.unp.lib.Readn.Readn;
import static io.unp.lib.Writen.Writen;

/**
 * tcpcliserv/str_echo09.c (figure 5.20): the per-client loop tcpserv09 links; reads binary
 * {@code struct args} and answers each with the binary {@code struct result} holding the sum.
 */
final class StrEcho09 {
    private StrEcho09() {}

    /** {@code str_echo}: one result per request, until the client closes. */
    static void strEcho(int sockfd) {
        Sum.Args args = new Sum.Args();
        Sum.Result result = new Sum.Result();

        for (;;) {
            if (Readn(sockfd, args.bytes, Sum.Args.SIZE) == 0) {
                return; // connection closed by other end
            }

            result.sum(args.arg1() + args.arg2());
            Writen(sockfd, result.bytes, Sum.Result.SIZE);
        }
    }
}
