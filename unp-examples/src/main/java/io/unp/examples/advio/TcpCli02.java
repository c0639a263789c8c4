package io.unp.examples.advio;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.lib.Err.quit;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Connect;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;

import io.unp.examples.select.StrCliSelect02;
import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;

/**
 * advio/tcpcli02: the echo client of section 13.8 for tcpserv02 (port 9877), with the select
 * {@code str_cli} that half-closes at end of input and reads until the server closes
 * (advio/str_cli_select02.c, the same function as select/strcliselect02.c, so
 * {@link StrCliSelect02} is shared). Against tcpserv02, whose echoes wait in a stdio buffer, it
 * prints nothing while lines are typed and everything after end of input.
 */
public final class TcpCli02 {
    private TcpCli02() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw quit("usage: tcpcli <IPaddress>");
        }

        int sockfd = Socket(AF_INET, SOCK_STREAM, 0);

        SockaddrIn servaddr = new SockaddrIn();
        servaddr.sinPort(htons(SERV_PORT));
        InetPton(AF_INET, args[0], servaddr);

        Connect(sockfd, servaddr);

        StrCliSelect02.strCli(Stdio.stdin(), sockfd); // do it all
    }
}
