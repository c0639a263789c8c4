package io.unp.examples.unixdomain;

import static io.unp.abi.Constants.AF_LOCAL;
import static io.unp.abi.Constants.SIGCHLD;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_PASSCRED;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.Unp.LISTENQ;
import static io.unp.lib.Unp.UNIXSTR_PATH;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Listen;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Fork;

import io.unp.abi.Errno;
import io.unp.examples.tcpcliserv.EchoChild;
import io.unp.examples.tcpcliserv.SigChldWaitpid;
import io.unp.lib.Err;
import io.unp.lib.Fork;
import io.unp.net.SockaddrUn;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * unixdomain/unixstrserv01 (section 14.5): the concurrent echo server of chapter 5 (tcpserv04)
 * over a Unix-domain stream socket bound to /tmp/unix.str: unlinks the path first, forks a
 * child per client that runs {@code str_echo}, reaps children with the {@code waitpid}
 * handler of section 5.10 (the C links its own copy, sigchldwaitpid.c; this uses
 * tcpcliserv's) and restarts {@code accept} after EINTR.
 */
public final class UnixStrServ01 {
    private UnixStrServ01() {}

    public static void main(String[] args) {
        serve(EchoChild.class, false);
    }

    /**
     * The server's main loop, which unixstrserv02 shares (its C {@code main} is the same, linked
     * with another {@code str_echo}); {@code child} is the forked child's branch, given the
     * listening and the connected descriptor. With {@code passCredentials}, SO_PASSCRED is turned
     * on for the listening socket, which every accepted socket inherits (see unixstrserv02).
     */
    static void serve(Class<? extends Fork.Child> child, boolean passCredentials) {
        int listenfd = Socket(AF_LOCAL, SOCK_STREAM, 0);

        UnixPaths.unlinkQuietly(UNIXSTR_PATH);
        SockaddrUn servaddr = UnixPaths.fullLength(UNIXSTR_PATH);

        Bind(listenfd, servaddr);

        if (passCredentials) {
            Setsockopt(listenfd, SOL_SOCKET, SO_PASSCRED, 1);
        }

        Listen(listenfd, LISTENQ);

        Signal(SIGCHLD, SigChldWaitpid::sigChld);

        for (;;) {
            SockaddrUn cliaddr = new SockaddrUn();
            int connfd;
            try {
                connfd = Sys.accept(listenfd, cliaddr);
            } catch (ErrnoException e) {
                if (e.is(Errno.EINTR)) {
                    continue; // back to for()
                }
                throw Err.sys("accept error");
            }

            Fork(child, listenfd, connfd);
            Close(connfd); // parent closes connected socket
        }
    }
}
