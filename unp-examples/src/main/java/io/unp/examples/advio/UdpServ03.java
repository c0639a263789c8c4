package io.unp.examples.advio;

import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.IFF_BROADCAST;
import static io.unp.abi.Constants.INADDR_ANY;
import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_REUSEADDR;
import static io.unp.lib.IfiInfo.GetIfiInfo;
import static io.unp.lib.SockFuncs.sockSetPort;
import static io.unp.lib.SockNtop.SockNtop;
import static io.unp.lib.Stdio.printf;
import static io.unp.lib.Unp.MAXLINE;
import static io.unp.lib.Unp.SERV_PORT;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Getsockname;
import static io.unp.lib.WrapSock.Recvfrom;
import static io.unp.lib.WrapSock.Sendto;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Fork;
import static io.unp.net.NetOrder.htonl;
import static io.unp.net.NetOrder.htons;

import io.unp.abi.Errno;
import io.unp.lib.Err;
import io.unp.lib.Fork;
import io.unp.lib.IfiInfo;
import io.unp.net.SockAddr;
import io.unp.net.SockaddrIn;
import io.unp.net.SockaddrStorage;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * advio/udpserv03 (section 20.6, binding interface addresses): instead of one wildcard socket, one UDP socket per
 * interface address and one per broadcast address, all on port 9877, plus one on the wildcard
 * address for whatever is left; each gets a child process that echoes and says which bound
 * address received the datagram. Learns the addresses with {@code get_ifi_info}.
 *
 * <p>Each child is a JVM ({@link Fork}); it learns its socket's bound address with
 * {@code getsockname}. The C passes the child a pointer instead, and for the wildcard socket
 * passes the last interface address it bound (a slip that udpserv04 corrects), so its
 * wildcard child says ", to" that address where this one says 0.0.0.0.9877.
 */
public final class UdpServ03 {
    private UdpServ03() {}

    /** {@code mydg_echo} in a child process: echoes on its socket forever. */
    public static final class MyDgEcho implements Fork.Child {
        @Override
        public void run(int[] fds) {
            SockaddrStorage myaddr = new SockaddrStorage();
            Getsockname(fds[0], myaddr);
            mydgEcho(fds[0], new SockaddrIn(), myaddr);
        }
    }

    public static void main(String[] args) {
        int sockfd;
        SockAddr sa;

        for (IfiInfo ifi = GetIfiInfo(AF_INET, 1); ifi != null; ifi = ifi.ifiNext()) {

            // bind unicast address
            sockfd = Socket(AF_INET, SOCK_DGRAM, 0);

            Setsockopt(sockfd, SOL_SOCKET, SO_REUSEADDR, 1);

            sa = ifi.ifiAddr().copy();
            sockSetPort(sa, htons(SERV_PORT));
            Bind(sockfd, sa);
            printf("bound %s\n", SockNtop(sa));

            Fork(MyDgEcho.class, sockfd); // child: mydg_echo(sockfd, ...)

            if ((ifi.ifiFlags() & IFF_BROADCAST) != 0 && ifi.ifiBrdaddr() != null) {
                // try to bind broadcast address
                sockfd = Socket(AF_INET, SOCK_DGRAM, 0);
                Setsockopt(sockfd, SOL_SOCKET, SO_REUSEADDR, 1);

                sa = ifi.ifiBrdaddr().copy();
                sockSetPort(sa, htons(SERV_PORT));
                try {
                    Sys.bind(sockfd, sa);
                } catch (ErrnoException e) {
                    if (e.is(Errno.EADDRINUSE)) {
                        printf("EADDRINUSE: %s\n", SockNtop(sa));
                        continue;
                    }
                    throw Err.sys("bind error for %s", SockNtop(sa));
                }
                printf("bound %s\n", SockNtop(sa));

                Fork(MyDgEcho.class, sockfd);
            }
        }

        // bind wildcard address
        sockfd = Socket(AF_INET, SOCK_DGRAM, 0);
        Setsockopt(sockfd, SOL_SOCKET, SO_REUSEADDR, 1);

        SockaddrIn wildaddr = new SockaddrIn();
        wildaddr.sinAddr(htonl(INADDR_ANY));
        wildaddr.sinPort(htons(SERV_PORT));
        Bind(sockfd, wildaddr);
        printf("bound %s\n", SockNtop(wildaddr));

        Fork(MyDgEcho.class, sockfd);
    }

    /**
     * {@code mydg_echo}: reads each datagram on {@code sockfd}, says which child got it, from
     * whom and on which bound address, and sends it back.
     */
    static void mydgEcho(int sockfd, SockAddr pcliaddr, SockAddr myaddr) {
        byte[] mesg = new byte[MAXLINE];
        for (;;) {
            int n = Recvfrom(sockfd, mesg, MAXLINE, 0, pcliaddr);
            // one write per line: the C's two printfs reach a pipe together through stdio's buffer,
            // the port's unbuffered stdout would let another child's line fall between them
            printf("child %d, datagram from %s, to %s\n", Sys.getpid(), SockNtop(pcliaddr), SockNtop(myaddr));

            Sendto(sockfd, mesg, n, 0, pcliaddr);
        }
    }
}
