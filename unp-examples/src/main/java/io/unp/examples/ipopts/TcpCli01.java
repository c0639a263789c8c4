package io.unp.examples.ipopts;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.IPPROTO_IP;
import static io.unp.abi.Constants.IP_OPTIONS;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.lib.Err.quit;
import static io.unp.lib.HostServ.HostServ;
import static io.unp.lib.StrCli.strCli;
import static io.unp.lib.Unp.SERV_PORT_STR;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;

import io.unp.lib.Getopt;
import io.unp.lib.SourceRoute;
import io.unp.lib.Stdio;
import io.unp.net.AddrInfo;

/**
 * ipopts/tcpcli01.c (figure 24.7): the echo client with an IPv4 source route:
 * {@code -g host} adds a loose hop, {@code -G host} a strict one, in order; the destination
 * ends the route, and the options go on the socket with {@code setsockopt(IP_OPTIONS)}
 * before {@code connect}.
 */
public final class TcpCli01 {
    private TcpCli01() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            throw quit("usage: tcpcli01 [ -[gG] <hostname> ... ] <hostname>");
        }

        SourceRoute ptr = SourceRoute.inetSrcrtInit();
        int len = 0;

        Getopt g = new Getopt(args, "g:G:");
        int c;
        while ((c = g.next()) != -1) {
            switch (c) {
                case 'g': // loose source route
                    len = ptr.inetSrcrtAdd(g.optarg(), 0);
                    break;
                case 'G': // strict source route
                    len = ptr.inetSrcrtAdd(g.optarg(), 1);
                    break;
                case '?':
                default:
                    throw quit("unrecognized option: %c", (char) c);
            }
        }
        String[] rest = g.operands();
        if (rest.length != 1) {
            throw quit("missing <hostname>");
        }

        AddrInfo ai = HostServ(rest[0], SERV_PORT_STR, AF_INET, SOCK_STREAM).get(0);

        int sockfd = Socket(ai.aiFamily(), ai.aiSocktype(), ai.aiProtocol());

        if (len > 0) {
            len = ptr.inetSrcrtAdd(rest[0], 0); // dest at end
            Setsockopt(sockfd, IPPROTO_IP, IP_OPTIONS, ptr.options(), len);
        }

        Connect(sockfd, ai.aiAddr());

        strCli(Stdio.stdin(), sockfd); // do it all
    }
}
