package io.unp.examples.debug;

import static io.unp.lib.Err.quit;
import static io.unp.lib.Err.sys;
import static io.unp.lib.SignalFunc.Signal;
import static io.unp.lib.WrapLib.InetPton;
import static io.unp.lib.WrapSock.Bind;
import static io.unp.lib.WrapSock.Listen;
import static io.unp.lib.WrapSock.Setsockopt;
import static io.unp.lib.WrapSock.Socket;
import static io.unp.lib.WrapSock.Socketpair;
import static io.unp.lib.WrapUnix.Close;
import static io.unp.lib.WrapUnix.Fork;
import static io.unp.lib.WrapUnix.Read;
import static io.unp.lib.WrapUnix.Write;
import static io.unp.net.NetOrder.htons;
import static io.unp.abi.Constants.AF_INET;
import static io.unp.abi.Constants.AF_UNIX;
import static io.unp.abi.Constants.SIGALRM;
import static io.unp.abi.Constants.SOCK_STREAM;
import static io.unp.abi.Constants.SOL_SOCKET;
import static io.unp.abi.Constants.SO_REUSEADDR;

import io.unp.lib.Fork;
import io.unp.lib.Stdio;
import io.unp.net.SockaddrIn;
import io.unp.abi.Errno;
import io.unp.sys.ErrnoException;
import io.unp.sys.Sys;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * debug/backlog (the measurements of figure 4.10): how many connections a listening socket
 * queues for each {@code listen} backlog from 0 to 14.
 *
 * <p>A child process listens on 127.0.0.1 port 9999 with the backlog its parent sends over a
 * Unix-domain stream socketpair, and never accepts; the parent connects again and again until a
 * {@code connect} blocks for 2 seconds ({@code alarm}, then EINTR from the SIGALRM handler),
 * and prints how many completed.
 *
 * <p>The child is a second JVM ({@link Fork}) that inherits the child's end of the socketpair
 * at the same descriptor number. C's child also inherits the global {@code serv} that
 * {@code main} filled in before {@code fork}; a new JVM inherits no memory, so the child builds
 * the same address again with {@link #serv()}.
 */
public final class Backlog {
    private Backlog() {}

    private static final int PORT = 9999;
    private static final String ADDR = "127.0.0.1";
    private static final int MAXBACKLOG = 100;

    public static void main(String[] args) {
        if (args.length != 0) {
            throw quit("usage: backlog");
        }

        int[] pipefd = new int[2];
        Socketpair(AF_UNIX, SOCK_STREAM, 0, pipefd);
        int cfd = pipefd[0]; // child's end
        int pfd = pipefd[1]; // parent's end

        SockaddrIn serv = serv();

        Fork(Child.class, cfd, pfd); // the child runs Child.run (do_child)
        doParent(serv, pfd, cfd);
    }

    /** The server's address, 127.0.0.1 port 9999: C's global {@code serv}. */
    static SockaddrIn serv() {
        SockaddrIn serv = new SockaddrIn();
        serv.sinPort(htons(PORT));
        InetPton(AF_INET, ADDR, serv);
        return serv;
    }

    /** {@code parent_alrm}: returns, only to interrupt the blocked {@code connect}. */
    private static void parentAlrm(int signo) {
        // nothing to do: the connect fails with EINTR
    }

    private static void doParent(SockaddrIn serv, int pfd, int cfd) {
        int[] fd = new int[MAXBACKLOG + 1];
        byte[] junk = new byte[Integer.BYTES];

        Close(cfd);
        Signal(SIGALRM, Backlog::parentAlrm);

        for (int backlog = 0; backlog <= 14; backlog++) {
            Stdio.printf("backlog = %d: ", backlog);
            Write(pfd, intBytes(backlog), Integer.BYTES); // tell child value
            Read(pfd, junk, Integer.BYTES); // wait for child

            int j;
            for (j = 1; j <= MAXBACKLOG; j++) {
                fd[j] = Socket(AF_INET, SOCK_STREAM, 0);
                Sys.alarm(2);
                try {
                    Sys.connect(fd[j], serv);
                } catch (ErrnoException e) {
                    if (!e.is(Errno.EINTR)) {
                        throw sys("connect error, j = %d", j);
                    }
                    Stdio.printf("timeout, %d connections completed\n", j - 1);
                    for (int k = 1; k < j; k++) {
                        Close(fd[k]);
                    }
                    break; // next value of backlog
                }
                Sys.alarm(0);
            }
            if (j > MAXBACKLOG) {
                Stdio.printf("%d connections?\n", MAXBACKLOG);
            }
        }
        Write(pfd, intBytes(-1), Integer.BYTES); // tell child we're all done
    }

    /** {@code do_child}: listens with each backlog the parent sends, until it sends -1. */
    public static final class Child implements Fork.Child {
        @Override
        public void run(int[] fds) {
            int cfd = fds[0];
            byte[] buf = new byte[Integer.BYTES];
            SockaddrIn serv = serv();

            Close(fds[1]);

            Read(cfd, buf, Integer.BYTES); // wait for parent
            int backlog = intOf(buf);
            while (backlog >= 0) {
                int listenfd = Socket(AF_INET, SOCK_STREAM, 0);
                Setsockopt(listenfd, SOL_SOCKET, SO_REUSEADDR, 1);
                Bind(listenfd, serv);
                Listen(listenfd, backlog); // start the listen

                Write(cfd, buf, Integer.BYTES); // tell parent

                Read(cfd, buf, Integer.BYTES); // just wait for parent
                backlog = intOf(buf);
                Close(listenfd); // closes all queued connections too
            }
        }
    }

    /** An {@code int} as the bytes {@code write(fd, &i, sizeof(int))} sends: host byte order. */
    private static byte[] intBytes(int i) {
        return ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.nativeOrder()).putInt(i).array();
    }

    /** The {@code int} that {@code read(fd, &i, sizeof(int))} fills in. */
    private static int intOf(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).getInt();
    }
}
