package io.unp.examples.names;

import io.unp.examples.DaytimeReply;
import static io.unp.lib.Err.quit;
import static io.unp.lib.Err.ret;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.net.Hostent;
import io.unp.net.Servent;
import io.unp.net.SockaddrIn;
import io.unp.sys.ErrnoException;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;

/**
 * names/daytimetcpcli1: the daytime client of section 9.9, using {@code gethostbyname} and
 * {@code getservbyname}; tries each IPv4 address of the host until a connect succeeds.
 */
public final class DaytimeTcpCli1 {
    private DaytimeTcpCli1() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw quit("usage: daytimetcpcli1 <hostname> <service>");
        }
        Hostent hp;
        try {
            hp = Sys.gethostbyname(args[0]);
        } catch (HostErrnoException e) {
            throw quit("hostname error for %s: %s", args[0], Sys.hstrerror(Sys.hErrno()));
        }
        Servent sp = Sys.getservbyname(args[1], "tcp");
        if (sp == null) {
            throw quit("getservbyname error for %s", args[1]);
        }

        int sockfd = -1;
        for (byte[] addr : hp.hAddrList()) {
            int fd = Socket(AF_INET, SOCK_STREAM, 0);

            SockaddrIn servaddr = new SockaddrIn();
            servaddr.sinPort(sp.sPort());
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
