package io.unp.examples.advio;

import static io.unp.lib.WrapUnix.Close;

import io.unp.examples.tcpcliserv.SigChldWaitpid;
import io.unp.examples.tcpcliserv.TcpServ03;
import io.unp.lib.Fork;
import io.unp.lib.StdioFile;

/**
 * advio/tcpserv02: the concurrent echo server of chapter 5 (tcpserv04's main: EINTR-restarting
 * accept, the waitpid SIGCHLD handler) whose children echo with standard I/O
 * ({@link StrEchoStdio02}). A client sees no echo until it closes its side: only then does the
 * child's {@code fgets} return end of file, and the child's exit flush the buffered lines.
 */
public final class TcpServ02 {
    private TcpServ02() {}

    /** The child's branch: close the listening socket, serve the client, exit (which flushes). */
    public static final class StdioEchoChild implements Fork.Child {
        @Override
        public void run(int[] fds) {
            Close(fds[0]); // close listening socket
            StrEchoStdio02.strEcho(fds[1]); // process the request
            StdioFile.fflushAll(); // C's exit(0) flushes every stdio stream
        }
    }

    public static void main(String[] args) {
        TcpServ03.serve(SigChldWaitpid::sigChld, StdioEchoChild.class);
    }
}
