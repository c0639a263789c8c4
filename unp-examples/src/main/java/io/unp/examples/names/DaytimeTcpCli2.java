package io.unp.examples.names;

import io.unp.examples.DaytimeReply;
import static io.unp.lib.Err.quit;
import static io.unp.lib.Err.ret;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.lib.WrapSock;
import io.unp.net.Inet;
import io.unp.net.Servent;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;
import java.util.List;

/**
 * names/daytimetcpcli2: daytimetcpcli1 that also takes a dotted-decimal address (tried with
 * {@code inet_pton} before {@code gethostbyname}) and a port number (C's {@code atoi}, before
 * {@code getservbyname}).
 */
public final class DaytimeTcpCli2 {
    private DaytimeTcpCli2() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw quit("usage: daytimetcpcli2 <hostname> <service>");
        }
        SockaddrIn servaddr = new SockaddrIn();

        List<byte[]> addrs;
        if (Inet.inetPton(AF_INET, args[0], servaddr) == 1) {
            addrs = List.of(servaddr.addressBytes());
        } else {
            try {
                addrs = Sys.gethostbyname(args[0]).hAddrList();
            } catch (HostErrnoException e) {
                throw quit("hostname error for %s: %s", args[0], Sys.hstrerror(Sys.hErrno()));
            }
        }

        int n;
        Servent sp;
        if ((n = WrapSock.atoi(args[1])) > 0) {
            servaddr.sinPort(htons(n));
        } else if ((sp = Sys.getservbyname(args[1], "tcp")) != null) {
            servaddr.sinPort(sp.sPort());
        } else {
            throw quit("getservbyname error for %s", args[1]);
        }

        int sockfd = -1;
        for (byte[] addr : addrs) {
            int fd = Socket(AF_INET, SOCK_STREAM, 0);

            servaddr.setAddressBytes(addr);
            printf("trying %s\n", SockNtop(servaddr));

            try {
                Sys.connect(fd, servaddr);
                sockfd = fd; // success
                break;
            } catch (ErrnoException e) {
                ret("connect error");
                Sys.close(fd);
            }
        }
        if (sockfd < 0) {
            throw quit("unable to connect");
        }

        DaytimeReply.print(sockfd);
    }
}
