package io.unp.examples.server;

import static io.unp.lib.TcpConnect.TcpConnect;
import static io.unp.lib.WrapSock.atoi;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Fork;
import static io.unp.lib.WrapUnix.Write;

import io.unp.abi.CString;
import io.unp.abi.Errno;
import io.unp.lib.Err;
import io.unp.lib.Fork;
import io.unp.lib.Readn;
import io.unp.lib.Stdio;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;

/**
 * server/client (figure 27.1's load, section 27.2): forks {@code #children} children; each makes
 * {@code #loops/child} connections to the server, on each writes one request line (the number
 * of bytes it wants) and reads that many bytes back, then closes (so TIME_WAIT is on the
 * client); prints {@code "child N done"}. The parent waits for all of them.
 * {@code client <hostname or IPaddr> <port> <#children> <#loops/child> <#bytes/request>}.
 */
public final class Client {
    private Client() {}

    /** Max number of bytes to request from the server. */
    static final int MAXN = 16384;

    public static void main(String[] args) {
        clientMain(args, Child.class);
    }

    /** The parent of client and clientrst: fork the children, wait for them all. */
    static void clientMain(String[] args, Class<? extends Fork.Child> child) {
        if (args.length != 5) {
            throw Err.quit("usage: client <hostname or IPaddr> <port> <#children> <#loops/child> <#bytes/request>");
        }

        int nchildren = atoi(args[2]);

        for (int i = 0; i < nchildren; i++) {
            int argfd = ChildArgs.pass(args[0], args[1], args[3], args[4], Integer.toString(i));
            Fork(child, argfd);
            Close(argfd);
            // parent loops around to fork() again
        }

        for (;;) { // now parent waits for all children
            try {
                Sys.wait(null);
            } catch (ErrnoException e) {
                if (e.is(Errno.ECHILD)) {
                    break;
                }
                throw Err.sys("wait error");
            }
        }
    }

    /** A child's loop; {@code beforeRequest} may replace the connection (clientrst's RST). */
    static void childLoop(String[] a, ConnectionHook beforeRequest) {
        String host = a[0];
        String port = a[1];
        int nloops = atoi(a[2]);
        int nbytes = atoi(a[3]);
        int i = atoi(a[4]);
        byte[] request = CString.bytes(nbytes + "\n"); // newline at end
        byte[] reply = new byte[Math.max(MAXN, nbytes)];

        for (int j = 0; j < nloops; j++) {
            int fd = TcpConnect(host, port);

            fd = beforeRequest.connected(fd, i, j, host, port);

            Write(fd, request, request.length);

            int n = Readn.Readn(fd, reply, nbytes);
            if (n != nbytes) {
                throw Err.quit("server returned %d bytes", n);
            }

            Close(fd); // TIME_WAIT on client, not server
        }
        Stdio.printf("child %d done\n", i);
    }

    /** What clientrst does with a fresh connection before its request. */
    @FunctionalInterface
    interface ConnectionHook {
        int connected(int fd, int i, int j, String host, String port);
    }

    /** The client's child: {@code fds[0]} is the pipe with its arguments. */
    public static final class Child implements Fork.Child {
        @Override
        public void run(int[] fds) {
            childLoop(ChildArgs.receive(fds[0]), (fd, i, j, host, port) -> fd);
        }
    }
}
