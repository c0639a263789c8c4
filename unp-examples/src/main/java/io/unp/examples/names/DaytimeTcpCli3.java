package io.unp.examples.names;

import io.unp.examples.DaytimeReply;
import static io.unp.lib.Err.quit;
import static io.unp.lib.Err.ret;
import static io.unp.lib.SockFuncs.sockSetAddr;
import static io.unp.lib.SockFuncs.sockSetPort;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_INET6;
import static io.unp.abi.Constants.SOCK_STREAM;

import io.unp.net.Hostent;
import io.unp.net.Servent;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrIn6;
import io.unp.sys.ErrnoException;
import io.unp.sys.HostErrnoException;
import io.unp.sys.Sys;

/**
 * names/daytimetcpcli3: daytimetcpcli1 that builds an IPv4 or IPv6 socket address from
 * whatever family {@code gethostbyname} returns, with {@code sock_set_port} and
 * {@code sock_set_addr}. The book's resolvers returned IPv6 addresses from
 * {@code gethostbyname} under the RES_USE_INET6 option; current glibc no longer honours it,
 * so on Linux the family is always AF_INET.
 */
public final class DaytimeTcpCli3 {
    private DaytimeTcpCli3() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw quit("usage: daytimetcpcli3 <hostname> <service>");
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
            int fd = Socket(hp.hAddrtype(), SOCK_STREAM, 0);

            SockAddr sa;
            if (hp.hAddrtype() == AF_INET) {
                sa = new SockaddrIn();
            } else if (hp.hAddrtype() == AF_INET6) {
                sa = new SockaddrIn6();
            } else {
                throw quit("unknown addrtype %d", hp.hAddrtype());
            }
            sockSetPort(sa, sp.sPort());
            sockSetAddr(sa, addr);

            printf("trying %s\n", SockNtop(sa));

            try {
                Sys.connect(fd, sa);
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
