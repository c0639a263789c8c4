package io.unp.examples.mcast;

import static io.unp.abi.Constants.SOCK_DGRAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_REUSEADDR;
import static io.unp.lib.Err.quit;
import static io.unp.lib.UdpClient.UdpClient;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.McastJoin;
import static io.unp.lib.WrapSock.McastSetLoop;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Fork;

import io.unp.net.SockAddr;
import io.unp.net.SockaddrStorage;

/**
 * mcast/main.c (section 19.9), the program the C Makefile calls {@code sendrecv}: joins a
 * multicast group on one socket and, in a child process, prints every datagram sent to it;
 * the parent sends this host's name and its process ID to the group every 5 seconds from a
 * second socket whose multicast loopback is off, so a host does not hear itself.
 *
 * <p>The child is a JVM started by {@code Fork} (see {@link io.unp.lib.Fork}); it inherits the
 * receiving socket, whose group membership belongs to the socket, not to the process.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            throw quit("usage: sendrecv <IP-multicast-address> <port#>");
        }

        SockAddr sasend = new SockaddrStorage();
        int sendfd = UdpClient(args[0], args[1], sasend);

        int recvfd = Socket(sasend.family(), SOCK_DGRAM, 0);

        Setsockopt(recvfd, SOL_SOCKET, SO_REUSEADDR, 1);

        SockAddr sarecv = sasend.copy();
        Bind(recvfd, sarecv);

        McastJoin(recvfd, sasend, null, 0);
        McastSetLoop(sendfd, 0);

        Fork(Recv.class, recvfd); // child -> receives

        Send.sendAll(sendfd, sasend); // parent -> sends
    }
}
